/**
 * A compact country list for value sniffing: ISO 3166-1 alpha-2 codes, and country names in
 * English, German, French and Spanish (generated once from `Intl.DisplayNames`, then frozen here
 * so detection gives the same answer in every browser and ICU build), normalised like headers.
 */
const ISO_CODES = `
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
`;

const NAMES = `
afganistan afghanistan afriquedusud agypten alandinseln alandislands albania albanie albanien
alemania algeria algerie algerien allemagne americansamoa amerikanischejungferninseln
amerikanischeuberseeinseln amerikanischsamoa andorra andorre angola anguila anguilla antarctica
antarctique antarktis antartida antiguabarbuda antiguaetbarbuda antiguaundbarbuda
antiguaybarbuda aquatorialguinea arabiasaudi arabiesaoudite argelia argentina argentine
argentinien armenia armenie armenien aruba aserbaidschan athiopien australia australie
australien austria autriche azerbaidjan azerbaijan azerbaiyan bahamas bahrain bahrein banglades
bangladesch bangladesh barbade barbados barein belarus belgica belgien belgique belgium belice
belize benin bermuda bermudas bermudes bhoutan bhutan bielorrusia bielorussie bolivia bolivie
bolivien bosniaherzegovina bosniayherzegovina bosnieherzegovine bosnienundherzegowina botsuana
botswana bouvetinsel bouvetisland brasil brasilien brazil bresil britischejungferninseln
britischesterritoriumimindischenozean britishindianoceanterritory britishvirginislands brunei
bruneidarussalam bulgaria bulgarie bulgarien burkinafaso burundi butan caboverde cambodge
cambodia camboya cameroon cameroun camerun canada capeverde capvert caribbeannetherlands
caribeneerlandes catar caymanislands centralafricanrepublic chad chequia chile chili china chine
chipre christmasisland chypre ciudaddelvaticano cocoskeelingislands colombia colombie comoras
comores comoros congo congobrazzaville congokinshasa cookinseln cookislands coreadelnorte
coreadelsur coreedunord coreedusud costarica cotedivoire croacia croatia croatie cuba curacao
curazao cyprus czechia danemark denmark deutschland dinamarca djibouti dominica
dominicanrepublic dominikanischerepublik dominique dschibuti ecuador egipto egypt egypte
elsalvador emiratosarabesunidos emiratsarabesunis equateur equatorialguinea eritrea erythree
eslovaquia eslovenia espagne espana estadosunidos estland estonia estonie esuatini eswatini
etatdelaciteduvatican etatsunis ethiopia ethiopie etiopia falklandinseln falklandislands
faroeislands faroer fidji fidschi fiji filipinas finland finlande finlandia finnland fiyi france
francia frankreich franzosischesudundantarktisgebiete franzosischguayana franzosischpolynesien
frenchguiana frenchpolynesia frenchsouthernterritories gabon gabun gambia gambie georgia georgie
georgiedusudetlesilessandwichdusud georgien germany ghana gibraltar granada grece grecia greece
greenland grenada grenade griechenland groenland groenlandia gronland guadalupe guadeloupe guam
guatemala guayanafrancesa guernesey guernsey guinea guineabisau guineabissau guineaecuatorial
guinee guineebissau guineeequatoriale guyana guyanefrancaise haiti heardmcdonaldislands
heardundmcdonaldinseln honduras hongkongsarchina hongrie hungary hungria iceland ilebouvet
ilechristmas iledeman ilenorfolk ilesaland ilescaimans ilescocos ilescook ilesferoe
ilesheardetmacdonald ilesmalouines ilesmariannesdunord ilesmarshall
ilesmineureseloigneesdesetatsunis ilespitcairn ilessalomon ilesturquesetcaiques
ilesviergesbritanniques ilesviergesdesetatsunis inde india indien indonesia indonesie indonesien
irak iran iraq ireland irland irlanda irlande islabouvet islademan isladenavidad island islande
islandia islanorfolk islasaland islascaiman islascocos islascook islasferoe
islasgeorgiadelsurysandwichdelsur islasheardymcdonald islasmalvinas islasmarianasdelnorte
islasmarshall islasmenoresalejadasdeeeuu islaspitcairn islassalomon islasturcasycaicos
islasvirgenesbritanicas islasvirgenesdeeeuu isleofman israel italia italie italien italy jamaica
jamaika jamaique japan japon jemen jersey jordan jordania jordanie jordanien kaimaninseln
kambodscha kamerun kanada karibischeniederlande kasachstan katar kazajistan kazakhstan kenia
kenya kirghizstan kirgisistan kirguistan kiribati kokosinseln kolumbien komoren kongobrazzaville
kongokinshasa koweit kroatien kuba kuwait kyrgyzstan laos lareunion latvia lebanon lesotho
lesoto letonia lettland lettonie liban libano libanon liberia libia libya libye libyen
liechtenstein litauen lithuania lituania lituanie luxembourg luxemburg luxemburgo macaosarchina
macedoinedunord macedoniadelnorte madagascar madagaskar malaisie malasia malaui malawi malaysia
maldivas maldives malediven mali malta malte maroc marokko marruecos marshallinseln
marshallislands martinica martinique mauretanien maurice mauricio mauritania mauritanie
mauritius mayotte mexico mexiko mexique micronesia micronesie mikronesien moldavia moldavie
moldova monaco mongolei mongolia mongolie montenegro montserrat morocco mosambik mozambique
myanmar myanmarbirmania myanmarbirmanie myanmarburma namibia namibie nauru nepal netherlands
neukaledonien neuseeland newcaledonia newzealand nicaragua niederlande niger nigeria niue
nordkorea nordlichemarianen nordmazedonien norfolkinsel norfolkisland northernmarianaislands
northkorea northmacedonia noruega norvege norway norwegen nouvellecaledonie nouvellezelande
nuevacaledonia nuevazelanda oman osterreich ouganda ouzbekistan paisesbajos pakistan palaos
palastinensischeautonomiegebiete palau palestinianterritories panama papouasienouvelleguinee
papuaneuguinea papuanewguinea papuanuevaguinea paraguay paysbas paysbascaribeens perou peru
philippinen philippines pitcairninseln pitcairnislands poland polen polinesiafrancesa pologne
polonia polynesiefrancaise portorico portugal puertorico qatar raedehongkongchina
raedemacaochina raschinoisedehongkong raschinoisedemacao reinounido republicacentroafricana
republicademocraticadelcongo republicadominicana republikmoldau republiquecentrafricaine
republiquedominicaine reunion romania roumanie royaumeuni ruanda rumania rumanien rusia russia
russie russland rwanda saharaoccidental saintbarthelemy saintchristopheetnieves saintehelene
saintelucie saintmarin saintmartin saintmartinpartieneerlandaise saintpierreetmiquelon
saintvincentetlesgrenadines salomonen salvador sambia samoa samoaamericaines samoaamericana
sanbartolome sancristobalynieves sanmarino sanmartin sanpedroymiquelon santaelena santalucia
santotomeyprincipe sanvicenteylasgranadinas saotomeetprincipe saotomeprincipe saotomeundprincipe
saudiarabia saudiarabien schweden schweiz senegal serbia serbie serbien seychellen seychelles
sierraleona sierraleone simbabwe singapore singapour singapur sintmaarten siria slovakia
slovaquie slovenia slovenie slowakei slowenien solomonislands somalia somalie
sonderverwaltungsregionhongkong sonderverwaltungsregionmacau soudan soudandusud southafrica
southgeorgiasouthsandwichislands southkorea southsudan spain spanien spitzbergenundjanmayen
srilanka stbarthelemy sthelena stkittsnevis stkittsundnevis stlucia stmartin stpierremiquelon
stpierreundmiquelon stvincentgrenadines stvincentunddiegrenadinen sudafrica sudafrika sudan
sudandelsur sudgeorgienunddiesudlichensandwichinseln sudkorea sudsudan suecia suede suisse suiza
surinam suriname svalbardetjanmayen svalbardjanmayen svalbardyjanmayen sweden switzerland syria
syrie syrien tadjikistan tadschikistan tailandia taiwan tajikistan tansania tanzania tanzanie
tayikistan tchad tchequie terresaustralesfrancaises territoirebritanniquedeloceanindien
territoirespalestiniens territoriobritanicodeloceanoindico territoriosaustralesfranceses
territoriospalestinos thailand thailande timorleste timororiental togo tokelau tonga
trinidadtobago trinidadundtobago trinidadytobago triniteettobago tschad tschechien tunesien
tunez tunisia tunisie turkei turkiye turkmenistan turkscaicosislands turksundcaicosinseln
turquia turquie tuvalu ucrania uganda ukraine ungarn unitedarabemirates unitedkingdom
unitedstates uruguay usbekistan usoutlyingislands usvirginislands uzbekistan vanuatu vaticancity
vatikanstadt venezuela vereinigtearabischeemirate vereinigteskonigreich vereinigtestaaten
vietnam wallisetfutuna wallisfutuna wallisundfutuna wallisyfutuna weihnachtsinsel westernsahara
westsahara yemen yibuti zambia zambie zentralafrikanischerepublik zimbabue zimbabwe zypern
`;

/** Spellings exports use that are not the official short names. */
const VARIANTS = `
usa unitedstatesofamerica america uk greatbritain britain england scotland wales northernireland
holland thenetherlands czechrepublic korea republicofkorea russianfederation uae turkey hongkong
macao macau palestine ivorycoast burma swaziland macedonia bosnia eastimor vatican holysee
gbr deu fra esp ita nld che aut bel swe nor dnk fin irl prt pol bra mex jpn chn aus
`;

function wordsOf(text: string): string[] {
  return text.trim().split(/\s+/);
}

export const COUNTRY_CODES: ReadonlySet<string> = new Set([...wordsOf(ISO_CODES), "UK"]);
export const COUNTRY_NAMES: ReadonlySet<string> = new Set([
  ...wordsOf(NAMES),
  ...wordsOf(VARIANTS),
]);

/** US state abbreviations; those that are not also country codes show a column is US states. */
const US_STATE_CODES = `
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC
ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC
`;

export const US_ONLY_STATE_CODES: ReadonlySet<string> = new Set(
  wordsOf(US_STATE_CODES).filter((code) => !COUNTRY_CODES.has(code)),
);
