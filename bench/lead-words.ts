/** Word lists the bench data is drawn from: names with accents and particles, as CRMs hold them. */
// biome-ignore format: word lists read best as paragraphs, not one word per line
export const WORDS = {
  first: [
    "James", "Mary", "José", "Zoë", "François", "Aiko", "Liam", "Olivia", "Noah", "Emma", "Mateo",
    "Sofía", "Lukas", "Anna", "Chen", "Priya", "Omar", "Fatima", "Sven", "Ingrid", "Kwame",
    "Ngozi", "Hiroshi", "Yuki", "Elena", "Dmitri", "Chloé", "Björn", "Siobhán", "Rafael",
  ],
  last: [
    "Smith", "García", "O'Brien", "McDonald", "Müller", "Dubois", "Tanaka", "Kowalski", "Nguyen",
    "Rossi", "van der Berg", "Johansson", "Okafor", "Patel", "Ivanova", "Silva", "Kim", "Schmidt",
    "Martin", "Jones", "López", "Brown", "Wilson", "Andersen", "Costa", "Novak",
  ],
  companyWords: [
    "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay", "Soylent",
    "Cyberdyne", "Tyrell", "Aperture", "Massive", "Blue Sky", "Northwind", "Contoso", "Fabrikam",
    "Litware", "Proseware", "Adatum",
  ],
  companySuffixes: [
    "Inc.", "Ltd", "GmbH", "LLC", "S.A.", "Labs", "Group", "Systems", "AG",
  ],
  titles: [
    "CEO", "CTO", "VP Sales", "Head of Marketing", "Sales Manager", "Account Executive",
    "Software Engineer", "Product Manager", "Operations Lead", "Chief Revenue Officer",
    "Director of Growth", "SDR", "Founder", "Procurement Manager", "HR Business Partner",
  ],
  industries: [
    "SaaS", "Fintech", "Healthcare", "Retail", "Manufacturing", "Logistics", "Education", "Media",
    "Energy", "Real Estate",
  ],
} as const;
