/**
 * The words vendors put around a field's name, as headerWords gives them (lower-case ASCII). Each
 * set is one kind of word in the header grammar readHeader understands.
 */

/** A set of words written as one space-separated paragraph. */
function wordSet(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((word) => word !== ""));
}

/** Entities whose fields are the lead's own: `Person - Email`, `Contact: Phone`, `Lead.Email`. */
export const PERSON_ENTITIES = wordSet(`
  person contact lead prospect people individual member subscriber recipient personne persona
  pessoa persoon kontakt contacto contato contatto interessent
`);

/** Entities of the lead's employer: `Organization - Name`, `Company Phone`, `Account.Website`. */
export const COMPANY_ENTITIES = wordSet(`
  organization organisation org company companies account employer corporate hq headquarters
  entreprise societe empresa firma unternehmen organisatie bedrijf azienda organizzazione
  foretag virksomhed yritys
`);

/** Parts of an address: `Address 1 - City`, `Mailing Address - Country`. */
export const ADDRESS_WORDS = wordSet(`
  address adresse direccion endereco indirizzo adres adress osoite
`);

/**
 * Someone other than the lead: the record's owner, the sender of a campaign, a deal. A column of
 * theirs describes them (`Contact owner`, `Owner Email`, `Sender`), never the lead.
 */
export const OTHER_PARTIES = wordSet(`
  owner owners sender assignee assigned rep representative salesperson creator created
  modified updated deal deals opportunity activity user sdr bdr inviter mailbox inbox
  proprietaire propietario besitzer eigentumer responsavel responsable
`);

/** Qualifiers that still name the lead's own value: `Mailing State`, `Primary Email`. */
export const STRONG_QUALIFIERS = wordSet(`
  primary main principal current mailing business work office professional pro direct public
  profile associated default preferred verified best mobile cell your geschaftlich beruflich
  dienstlich professionnel professionnelle travail trabajo laboral werk zakelijk lavoro
  aziendale arbete arbejde jobb aktuell actuel actual atual portable celular movil mobiel handy
  cellulare mobil
`);

/** Qualifiers of a second-best value: `Personal Email`, `Other Phone`, `Home City`. */
export const WEAK_QUALIFIERS = wordSet(`
  personal private home other secondary tertiary third second alternate alternative additional
  extra backup
  privat personlich personnel personnelle perso domicile particulier casa personales prive
  thuis pessoal privato personale altro andere anderes autre otro outro
`);

/** Qualifiers of a past value: `Previous Company`, `Former Title`. */
export const PAST_QUALIFIERS = wordSet(`
  previous former past old prior ehemalig ehemalige fruhere ancien ancienne anterior
  precedente vorig vorige
`);

/** Words that, with `linkedin`, still name the person's profile: `LinkedIn Profile URL`. */
export const LINK_WORDS = wordSet(`
  url urls link links profile profil profilo perfil profiel page handle address adresse public
  personal default de du di van
`);

/** What a company's name is called after an entity prefix: `Organization - Name`. */
export const NAME_WORDS = wordSet(`
  name nom nombre nome naam navn namn nimi
`);

/** The parts of a numbered group that describe the value, never hold it: `Phone 1 - Type`. */
export const LABEL_PARTS = wordSet(`
  label type kind typ tipo art
`);
