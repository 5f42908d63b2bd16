import { SNI_2007_DIVISIONS } from './sni2007';

/**
 * SNI 2025 (SCB; = NACE Rev. 2.1, in use from 2025): its sections and divisions with their Swedish and English names,
 * as data. Each division: [code, section, Swedish, English]. Against SNI 2007: division 45 (motor vehicle trade and
 * repair) is gone, its trade now in 46–47 and its repair in 95; old section J is split into J (publishing,
 * broadcasting, content: 58–60) and K (telecommunication, IT: 61–63), so every later section letter moves one on
 * (finance K→L … extraterritorial U→V). English names are NACE Rev. 2.1's. *Check*: the Swedish names of the divisions
 * and sections whose content changed follow SCB's wording where it was known and are otherwise this app's
 * translation, to be held against SCB's published SNI 2025.
 */
export const SNI_2025_SECTIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['A', 'Jordbruk, skogsbruk och fiske', 'Agriculture, forestry and fishing'],
  ['B', 'Utvinning av mineral', 'Mining and quarrying'],
  ['C', 'Tillverkning', 'Manufacturing'],
  ['D', 'Försörjning av el, gas, värme och kyla', 'Electricity, gas, steam and air conditioning supply'],
  [
    'E',
    'Vattenförsörjning; avloppsrening, avfallshantering och sanering',
    'Water supply; sewerage, waste management and remediation activities',
  ],
  ['F', 'Byggverksamhet', 'Construction'],
  ['G', 'Parti- och detaljhandel', 'Wholesale and retail trade'],
  ['H', 'Transport och magasinering', 'Transportation and storage'],
  ['I', 'Hotell- och restaurangverksamhet', 'Accommodation and food service activities'],
  [
    'J',
    'Förlagsverksamhet, sändningar samt produktion och distribution av innehåll',
    'Publishing, broadcasting, and content production and distribution activities',
  ],
  [
    'K',
    'Telekommunikation, dataprogrammering, datakonsultverksamhet, datainfrastruktur och andra informationstjänster',
    'Telecommunication, computer programming, consulting, computing infrastructure and other information service activities',
  ],
  ['L', 'Finans- och försäkringsverksamhet', 'Financial and insurance activities'],
  ['M', 'Fastighetsverksamhet', 'Real estate activities'],
  ['N', 'Verksamhet inom juridik, ekonomi, vetenskap och teknik', 'Professional, scientific and technical activities'],
  ['O', 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster', 'Administrative and support service activities'],
  [
    'P',
    'Offentlig förvaltning och försvar; obligatorisk socialförsäkring',
    'Public administration and defence; compulsory social security',
  ],
  ['Q', 'Utbildning', 'Education'],
  ['R', 'Vård och omsorg; sociala tjänster', 'Human health and social work activities'],
  ['S', 'Kultur, sport och fritid', 'Arts, sports and recreation'],
  ['T', 'Annan serviceverksamhet', 'Other service activities'],
  [
    'U',
    'Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk',
    'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
  ],
  [
    'V',
    'Verksamhet vid internationella organisationer, utländska ambassader o.d.',
    'Activities of extraterritorial organisations and bodies',
  ],
];

/**
 * The divisions whose name SNI 2025 changed (their content changed with it): [Swedish, English]. Every other division
 * keeps its SNI 2007 code and names.
 */
const RENAMED: Readonly<Record<string, readonly [string, string]>> = {
  '15': [
    'Tillverkning av läder och lädervaror samt liknande produkter av andra material',
    'Manufacture of leather and related products of other materials',
  ],
  '33': [
    'Reparation, underhåll och installation av maskiner och apparater',
    'Repair, maintenance and installation of machinery and equipment',
  ],
  '38': ['Insamling, återvinning och bortskaffande av avfall', 'Waste collection, recovery and disposal activities'],
  '39': ['Sanering och annan avfallshantering', 'Remediation activities and other waste management service activities'],
  '41': ['Byggande av bostadshus och andra byggnader', 'Construction of residential and non-residential buildings'],
  '46': ['Partihandel', 'Wholesale trade'],
  '47': ['Detaljhandel', 'Retail trade'],
  '52': ['Magasinering och stödtjänster till transport', 'Warehousing, storage and support activities for transportation'],
  '60': [
    'Programverksamhet, sändning, nyhetsbyråer och annan distribution av innehåll',
    'Programming, broadcasting, news agency and other content distribution activities',
  ],
  '61': ['Telekommunikation', 'Telecommunication'],
  '63': [
    'Datainfrastruktur, databehandling, webbhotell och andra informationstjänster',
    'Computing infrastructure, data processing, hosting and other information service activities',
  ],
  '70': [
    'Verksamheter som utövas av huvudkontor; konsulttjänster till företag',
    'Activities of head offices and management consultancy activities',
  ],
  '73': ['Reklam, marknadsundersökning och PR', 'Advertising, market research and public relations activities'],
  '79': [
    'Resebyrå- och researrangörsverksamhet och andra bokningstjänster',
    'Travel agency, tour operator and other reservation service and related activities',
  ],
  '80': ['Utrednings-, säkerhets- och bevakningsverksamhet', 'Investigation and security activities'],
  '90': ['Konstnärligt skapande och scenkonst', 'Arts creation and performing arts activities'],
  '91': [
    'Biblioteks-, arkiv- och museiverksamhet samt annan kulturell verksamhet',
    'Library, archives, museum and other cultural activities',
  ],
  '94': ['Intressebevakning; religiös verksamhet', 'Activities of membership organisations'],
  '95': [
    'Reparation och underhåll av datorer, personliga artiklar och hushållsartiklar samt motorfordon och motorcyklar',
    'Repair and maintenance of computers, personal and household goods, and motor vehicles and motorcycles',
  ],
  '96': ['Personliga tjänster', 'Personal service activities'],
};

/** The section of a division in SNI 2025: A–I as before; 58–60 J, 61–63 K; every later section one letter on. */
function section2025(code: string, section2007: string): string {
  if (section2007 <= 'I') return section2007;
  if (section2007 === 'J') return Number(code) <= 60 ? 'J' : 'K';
  return String.fromCharCode(section2007.charCodeAt(0) + 1);
}

/** Division 45 (motor vehicle trade and repair) is gone: its trade is in 46–47, its repair in 95. */
export const SNI_2025_DIVISIONS: ReadonlyArray<readonly [string, string, string, string]> = SNI_2007_DIVISIONS.filter(
  ([code]) => code !== '45',
).map(([code, section, sv, en]) => [code, section2025(code, section), ...(RENAMED[code] ?? [sv, en])] as const);
