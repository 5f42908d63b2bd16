import { entry, type GlossaryEntry } from './glossaryTerm';

/** The glossary’s concepts of the assessment: rounds, their parts, levels, gaps and ratings. */
export const ASSESSMENT_TERMS = [
  entry(
    'round',
    {
      term: 'analysomgång',
      forms: ['analysomgången', 'analysomgångar', 'omgång', 'omgången', 'omgångar', 'omgångarna'],
      definition: 'När rådgivaren och företaget gör nulägesanalys, vision och mål och kompetensanalys: en baslinje eller en uppföljning.',
      avoid: ['bedömningsomgång*', 'kartläggning*', 'kartläggningsomgång*', 'mätomgång*'],
    },
    {
      term: 'assessment round',
      forms: ['round', 'rounds', 'assessment rounds'],
      definition:
        'When the advisor and the company make the situation assessment, vision and goals and competence analysis: baseline or follow-up.',
      avoid: ['mapping round*', 'assessment session*', 'survey round*'],
    },
  ),
  entry(
    'baseline',
    {
      term: 'baslinje',
      forms: ['baslinjen', 'baslinjer', 'baslinjens'],
      definition: 'Företagets första analysomgång: var företaget och personerna står när de börjar i programmet.',
      avoid: ['nulägesmätning*', 'nollmätning*', 'baslinjeomgång*', 'nulägesanalys (baslinje)', 'grundanalys*'],
    },
    {
      term: 'baseline',
      forms: ['baselines'],
      definition: 'The company’s first assessment round: where the company and its people stand when they join the programme.',
      avoid: ['baseline assessment*', 'baseline round*', 'initial assessment*', 'zero measurement*'],
    },
  ),
  entry(
    'followUp',
    {
      term: 'uppföljning',
      forms: ['uppföljningen', 'uppföljningar', 'uppföljningarna'],
      definition: 'En senare analysomgång, ifylld från den förra, som visar vad som har ändrats sedan baslinjen.',
      avoid: ['uppföljande analys*', 'uppföljande omgång*', 'uppföljningsomgång*', 'uppföljningsanalys*'],
    },
    {
      term: 'follow-up',
      forms: ['follow-ups', 'follow up'],
      definition: 'A later assessment round, pre-filled from the previous one, that shows what has changed since the baseline.',
      avoid: ['follow-up assessment*', 'follow-up round*', 'followup'],
    },
  ),
  entry(
    'situationAssessment',
    {
      term: 'nulägesanalys',
      forms: ['nulägesanalysen'],
      definition: 'Omgångens första del: frågor i tio verksamhetsområden, var och en besvarad på nivå 1–5.',
      avoid: ['lägesanalys*', 'affärsanalys*', 'nulägesbedömning*'],
    },
    {
      term: 'situation assessment',
      forms: ['situation assessments'],
      definition: 'The first part of a round: questions in ten business areas, each answered on levels 1–5.',
      avoid: ['situation analysis', 'status assessment*', 'business analysis'],
    },
  ),
  entry(
    'visionAndGoals',
    {
      term: 'vision och mål',
      forms: ['visionen och målen', 'mål', 'målet', 'målen'],
      definition: 'Omgångens andra del: var företaget vill vara om tre till fem år, mätbara mål och strategier.',
      avoid: ['målbild*'],
    },
    {
      term: 'vision and goals',
      forms: ['goal', 'goals'],
      definition: 'The second part of a round: where the company wants to be in three to five years, measurable goals and strategies.',
      avoid: ['vision and targets', 'objectives'],
    },
  ),
  entry(
    'competenceAnalysis',
    {
      term: 'kompetensanalys',
      forms: ['kompetensanalysen'],
      definition: 'Omgångens tredje del: varje persons målnivå och nuvarande nivå i varje kompetens.',
      avoid: ['kompetenskartläggning*', 'kompetensinventering*', 'kompetensmätning*'],
    },
    {
      term: 'competence analysis',
      forms: [],
      definition: 'The third part of a round: each person’s target level and current level in each competence.',
      avoid: ['skills analysis', 'competence mapping', 'skills mapping', 'skills inventory'],
    },
  ),
  entry(
    'businessArea',
    {
      term: 'verksamhetsområde',
      forms: ['verksamhetsområdet', 'verksamhetsområden', 'verksamhetsområdena', 'område', 'området', 'områden'],
      definition: 'Ett av nulägesanalysens tio områden (till exempel ekonomi, marknad, digitalisering), med poäng 0–100.',
      avoid: ['affärsområde*'],
    },
    {
      term: 'business area',
      forms: ['business areas', 'area', 'areas'],
      definition: 'One of the ten areas of the situation assessment (such as finance, market, digitalisation), scored 0–100.',
      avoid: ['business domain*', 'business field*'],
    },
  ),
  entry(
    'currentLevel',
    {
      term: 'nuvarande nivå',
      forms: ['nuvarande nivåer', 'nuläge'],
      definition: 'Den nivå 1–5 som en person eller ett verksamhetsområde har i dag.',
      avoid: ['aktuell nivå', 'befintlig nivå', 'nulägesnivå*'],
    },
    {
      term: 'current level',
      forms: ['current levels', 'current'],
      definition: 'The level 1–5 a person or a business area has today.',
      avoid: ['present level*', 'actual level*'],
    },
  ),
  entry(
    'targetLevel',
    {
      term: 'målnivå',
      forms: ['målnivån', 'målnivåer', 'målnivåerna'],
      definition: 'Den nivå 1–5 som företaget siktar på inom ett verksamhetsområde, eller som en person behöver i en kompetens.',
      avoid: ['krävd nivå', 'krävda nivå*', 'kravnivå*', 'nivå som krävs', 'önskad nivå', 'önskade nivå*', 'behövd nivå'],
      avoidAlone: ['Krävs', 'Krav', 'Krävd', 'Önskad'],
    },
    {
      term: 'target level',
      forms: ['target levels', 'target'],
      definition: 'The level 1–5 the company aims for in a business area, or that a person needs in a competence.',
      avoid: ['required level*', 'level required', 'desired level*', 'needed level*', 'level each competence requires'],
      avoidAlone: ['Required', 'Desired'],
    },
  ),
  entry(
    'gap',
    {
      term: 'gap',
      forms: ['gapet', 'gapen'],
      definition: 'Målnivån minus den nuvarande nivån i en kompetens, när den är större än noll.',
      avoid: ['kompetensbrist*', 'glapp*'],
    },
    {
      term: 'gap',
      forms: ['gaps'],
      definition: 'The target level minus the current level in a competence, when it is above zero.',
      avoid: ['shortfall*', 'skill deficit*'],
    },
  ),
  entry(
    'rating',
    {
      term: 'bedömning',
      forms: ['bedömningen', 'bedömningar', 'bedömningarna', 'bedöma', 'bedömd', 'bedömda'],
      definition: 'En nivå 1–5 som satts för en person i en kompetens, av rådgivaren eller av personen själv.',
      avoid: ['skattning', 'skattningen', 'skattningar', 'skattningarna', 'kompetensskattning*'],
    },
    {
      term: 'rating',
      forms: ['ratings', 'rate', 'rated'],
      definition: 'A level 1–5 set for a person in a competence, by the advisor or by the person themselves.',
      avoid: ['grading*'],
    },
  ),
  entry(
    'notRatedYet',
    {
      term: 'ej bedömd än',
      forms: ['ej bedömda än'],
      definition: 'Ingen har satt någon nivå ännu: inte samma sak som ett gap på 0.',
      avoid: ['obedömd*', 'ej skattad*', 'oskattad*'],
    },
    {
      term: 'not rated yet',
      forms: [],
      definition: 'Nobody has set a level yet: not the same as a gap of 0.',
      avoid: ['unrated'],
    },
  ),
  entry(
    'completeRound',
    {
      term: 'avsluta omgången',
      forms: ['avslutad', 'avslutade', 'avslutas', 'pågående'],
      definition: 'Låsa en omgång när allt är besvarat och bedömt; senare ändringar görs i en uppföljning.',
      avoid: ['slutförd omgång*', 'slutför omgången', 'omgången slutför*', 'färdigställ*', 'stäng omgången'],
    },
    {
      term: 'complete the round',
      forms: ['completed', 'complete round', 'in progress', 'open round'],
      definition: 'Lock a round once everything is answered and rated; later changes go into a follow-up.',
      avoid: ['finalise*', 'finalize*', 'close the round'],
    },
  ),
  entry(
    'selfAssessment',
    {
      term: 'självskattning',
      forms: ['självskattningen', 'självskattningar', 'skatta sig själv'],
      definition: 'Den nuvarande nivå som personen själv anger, på rådgivarens dator i självskattningsläget.',
      avoid: ['egen bedömning', 'egna bedömning*', 'egen nivå', 'egen skattning', 'självskattad*', 'självbedömning*', 'självvärdering*'],
      avoidAlone: ['Själv', 'Egen'],
    },
    {
      term: 'self-assessment',
      forms: ['self-assessments'],
      definition: 'The current level the person gives themselves, on the advisor’s laptop in self-assessment mode.',
      avoid: ['own rating*', 'own level*', 'own assessment*', 'self-rating*', 'self-rated', 'self-assessed', 'self-evaluation*'],
      avoidAlone: ['Self', 'Own'],
    },
  ),
  entry(
    'advisorRating',
    {
      term: 'rådgivarens bedömning',
      forms: ['rådgivarens bedömningar'],
      definition: 'Den nuvarande nivå som rådgivaren sätter för en person i en kompetens; gapen räknas från den.',
      avoid: ['rådgivarens nivå', 'rådgivarens skattning*', 'rådgivarbedömning*'],
    },
    {
      term: 'advisor’s rating',
      forms: ['advisor’s ratings'],
      definition: 'The current level the advisor sets for a person in a competence; the gaps are counted from it.',
      avoid: ['advisor’s level', 'advisor level', 'advisor assessment*'],
    },
  ),
] as const satisfies readonly GlossaryEntry[];
