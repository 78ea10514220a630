import Link from "next/link";

const PLACES = [
  {
    href: "/import",
    title: "Import",
    text: "Drop a CSV or a workbook, check the mapping, dry run, import.",
  },
  { href: "/leads", title: "Leads", text: "Find, edit, tag and export the leads you have." },
  { href: "/campaigns", title: "Campaigns", text: "Group leads into outbound campaigns." },
  { href: "/team", title: "Team", text: "Invite teammates to work on the same leads." },
  { href: "/api-keys", title: "API keys", text: "Keys for integrations calling /v1." },
];

export default function HomePage() {
  return (
    <>
      <h1>Welcome to Leadport</h1>
      <p className="lede">Import leads from any CRM export or spreadsheet, correctly and fast.</p>
      <div className="cards">
        {PLACES.map((place) => (
          <Link key={place.href} href={place.href} className="card">
            <h2>{place.title}</h2>
            <p>{place.text}</p>
          </Link>
        ))}
      </div>
    </>
  );
}
