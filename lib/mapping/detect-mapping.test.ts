import { describe, expect, it } from "vitest";
import { type DetectedMapping, detectMapping } from "./detect-mapping";
import { MAPPING_RULES } from "./mapping-rules";
import type { MappingTarget } from "./mapping-target";

function columnOf(detected: DetectedMapping, header: string) {
  const column = detected.columns.find((c) => c.header === header);
  if (!column) throw new Error(`no column ${header}`);
  return column;
}

function addresses(count: number, domain: string): string[] {
  return Array.from({ length: count }, (_, i) => `person${i}@${domain}`);
}

/** Rows from columns of values, padded with blanks. */
function rowsOf(...columns: string[][]): string[][] {
  const length = Math.max(...columns.map((c) => c.length));
  return Array.from({ length }, (_, r) => columns.map((c) => c[r] ?? ""));
}

const EXPORTS: Array<{
  name: string;
  headers: string;
  delimiter?: string;
  row?: string;
  expected: Record<string, MappingTarget>;
}> = [
  {
    name: "HubSpot",
    headers:
      "Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,City,State/Region,Country/Region,Lifecycle Stage,Contact owner,Create Date",
    row: "51234567890,Jane,Doe,jane@acme.com,+1 415 555 1234,Acme,CTO,San Francisco,CA,United States,lead,Sam Sales,2024-01-15 10:32",
    expected: {
      "Record ID": "custom:Record ID",
      "First Name": "firstName",
      "Last Name": "lastName",
      Email: "email",
      "Phone Number": "phone",
      "Company Name": "companyName",
      "Job Title": "jobTitle",
      City: "city",
      "State/Region": "state",
      "Country/Region": "country",
      "Lifecycle Stage": "custom:Lifecycle Stage",
      "Contact owner": "custom:Contact owner",
      "Create Date": "custom:Create Date",
    },
  },
  {
    name: "Salesforce",
    headers:
      "First Name,Last Name,Title,Company / Account,Email,Phone,Mobile,Lead Source,Street,City,State/Province,Zip/Postal Code,Country",
    row: "Jane,Doe,CTO,Acme,jane@acme.com,(415) 555-1234,(415) 555-9876,Web,1 Main St,Boston,MA,02134-1234,USA",
    expected: {
      "First Name": "firstName",
      "Last Name": "lastName",
      Title: "jobTitle",
      "Company / Account": "companyName",
      Email: "email",
      Phone: "phone",
      Mobile: "custom:Mobile",
      "Lead Source": "source",
      Street: "custom:Street",
      City: "city",
      "State/Province": "state",
      "Zip/Postal Code": "custom:Zip/Postal Code",
      Country: "country",
    },
  },
  {
    name: "Apollo",
    headers:
      "First Name,Last Name,Title,Company,Company Name for Emails,Email,Email Status,Seniority,Departments,Work Direct Phone,Mobile Phone,Corporate Phone,# Employees,Industry,Keywords,Person Linkedin Url,Website,Company Linkedin Url,City,State,Country",
    expected: {
      "First Name": "firstName",
      "Last Name": "lastName",
      Title: "jobTitle",
      Company: "companyName",
      "Company Name for Emails": "custom:Company Name for Emails",
      Email: "email",
      "Email Status": "emailStatus",
      Seniority: "custom:Seniority",
      Departments: "custom:Departments",
      "Work Direct Phone": "custom:Work Direct Phone",
      "Mobile Phone": "phone",
      "Corporate Phone": "custom:Corporate Phone",
      "# Employees": "custom:# Employees",
      Industry: "custom:Industry",
      Keywords: "custom:Keywords",
      "Person Linkedin Url": "linkedinUrl",
      Website: "website",
      "Company Linkedin Url": "custom:Company Linkedin Url",
      City: "city",
      State: "state",
      Country: "country",
    },
  },
  {
    name: "LinkedIn Sales Navigator",
    headers:
      "First Name,Last Name,Email Address,Company,Position,LinkedIn Profile,Location,Connected On",
    row: "Jane,Doe,jane@acme.com,Acme,CTO,https://www.linkedin.com/in/jane,Greater Boston,12 Jan 2024",
    expected: {
      "First Name": "firstName",
      "Last Name": "lastName",
      "Email Address": "email",
      Company: "companyName",
      Position: "jobTitle",
      "LinkedIn Profile": "linkedinUrl",
      Location: "custom:Location",
      "Connected On": "custom:Connected On",
    },
  },
  {
    name: "German Excel",
    headers: "Vorname;Nachname;E-Mail-Adresse;Firma;Position;Telefon;Stadt;Land",
    delimiter: ";",
    row: "Jürgen;Müller;j.mueller@beispiel.de;Beispiel GmbH;Geschäftsführer;030 1234567;Berlin;Deutschland",
    expected: {
      Vorname: "firstName",
      Nachname: "lastName",
      "E-Mail-Adresse": "email",
      Firma: "companyName",
      Position: "jobTitle",
      Telefon: "phone",
      Stadt: "city",
      Land: "country",
    },
  },
];

describe("detectMapping on real exports", () => {
  it.each(EXPORTS)(
    "maps a $name export by its headers",
    ({ headers, delimiter, row, expected }) => {
      const split = (line: string) => line.split(delimiter ?? ",");
      const detected = detectMapping(split(headers), row ? [split(row)] : []);
      expect(detected.mapping).toEqual(expected);
      expect(Object.keys(detected.mapping)).toEqual(split(headers));
      expect(detected.emailColumn).toBe(Object.values(expected).indexOf("email"));
      expect(detected.unknownColumns).toEqual([]);
    },
  );

  it("gives Apollo's phone to Mobile Phone and says why the other phones stay custom", () => {
    const detected = detectMapping(EXPORTS[2]?.headers.split(",") ?? [], []);
    expect(columnOf(detected, "Mobile Phone")).toMatchObject({ source: "alias", target: "phone" });
    expect(columnOf(detected, "Work Direct Phone").reason).toBe(
      'Rule 5, one column per field: header "Work Direct Phone" names phone, but phone went to "Mobile Phone" ("Mobile Phone" is the stronger alias); kept as a custom field',
    );
    expect(columnOf(detected, "Corporate Phone").reason).toContain(
      '"Mobile Phone" is the more specific header, "Corporate Phone" a second-best one',
    );
    expect(columnOf(detected, "Company Linkedin Url").reason).toContain("not the person's");
  });

  it("explains every column by the rule that decided it and keeps confidence within 0..1", () => {
    for (const { headers, delimiter } of EXPORTS) {
      for (const column of detectMapping(headers.split(delimiter ?? ","), []).columns) {
        expect(column.reason.startsWith(`${MAPPING_RULES[column.rule]}: `), column.reason).toBe(
          true,
        );
        expect(column.confidence).toBeGreaterThanOrEqual(0);
        expect(column.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("detectMapping from values", () => {
  const emails = [...addresses(48, "acme.com"), "n/a", "unknown"];

  it("finds the email column of a file without a telling header", () => {
    const detected = detectMapping(
      ["Column 1", "Column 2", "Column 3"],
      rowsOf(
        emails.map(() => "Jane"),
        emails.map(() => "Acme"),
        emails,
      ),
    );
    expect(detected.emailColumn).toBe(2);
    expect(columnOf(detected, "Column 3")).toMatchObject({
      target: "email",
      source: "values",
      rule: "values-decide",
      reason:
        "Rule 1, values decide where the header is silent: values look like email addresses (96% of 50 sampled)",
    });
    expect(detected.mapping["Column 1"]).toBe("custom:Column 1");
  });

  it("finds addresses under a header that names something else", () => {
    const detected = detectMapping(["Contact", "Name"], rowsOf(emails, ["Jane Doe"]));
    expect(detected.mapping).toEqual({ Contact: "email", Name: "custom:Name" });
    expect(columnOf(detected, "Name").reason).toContain("a full name");
  });

  it.each([
    ["linkedinUrl", ["https://www.linkedin.com/in/jane", "linkedin.com/in/john"]],
    ["phone", ["+1 415 555 1234", "+44 20 7946 0958"]],
    ["website", ["acme.com", "www.globex.io"]],
    ["country", ["Germany", "France"]],
  ] as const)("reads a generic column of %s values as that field", (field, values) => {
    const detected = detectMapping(
      ["Email", "Column 2"],
      rowsOf(addresses(2, "acme.com"), [...values]),
    );
    expect(columnOf(detected, "Column 2")).toMatchObject({ target: field, source: "values" });
  });

  it("lets the values decide under a header of qualifiers alone (Freshsales' Work)", () => {
    const detected = detectMapping(
      ["Emails", "Work"],
      rowsOf(["a@acme.com", "b@acme.com"], ["+1 415 555 1234", "+44 20 7946 0958"]),
    );
    expect(columnOf(detected, "Work")).toMatchObject({ target: "phone", rule: "values-decide" });
  });

  it("keeps a telling header's phone-like values out of phone (Fax)", () => {
    const detected = detectMapping(["Email", "Fax"], rowsOf(["a@acme.com"], ["+1 415 555 1234"]));
    expect(detected.mapping.Fax).toBe("custom:Fax");
  });

  it("lets a header alias beat a column sniffed for the same field", () => {
    const detected = detectMapping(
      ["Email", "Column 2", "Phone"],
      rowsOf(["a@acme.com"], ["+1 415 555 1234"], ["555-1234"]),
    );
    expect(detected.mapping).toMatchObject({ Phone: "phone", "Column 2": "custom:Column 2" });
    expect(columnOf(detected, "Column 2").reason).toContain(
      '"Phone" names the field in its header',
    );
  });

  it("does not read HubSpot record ids or dates as phones", () => {
    const detected = detectMapping(
      ["Record ID", "Create Date", "Email"],
      rowsOf(["51234567890"], ["2024-01-15"], ["a@acme.com"]),
    );
    expect(detected.mapping).toMatchObject({
      "Record ID": "custom:Record ID",
      "Create Date": "custom:Create Date",
    });
  });

  it("reports no email column when nothing looks like one", () => {
    const detected = detectMapping(["Name", "Company"], rowsOf(["Jane"], ["Acme"]));
    expect(detected.emailColumn).toBeNull();
  });

  it("names a blank header's custom field after its position", () => {
    expect(detectMapping(["Email", ""], [["a@acme.com", "x"]]).mapping).toEqual({
      Email: "email",
      "": "custom:Column 2",
    });
  });
});

describe("detectMapping with several email columns (rule 2)", () => {
  it.each([
    {
      behaviour: "takes a column covering most rows over a sparse one, even under a weaker header",
      headers: ["Email", "Work Email"],
      values: [[...addresses(12, "gmail.com")], addresses(48, "acme.com")],
      winner: "Work Email",
      loser: "Email",
      why: '"Email" has addresses on only 12 of the first 48 rows',
    },
    {
      behaviour: "keeps the plain Email column when it has more valid addresses",
      headers: ["Email", "Work Email"],
      values: [addresses(48, "acme.com"), addresses(12, "acme.com")],
      winner: "Email",
      loser: "Work Email",
      why: '"Work Email" has addresses on only 12 of the first 48 rows',
    },
    {
      behaviour: "breaks a tie by the stronger header",
      headers: ["Work Email", "Email"],
      values: [addresses(5, "acme.com"), addresses(5, "acme.com")],
      winner: "Email",
      loser: "Work Email",
      why: '"Email" is the stronger header',
    },
    {
      behaviour: "prefers a sniffed column over an Email column of mostly invalid values",
      headers: ["Email", "Contact"],
      values: [["n/a", "-", "a@acme.com"], addresses(3, "acme.com")],
      winner: "Contact",
      loser: "Email",
      why: '"Email" has addresses on only 1 of the first 3 rows',
    },
    {
      behaviour: "prefers the lead's own email over a personal one when both are real",
      headers: ["Personal Email", "Email"],
      values: [addresses(40, "gmail.com"), addresses(30, "acme.com")],
      winner: "Email",
      loser: "Personal Email",
      why: '"Email" names the lead\'s own email, "Personal Email" a second one',
    },
    {
      behaviour: "prefers the header's email over a column only its values call one",
      headers: ["Email", "Referrer"],
      values: [addresses(40, "acme.com"), addresses(40, "partner.io")],
      winner: "Email",
      loser: "Referrer",
      why: '"Email" names the email in its header, "Referrer" only holds addresses',
    },
  ])("$behaviour", ({ headers, values, winner, loser, why }) => {
    const detected = detectMapping(headers, rowsOf(...values));
    expect(detected.mapping[winner]).toBe("email");
    expect(detected.mapping[loser]).toBe(`custom:${loser}`);
    expect(columnOf(detected, winner)).toMatchObject({ rule: "lead-email" });
    expect(columnOf(detected, winner).reason).toContain(`chosen over "${loser}": ${why}`);
    expect(columnOf(detected, loser).reason).toContain(`the lead's email is "${winner}" (${why})`);
  });

  it("keeps lemlist's owner column, the sender's address on every row, out of email", () => {
    const leads = addresses(60, "prospect.io");
    leads[7] = "";
    leads[31] = "";
    const detected = detectMapping(
      ["email", "firstName", "owner"],
      rowsOf(
        leads,
        leads.map(() => "Jane"),
        leads.map(() => "sam@our-agency.com"),
      ),
    );
    expect(detected.emailColumn).toBe(0);
    expect(columnOf(detected, "owner")).toMatchObject({
      target: "custom:owner",
      rule: "header-grammar",
    });
  });

  it("never takes a column that repeats one address as the lead's email, whatever its header", () => {
    const leads = addresses(60, "prospect.io").map((address, i) => (i % 9 === 0 ? "" : address));
    const detected = detectMapping(
      ["Email", "Reply To"],
      rowsOf(
        leads,
        leads.map(() => "sam@our-agency.com"),
      ),
    );
    expect(detected.emailColumn).toBe(0);
    expect(columnOf(detected, "Reply To")).toMatchObject({
      target: "custom:Reply To",
      rule: "lead-email",
      reason:
        "Rule 2, the lead's email is a column of mostly distinct addresses: \"Reply To\" repeats one address over 60 rows, an owner's or sender's, never the lead's; kept as a custom field",
    });
  });

  it("finds no email column rather than take a repeated one", () => {
    const detected = detectMapping(
      ["First Name", "Assigned"],
      rowsOf(["A", "B", "C", "D", "E", "F"], Array(6).fill("rep@our-agency.com")),
    );
    expect(detected.emailColumn).toBeNull();
  });

  it("still maps a real second email column when the first is empty", () => {
    const pairs: Array<[string, string]> = [
      ["Email", "Email 2"],
      ["E-mail 1 - Value", "E-mail 2 - Value"],
      ["Email", "Secondary Email"],
    ];
    for (const [first, second] of pairs) {
      const detected = detectMapping([first, second], rowsOf([], addresses(20, "acme.com")));
      expect(detected.mapping[second], second).toBe("email");
      expect(columnOf(detected, first).reason).toContain(`"${first}" has no addresses`);
    }
  });

  it("takes a sparse email column when it is the only one (LinkedIn connections)", () => {
    const detected = detectMapping(
      ["First Name", "Email Address"],
      rowsOf(Array(40).fill("Jane"), addresses(4, "acme.com")),
    );
    expect(detected.mapping["Email Address"]).toBe("email");
    expect(columnOf(detected, "Email Address").rule).toBe("header-names-field");
  });

  it("names every column it was chosen over", () => {
    const detected = detectMapping(
      ["Email", "Work Email", "Personal Email"],
      rowsOf(addresses(3, "a.com"), addresses(2, "b.com"), addresses(1, "c.com")),
    );
    expect(columnOf(detected, "Email").reason).toBe(
      'Rule 2, the lead\'s email is a column of mostly distinct addresses: header "Email" names email; 3 valid addresses (3 distinct) in the first 3 rows; chosen over "Work Email": "Email" has 3 valid addresses, "Work Email" 2; chosen over "Personal Email": "Personal Email" has addresses on only 1 of the first 3 rows',
    );
  });

  it("treats repeated headers made unique by the parser as weaker aliases", () => {
    const detected = detectMapping(["Email", "Email (2)"], rowsOf(["a@acme.com"], ["b@acme.com"]));
    expect(detected.mapping).toEqual({ Email: "email", "Email (2)": "custom:Email (2)" });
  });
});

describe("detectMapping: values that identify a field (rule 3)", () => {
  const profiles = [
    "https://www.linkedin.com/in/jane-doe",
    "http://de.linkedin.com/in/max",
    "https://mobile.linkedin.com/in/ana",
  ];

  it("reads a column of LinkedIn profile URLs as linkedinUrl whatever its header (Connections' URL)", () => {
    const detected = detectMapping(
      ["Email Address", "URL"],
      rowsOf(addresses(3, "a.com"), profiles),
    );
    expect(columnOf(detected, "URL")).toMatchObject({
      target: "linkedinUrl",
      rule: "values-identify",
    });
    expect(columnOf(detected, "URL").reason).toContain("though the header reads as website");
  });

  it.each(["Website", "Company URL", "companyUrl", "LinkedIn"])(
    "keeps a %j column of LinkedIn company pages out of website and linkedinUrl",
    (header) => {
      const pages = ["https://www.linkedin.com/company/acme", "linkedin.com/company/globex/"];
      const detected = detectMapping(["Email", header], rowsOf(["a@x.io", "b@x.io"], pages));
      expect(columnOf(detected, header)).toMatchObject({
        target: `custom:${header}`,
        rule: "values-identify",
      });
    },
  );

  it("keeps Sales Navigator lead links out of linkedinUrl", () => {
    const links = [
      "https://www.linkedin.com/sales/lead/ACwAAA1,NAME_SEARCH,x",
      "https://www.linkedin.com/sales/lead/ACwAAB2,NAME_SEARCH,y",
    ];
    const detected = detectMapping(["Email", "profileUrl"], rowsOf(["a@x.io", "b@x.io"], links));
    expect(detected.mapping.profileUrl).toBe("custom:profileUrl");
  });

  it("keeps a Title column of courtesy titles out of jobTitle and gives it Job Title (Outlook)", () => {
    const detected = detectMapping(
      ["Title", "First Name", "Job Title", "E-mail Address"],
      rowsOf(
        ["Mr.", "Ms.", "Dr.", "Prof. Dr."],
        ["A", "B", "C", "D"],
        ["CFO", "Buyer", "Head of IT", "Dean"],
        addresses(4, "a.com"),
      ),
    );
    expect(detected.mapping).toMatchObject({ Title: "custom:Title", "Job Title": "jobTitle" });
    expect(columnOf(detected, "Title").reason).toContain("courtesy titles");
  });

  it("still maps a Title column that holds job titles", () => {
    const detected = detectMapping(
      ["Title", "Email"],
      rowsOf(["CFO", "Dr. of Sales", "Head of IT"], addresses(3, "a.com")),
    );
    expect(detected.mapping.Title).toBe("jobTitle");
  });
});

describe("detectMapping: one column per field (rule 5)", () => {
  it("takes the more filled of two equally specific columns and says so", () => {
    const detected = detectMapping(
      ["Email", "Phone", "Mobile"],
      rowsOf(
        addresses(40, "a.com"),
        Array(10).fill("+1 415 555 0101"),
        Array(40).fill("+1 415 555 0199"),
      ),
    );
    expect(detected.mapping).toMatchObject({ Mobile: "phone", Phone: "custom:Phone" });
    expect(columnOf(detected, "Phone").reason).toContain(
      '"Mobile" is more filled: 40 values vs 10',
    );
    expect(columnOf(detected, "Mobile").rule).toBe("one-column-per-field");
  });

  it("takes the more specific header before the more filled column", () => {
    const detected = detectMapping(
      ["Email", "Company Phone", "Phone"],
      rowsOf(
        addresses(40, "a.com"),
        Array(40).fill("+1 415 555 0100"),
        Array(5).fill("+1 415 555 0199"),
      ),
    );
    expect(detected.mapping).toMatchObject({
      Phone: "phone",
      "Company Phone": "custom:Company Phone",
    });
  });

  it("never gives a field to an empty column when another has values", () => {
    const detected = detectMapping(
      ["Email", "Occupation", "Organization 1 - Title"],
      rowsOf(addresses(3, "a.com"), [], ["CFO", "CTO", "CEO"]),
    );
    expect(detected.mapping["Organization 1 - Title"]).toBe("jobTitle");
    expect(columnOf(detected, "Occupation").reason).toContain('"Occupation" is empty');
  });

  it("maps the first numbered group and keeps later ones custom (Google Contacts)", () => {
    const detected = detectMapping(
      ["E-mail 1 - Value", "E-mail 2 - Value", "Phone 1 - Value", "Phone 2 - Value"],
      rowsOf(
        addresses(3, "a.com"),
        addresses(3, "b.com"),
        Array(3).fill("+44 20 7946 0000"),
        Array(3).fill("+44 7700 900000"),
      ),
    );
    expect(detected.mapping).toEqual({
      "E-mail 1 - Value": "email",
      "E-mail 2 - Value": "custom:E-mail 2 - Value",
      "Phone 1 - Value": "phone",
      "Phone 2 - Value": "custom:Phone 2 - Value",
    });
    expect(columnOf(detected, "Phone 2 - Value").reason).toContain("a later one");
  });
});

describe("detectMapping with an explicit mapping", () => {
  const headers = ["E-mail", "First", "Industry", "Notes", "Phone"];
  const rows = [["a@acme.com", "Jane", "SaaS", "call back", "+1 415 555 1234"]];

  it("follows the mapping for the columns it names and detects the rest", () => {
    const detected = detectMapping(headers, rows, { Industry: "custom:Industry", Notes: "skip" });
    expect(detected.mapping).toEqual({
      "E-mail": "email",
      First: "firstName",
      Industry: "custom:Industry",
      Notes: "skip",
      Phone: "phone",
    });
    expect(columnOf(detected, "Notes")).toMatchObject({
      source: "explicit",
      rule: "mapping",
      confidence: 1,
      reason: "Your mapping: named by the mapping",
    });
  });

  it("gives a field the mapping uses to no detected column", () => {
    const detected = detectMapping(headers, rows, { Notes: "email" });
    expect(detected.mapping).toMatchObject({ Notes: "email", "E-mail": "custom:E-mail" });
    expect(detected.emailColumn).toBe(3);
    expect(columnOf(detected, "E-mail").reason).toContain('the mapping sends "Notes" to email');
  });

  it("gives a standard field the mapping names twice to the first column in the file", () => {
    const detected = detectMapping(headers, rows, { Phone: "phone", Notes: "phone" });
    expect(detected.mapping).toMatchObject({ Notes: "phone", Phone: "custom:Phone" });
    expect(columnOf(detected, "Phone")).toMatchObject({ source: "explicit" });
    expect(columnOf(detected, "Phone").reason).toContain('the mapping also sends "Notes" to phone');
  });

  it("lets the mapping send several columns to tags, whose values merge", () => {
    const detected = detectMapping(headers, rows, { Industry: "tags", Notes: "tags" });
    expect(detected.mapping).toMatchObject({ Industry: "tags", Notes: "tags" });
  });

  it("reports headers the file does not have", () => {
    const detected = detectMapping(headers, rows, { Foo: "email", "First ": "firstName" });
    expect(detected.unknownColumns).toEqual(["Foo"]);
    expect(detected.mapping.First).toBe("firstName");
  });

  it("matches a header that differs only in case or surrounding spaces", () => {
    const detected = detectMapping(["Email Address "], [["a@acme.com"]], {
      "email address": "custom:Address",
    });
    expect(detected.mapping).toEqual({ "Email Address ": "custom:Address" });
    expect(detected.unknownColumns).toEqual([]);
  });

  it("prefers the exact header over a case-insensitive one", () => {
    const detected = detectMapping(["email", "Email"], [["a@x.io", "b@x.io"]], { Email: "skip" });
    expect(detected.mapping).toEqual({ email: "email", Email: "skip" });
  });
});
