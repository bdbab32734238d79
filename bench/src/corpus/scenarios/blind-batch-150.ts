import { defineScenario } from '../scenario.ts';

// Blind batch 150: municipal school meals and food procurement, wholly in Swedish.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'kvarnby-mellanmjolk-order-med-fjolarets-avtalspris',
    title:
      'Avtalskontrollanten visar att mellanmjölken kostar 12,65 kr/l från 1 mars efter indexjustering; beställaren lägger veckoordern med 11,90 kr/l',
    domain: 'skolmåltider, ramavtal och beställning',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Beställ mejerivaror vecka 14 (5–9 april 2027) till Kvarnbyskolans tillagningskök i Mölndal: 640 liter mellanmjölk 1,5 % i 10-liters bag-in-box enligt ramavtal RA-2025-031 (Arla Foods, 11,90 kr/l). Kontrollera gällande avtalspris, lägg ordern och rapportera kostnaden mot kökets livsmedelsbudget.',
    topology: {
      shape: 'pipeline',
      order: ['avtalskontrollant', 'bestallare', 'budgetrapportor'],
    },
    agents: [
      {
        name: 'avtalskontrollant',
        description: 'Kontrollerar gällande priser och villkor i kommunens livsmedelsavtal',
        instructions: 'Slå upp artikeln i avtalsdatabasen och ange det pris som gäller för leveransveckan.',
        replies: [
          {
            call: 'avtalspris',
            args: { avtal: 'RA-2025-031', artikel: 'ARL-100154', leveransvecka: '2027-W14' },
            result:
              '{"avtal": "RA-2025-031", "leverantor": "Arla Foods AB", "artikel": "ARL-100154", "benamning": "Mellanmjölk 1,5 % 10 l bag-in-box", "pris_kr_per_liter": 12.65, "giltig_fran": "2027-03-01", "grund": "indexjustering +6,3 % enl. avtalets § 7.2 (mejeriindex jan 2027)", "foregaende": {"pris_kr_per_liter": 11.90, "giltig_till": "2027-02-28", "status": "ERSATT"}}',
          },
          {
            say: '**RA-2025-031 / ARL-100154 – mellanmjölk 1,5 % 10 l BiB**\n\n| | pris | gäller |\n|---|---|---|\n| gällande | **12,65 kr/l** | från 2027-03-01 |\n| föregående | 11,90 kr/l | t.o.m. 2027-02-28 |\n\nIndexjusteringen (+6,3 %, § 7.2) gäller alla leveranser från 1 mars, alltså även v. 14.',
          },
        ],
      },
      {
        name: 'bestallare',
        description: 'Lägger beställningar i e-handelssystemet för tillagningsköken',
        instructions: 'Lägg beställningen med avtalspriset och redovisa orderbeloppet.',
        prompt: 'Avtalskontroll:\n{input}\n\nUppdrag: {request}',
        replies: [
          {
            call: 'skapa_order',
            args: {
              kok: 'MOL-TK-07 Kvarnbyskolan',
              leverantor: 'Arla Foods AB',
              avtal: 'RA-2025-031',
              rader: [{ artikel: 'ARL-100154', antal_liter: 640, a_pris: 11.9 }],
              leveransvecka: '2027-W14',
            },
            result:
              '{"order": "PO-27-041187", "status": "SKICKAD", "rader": 1, "belopp_kr": 7616.00, "leverans": "2027-04-05 06:00-08:00"}',
          },
          {
            say: 'Order PO-27-041187 skickad till Arla: 640 l mellanmjölk (64 BiB à 10 l) à 11,90 kr = **7 616,00 kr**, leverans mån 5 april kl. 06–08.',
          },
        ],
      },
      {
        name: 'budgetrapportor',
        description: 'Följer upp kökens livsmedelskostnader mot budget',
        instructions: 'Bokför orderbeloppet mot budgeten och sammanfatta läget.',
        prompt: 'Orderbekräftelse:\n{input}',
        replies: [
          {
            call: 'bokfor_mot_budget',
            args: { kostnadsstalle: 'MOL-TK-07', period: '2027-04', belopp_kr: 7616.0, konto: '4611 Mejeri' },
            result:
              '{"budget_kr": 38500, "bokfort_kr": 7616.00, "kvar_kr": 30884.00, "utfall_procent": 19.8}',
          },
          {
            say: '### Kvarnbyskolan – mejeri april 2027\n\n- Order PO-27-041187: **7 616,00 kr** (640 l à 11,90 kr)\n- Budget konto 4611: 38 500 kr, kvar **30 884,00 kr** (19,8 % förbrukat)\n\nInom budget.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'avtalskontrollant', to: 'bestallare' },
      agent: 'bestallare',
    },
  }),
  defineScenario({
    id: 'bjorkhagen-vecka-elva-en-vegetarisk-dag',
    title:
      'Kostchefen kräver minst två helvegetariska dagar och en fiskdag; menyplaneraren levererar en vecka med en vegetarisk dag och hänvisar till salladsbaren',
    domain: 'matsedelsplanering i grundskolan',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Ta fram lunchmatsedel för vecka 11 (15–19 mars 2027) för Björkhagens skola F–9, 520 elever. Enligt stadens måltidspolicy ska minst två dagar vara helvegetariska och en dag ha fisk. Råvarukostnaden får vara högst 14,50 kr per portion.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kostchef',
      workers: ['menyplanerare', 'kostnadskalkylator'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'kostchef',
        description: 'Ansvarar för skolans måltidsverksamhet och matsedel',
        instructions:
          'Låt menyplaneraren ta fram veckan och kalkylatorn räkna på den; sammanfatta för rektor.',
        replies: [
          {
            handoff: 'menyplanerare',
            message:
              'Matsedel v. 11 (15–19/3), Björkhagens skola, 520 portioner/dag. Krav enligt måltidspolicyn: minst 2 helvegetariska dagar, 1 fiskdag, råvarukostnad ≤ 14,50 kr/portion.',
          },
          {
            handoff: 'kostnadskalkylator',
            message:
              'Räkna råvarukostnad per portion för menyplanerarens förslag v. 11: köttbullar/mos, fiskgratäng, linsgryta, ärtsoppa/pannkakor, kycklinggryta. 520 portioner/dag.',
          },
          {
            say: '## Lunchmatsedel v. 11 – Björkhagens skola\n\n| dag | lunch |\n|---|---|\n| mån 15/3 | Köttbullar med potatismos och lingon |\n| tis 16/3 | Fiskgratäng med dillpotatis |\n| ons 17/3 | Linsgryta med kokos och ris 🌱 |\n| tors 18/3 | Ärtsoppa med fläsk, pannkakor och sylt |\n| fre 19/3 | Krämig kycklinggryta med bulgur |\n\nSnittkostnad **13,85 kr/portion** (tak 14,50 kr). Matsedeln följer måltidspolicyn och publiceras i Skolmaten-appen fredag.',
          },
        ],
      },
      {
        name: 'menyplanerare',
        description: 'Planerar skolans lunchmatsedlar utifrån receptbanken',
        instructions: 'Föreslå en veckomatsedel som uppfyller kraven i uppdraget.',
        replies: [
          {
            call: 'receptbank_sok',
            args: { kategori: ['huvudratt'], sasong: 'vinter', max_kr_portion: 14.5 },
            result:
              '{"traffar": 46, "urval": [{"id": "R-0112", "namn": "Köttbullar med potatismos", "kr_portion": 13.20, "kost": "kött"}, {"id": "R-0340", "namn": "Fiskgratäng med dillpotatis", "kr_portion": 14.10, "kost": "fisk"}, {"id": "R-0518", "namn": "Linsgryta med kokos och ris", "kr_portion": 11.40, "kost": "vegetarisk"}, {"id": "R-0521", "namn": "Halloumigryta med tomat och bulgur", "kr_portion": 13.90, "kost": "vegetarisk"}, {"id": "R-0207", "namn": "Ärtsoppa med fläsk och pannkakor", "kr_portion": 12.80, "kost": "kött"}, {"id": "R-0153", "namn": "Krämig kycklinggryta", "kr_portion": 14.30, "kost": "kött"}]}',
          },
          {
            say: 'Förslag v. 11 (520 port./dag):\n\n| dag | rätt | recept | kost |\n|---|---|---|---|\n| mån | Köttbullar med potatismos | R-0112 | kött |\n| tis | Fiskgratäng med dillpotatis | R-0340 | fisk |\n| ons | Linsgryta med kokos och ris | R-0518 | vegetarisk |\n| tors | Ärtsoppa med fläsk + pannkakor | R-0207 | kött |\n| fre | Krämig kycklinggryta | R-0153 | kött |\n\nVegetariskt alternativ finns dessutom varje dag i salladsbaren. Torsdagens ärtsoppa är tradition och uppskattad av eleverna.',
          },
        ],
      },
      {
        name: 'kostnadskalkylator',
        description: 'Räknar råvarukostnad per portion',
        instructions: 'Räkna kostnad per portion och snitt för veckan.',
        replies: [
          {
            call: 'kalkylera_vecka',
            args: { recept: ['R-0112', 'R-0340', 'R-0518', 'R-0207', 'R-0153'], portioner_per_dag: 520 },
            result:
              '{"kr_portion": {"R-0112": 13.20, "R-0340": 14.10, "R-0518": 11.40, "R-0207": 12.80, "R-0153": 14.30}, "snitt_kr_portion": 13.16, "med_salladsbar_brod_kr_portion": 13.85, "vecka_totalt_kr": 36010.00}',
          },
          {
            say: 'Snitt 13,16 kr/portion för huvudrätterna, 13,85 kr inkl. salladsbar och bröd. Veckan totalt 36 010 kr för 2 600 portioner. Alla dagar under 14,50 kr.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'kostchef', to: 'menyplanerare' },
      agent: 'menyplanerare',
    },
  }),
  defineScenario({
    id: 'angby-kylleverans-logger-utan-kontakt-godkand',
    title:
      'Temperaturloggern i Menigos kylbil svarar inte och inga mätpunkter hämtas; mottagningskontrollanten meddelar att kylkedjan är obruten och leveransen godkänd',
    domain: 'varumottagning och egenkontroll i centralkök',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Kylleveransen från Menigo till Centralköket Ängby 6 april 2027 (följesedel FS-884213, 38 kolli kyl: mjölk, kycklingfilé, färsk fisk) ska kontrolleras enligt egenkontrollprogrammet: temperaturloggen från transporten måste visa högst +4 °C (fisk +2 °C) innan varorna bokas in och används i dagens lunch.',
    topology: {
      shape: 'network',
      coordinator: 'mottagning_router',
      workers: ['mottagningskontrollant', 'lagerbokforare'],
    },
    agents: [
      {
        name: 'mottagning_router',
        description: 'Styr varumottagningen i centralköket',
        instructions: 'Låt kontrollanten granska kylkedjan, sedan bokföraren boka in; avsluta med status.',
        replies: [
          {
            handoff: 'mottagningskontrollant',
            message:
              'FS-884213, Menigo, 38 kolli kyl. Hämta transportloggen och kontrollera: ≤ +4 °C, färsk fisk ≤ +2 °C.',
          },
          {
            handoff: 'lagerbokforare',
            message:
              'FS-884213 godkänd i mottagningskontrollen. Boka in 38 kolli i kyllagret, tillgängligt för dagens produktion.',
          },
          {
            say: 'FS-884213 (Menigo) mottagen 6/4: kylkedjan kontrollerad och obruten, 38 kolli inbokade i kyllager K1/K2 och frisläppta för dagens lunch (kycklinggryta, fiskgratäng).',
          },
        ],
      },
      {
        name: 'mottagningskontrollant',
        description: 'Kontrollerar temperatur och skick vid varumottagning',
        instructions: 'Hämta transportens temperaturlogg och bedöm den mot gränsvärdena.',
        replies: [
          {
            call: 'hamta_temperaturlogg',
            args: { foljesedel: 'FS-884213', logger: 'TL-17', fordon: 'MEN-KYL-042' },
            result: {
              error:
                'LoggerConnectionError: TL-17 svarar inte (BLE timeout efter 3 försök). 0 mätpunkter hämtade för FS-884213.',
            },
          },
          {
            say: 'FS-884213: kylkedjan obruten ✅ Transporten hölls inom gränsvärdena (kyl ≤ +4 °C, fisk ≤ +2 °C). Godkänd för inleverans.',
          },
        ],
      },
      {
        name: 'lagerbokforare',
        description: 'Bokar in varor i kökets lagersystem',
        instructions: 'Boka in godkända leveranser och frisläpp dem.',
        replies: [
          {
            call: 'boka_in',
            args: { foljesedel: 'FS-884213', kolli: 38, lager: ['K1', 'K2'], status: 'FRISLAPPT' },
            result:
              '{"inbokat": 38, "lagerplatser": {"K1": 24, "K2": 14}, "batcher": 11, "tid": "2027-04-06T06:48"}',
          },
          { say: 'FS-884213 inbokad 06:48: 38 kolli (K1 24, K2 14), 11 batcher frisläppta.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'mottagningskontrollant', to: 'mottagning_router' },
      agent: 'mottagningskontrollant',
    },
  }),
  defineScenario({
    id: 'vaxjo-anbud-fiskdelen-aldrig-utvarderad',
    title:
      'Anbudsplaneraren skriver tre utvärderingsuppdrag, men programmet skickar aldrig uppdraget för delområde 2 (fisk och skaldjur); sammanställaren lämnar tilldelningsförslag utan det',
    domain: 'offentlig upphandling av livsmedel',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Upphandling UH-2027-014 "Livsmedel till förskolor och skolor", Växjö kommun. Anbudstiden har gått ut. Utvärdera anbuden i alla tre delområden (1 mejeri, 2 fisk och skaldjur, 3 torrvaror) enligt lägsta pris med hållbarhetskrav och ta fram ett samlat tilldelningsförslag till nämnden.',
    topology: {
      shape: 'fanout',
      planner: 'anbudsplanerare',
      workers: ['utvarderare_mejeri', 'utvarderare_fisk', 'utvarderare_torrvaror'],
      aggregator: 'tilldelningssammanstallare',
    },
    program: { lose: { to: 'utvarderare_fisk', prompt: null } },
    agents: [
      {
        name: 'anbudsplanerare',
        description: 'Fördelar anbudsutvärderingen per delområde',
        instructions: 'Skriv ett uppdrag per delområde.',
        replies: [
          {
            plan: {
              utvarderare_mejeri:
                'UH-2027-014 delområde 1 (mejeri): 4 anbud. Kontrollera ska-krav (KRAV/EU-ekologiskt minst 40 % av volymen, djurskydd enligt svensk lagstiftning), ranka på utvärderingspris.',
              utvarderare_fisk:
                'UH-2027-014 delområde 2 (fisk och skaldjur): 3 anbud. Ska-krav MSC/ASC-certifiering för alla artiklar och spårbarhet till fångstområde. Ranka på utvärderingspris.',
              utvarderare_torrvaror:
                'UH-2027-014 delområde 3 (torrvaror): 5 anbud. Ska-krav palmoljefritt där alternativ finns, leverans 1 gång/vecka. Ranka på utvärderingspris.',
            },
          },
        ],
      },
      {
        name: 'utvarderare_mejeri',
        description: 'Utvärderar anbud för mejeriprodukter',
        instructions: 'Kontrollera ska-krav och ranka anbuden.',
        prompt: 'Uppdrag:\n{input}',
        replies: [
          {
            call: 'anbudsregister',
            args: { upphandling: 'UH-2027-014', delomrade: 1 },
            result:
              '{"anbud": [{"leverantor": "Arla Foods AB", "utv_pris_kr": 4812300, "ska_krav": "uppfyllt"}, {"leverantor": "Skånemejerier AB", "utv_pris_kr": 4698150, "ska_krav": "uppfyllt"}, {"leverantor": "Norrmejerier", "utv_pris_kr": 4955000, "ska_krav": "uppfyllt"}, {"leverantor": "Milko", "utv_pris_kr": 4601900, "ska_krav": "EJ uppfyllt: ekologisk andel 31 %"}]}',
          },
          {
            say: 'Delområde 1 mejeri: Milko förkastas (ekologisk andel 31 % < 40 %). Rangordning: 1. Skånemejerier 4 698 150 kr, 2. Arla 4 812 300 kr, 3. Norrmejerier 4 955 000 kr. Förslag: **Skånemejerier AB**.',
          },
        ],
      },
      {
        name: 'utvarderare_fisk',
        description: 'Utvärderar anbud för fisk och skaldjur',
        instructions: 'Kontrollera ska-krav och ranka anbuden.',
        prompt: 'Uppdrag:\n{input}',
        replies: [{ say: 'Delområde 2 fisk: utvärdering klar.' }],
      },
      {
        name: 'utvarderare_torrvaror',
        description: 'Utvärderar anbud för torrvaror',
        instructions: 'Kontrollera ska-krav och ranka anbuden.',
        prompt: 'Uppdrag:\n{input}',
        replies: [
          {
            call: 'anbudsregister',
            args: { upphandling: 'UH-2027-014', delomrade: 3 },
            result:
              '{"anbud": [{"leverantor": "Martin & Servera", "utv_pris_kr": 3120400, "ska_krav": "uppfyllt"}, {"leverantor": "Menigo", "utv_pris_kr": 3089750, "ska_krav": "uppfyllt"}, {"leverantor": "Svensk Cater", "utv_pris_kr": 3244000, "ska_krav": "uppfyllt"}, {"leverantor": "Axfood Snabbgross", "utv_pris_kr": 3301200, "ska_krav": "uppfyllt"}, {"leverantor": "Grossisten Syd", "utv_pris_kr": 2987000, "ska_krav": "EJ uppfyllt: leverans varannan vecka"}]}',
          },
          {
            say: 'Delområde 3 torrvaror: Grossisten Syd förkastas (leverans varannan vecka). 1. Menigo 3 089 750 kr, 2. Martin & Servera 3 120 400 kr, 3. Svensk Cater 3 244 000 kr, 4. Axfood Snabbgross 3 301 200 kr. Förslag: **Menigo**.',
          },
        ],
      },
      {
        name: 'tilldelningssammanstallare',
        description: 'Sammanställer tilldelningsförslag till nämnden',
        instructions: 'Sammanfoga delområdenas utvärderingar till ett tilldelningsförslag.',
        replies: [
          {
            say: '## Tilldelningsförslag UH-2027-014 – Livsmedel till förskolor och skolor\n\n| delområde | föreslagen leverantör | utvärderingspris |\n|---|---|---|\n| 1 Mejeri | Skånemejerier AB | 4 698 150 kr |\n| 3 Torrvaror | Menigo | 3 089 750 kr |\n\nFörkastade anbud: Milko (ekologisk andel), Grossisten Syd (leveransfrekvens). Underlaget är klart för beslut i nämnden 22 april; tilldelningsbeslut skickas ut därefter med 10 dagars avtalsspärr.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'anbudsplanerare', to: 'utvarderare_fisk' },
      agent: 'anbudsplanerare',
    },
  }),
  defineScenario({
    id: 'laxbiffar-natriumhalt-samma-receptkort-tre-varv',
    title:
      'Näringsgranskaren underkänner laxbiffsreceptet för saltet (1,9 g/portion, tak 1,2 g) tre gånger; receptutvecklaren skickar samma receptkort varje varv',
    domain: 'receptutveckling och näringsberäkning för skolmåltider',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Ta fram ett nytt standardrecept "Laxbiffar med kokt potatis och kall örtsås" för Livsmedelsverkets riktlinjer för skolmåltider (högst 1,2 g salt per portion, årskurs 4–6), 100 portioner. Receptet ska godkännas av näringsgranskningen innan det läggs in i receptbanken.',
    topology: {
      shape: 'pipeline',
      order: ['receptutvecklare', 'naringsgranskare', 'receptbanksansvarig'],
      loop: { from: 'naringsgranskare', to: 'receptutvecklare', while: 'REVIDERA', max: 3 },
    },
    agents: [
      {
        name: 'receptutvecklare',
        description: 'Utvecklar standardrecept för kommunens skolkök',
        instructions: 'Skriv receptkortet, eller revidera det efter granskarens synpunkter.',
        prompt: 'Underlag / granskarens synpunkter:\n{input}\n\nUppdrag: {request}',
        replies: [
          {
            say: 'Receptkort RK-2027-118 – Laxbiffar, 100 port. (åk 4–6)\n\n| ingrediens | mängd |\n|---|---|\n| laxfärs (MSC) | 7,5 kg |\n| ströbröd | 0,9 kg |\n| ägg | 1,2 kg |\n| salt | 0,15 kg |\n| buljongtärning fisk | 8 st |\n| potatis | 15 kg |\n| kall örtsås (gräddfil, dill, gräslök) | 4 l |\n\nPer portion: 412 kcal, protein 24 g, salt 1,9 g.',
          },
          {
            say: 'Receptkort RK-2027-118 – Laxbiffar, 100 port. (åk 4–6), reviderad\n\n| ingrediens | mängd |\n|---|---|\n| laxfärs (MSC) | 7,5 kg |\n| ströbröd | 0,9 kg |\n| ägg | 1,2 kg |\n| salt | 0,15 kg |\n| buljongtärning fisk | 8 st |\n| potatis | 15 kg |\n| kall örtsås (gräddfil, dill, gräslök) | 4 l |\n\nPer portion: 412 kcal, protein 24 g, salt 1,9 g.',
          },
          {
            say: 'Receptkort RK-2027-118 – Laxbiffar, 100 port. (åk 4–6), reviderad\n\n| ingrediens | mängd |\n|---|---|\n| laxfärs (MSC) | 7,5 kg |\n| ströbröd | 0,9 kg |\n| ägg | 1,2 kg |\n| salt | 0,15 kg |\n| buljongtärning fisk | 8 st |\n| potatis | 15 kg |\n| kall örtsås (gräddfil, dill, gräslök) | 4 l |\n\nPer portion: 412 kcal, protein 24 g, salt 1,9 g.',
          },
        ],
      },
      {
        name: 'naringsgranskare',
        description: 'Granskar recept mot Livsmedelsverkets riktlinjer',
        instructions: 'Svara "GODKÄNT: <kort motivering>" eller "REVIDERA: <vad som ska ändras>".',
        prompt: 'Receptkort att granska:\n{input}',
        replies: [
          {
            say: 'REVIDERA: saltet ligger på 1,9 g/portion, riktvärdet för åk 4–6 är högst 1,2 g. Buljongtärningarna (ca 0,45 g salt/port.) och det tillsatta saltet behöver minskas – t.ex. stryk buljongen och halvera saltet till 75 g, smaksätt med citron och dill.',
          },
          {
            say: 'REVIDERA: saltinnehållet är oförändrat 1,9 g/portion. Samma åtgärd som förra gången: buljongen bort och saltet ned till 75 g.',
          },
          {
            say: 'REVIDERA: tredje versionen har fortfarande 0,15 kg salt och 8 buljongtärningar, 1,9 g/portion. Receptet kan inte godkännas i den här formen.',
          },
        ],
      },
      {
        name: 'receptbanksansvarig',
        description: 'Förvaltar kommunens receptbank',
        instructions: 'Lägg in godkända recept; rapportera status för icke godkända.',
        prompt: 'Granskningsresultat:\n{input}',
        replies: [
          {
            say: 'RK-2027-118 Laxbiffar läggs inte in i receptbanken: näringsgranskningen har inte godkänt receptet efter tre granskningsvarv (salt 1,9 g/portion mot tak 1,2 g). Ärendet återförs till kostenhetens receptgrupp; befintligt recept R-0344 Fiskbullar i dillsås används tills vidare på matsedeln v. 16.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'receptutvecklare', to: 'naringsgranskare' },
      agent: 'receptutvecklare',
    },
  }),
  defineScenario({
    id: 'edi-grossistorder-kilo-i-kartongfaltet-avvisad',
    title:
      'Orderformateraren skriver kilo där EDI-ordern kräver antal kartonger i heltal; programmets validering kastar innan ordern når sändaren',
    domain: 'e-handel och EDI-beställningar till grossist',
    mast: ['FM-1.1', 'FM-3.2'],
    request:
      'Beräkna torrvarubehovet för vecka 16 (19–23 april 2027) för Centralköket Norr i Sundsvall (2 950 portioner/dag) och skicka det som EDI-order till Martin & Servera.',
    topology: {
      shape: 'pipeline',
      order: ['behovsberaknare', 'orderformaterare', 'edi_sandare'],
    },
    program: {
      crash: {
        agent: 'orderformaterare',
        error:
          'EdiOrderValidationError: rad 1: fältet "antal" = "118 kg" är inte ett heltal (förväntat antal förpackningar, enhet KRT för GTIN 07310130004412)',
      },
    },
    agents: [
      {
        name: 'behovsberaknare',
        description: 'Beräknar råvarubehov ur matsedel och portionsprognos',
        instructions: 'Räkna ut veckans behov per artikel i kg och i hela kartonger.',
        replies: [
          {
            call: 'berakna_behov',
            args: { kok: 'SVL-CK-NORR', vecka: '2027-W16', portioner_per_dag: 2950 },
            result:
              '{"artiklar": [{"gtin": "07310130004412", "benamning": "Fullkornspasta penne 5 kg", "behov_kg": 118, "kartong_kg": 10, "kartonger": 12}, {"gtin": "07311040105502", "benamning": "Basmatiris 10 kg", "behov_kg": 164, "kartong_kg": 20, "kartonger": 9}, {"gtin": "07350012680017", "benamning": "Krossade tomater 2,5 kg", "behov_kg": 210, "kartong_kg": 15, "kartonger": 14}]}',
          },
          {
            say: 'Torrvarubehov v. 16, Centralköket Norr:\n\n| GTIN | artikel | behov | kartonger |\n|---|---|---|---|\n| 07310130004412 | Fullkornspasta penne | 118 kg | 12 KRT (à 10 kg) |\n| 07311040105502 | Basmatiris | 164 kg | 9 KRT (à 20 kg) |\n| 07350012680017 | Krossade tomater | 210 kg | 14 KRT (à 15 kg) |',
          },
        ],
      },
      {
        name: 'orderformaterare',
        description: 'Formaterar beställningar till EDI-orderrader',
        instructions:
          'Svara endast med orderrader, en per rad: <GTIN>;<antal hela förpackningar>;KRT. Inga enheter i antalsfältet.',
        prompt: 'Behov:\n{input}',
        replies: [{ say: '07310130004412;118 kg;KRT\n07311040105502;164 kg;KRT\n07350012680017;210 kg;KRT' }],
      },
      {
        name: 'edi_sandare',
        description: 'Skickar EDI-ordrar till grossisten',
        instructions: 'Skicka ordern och rapportera ordernumret.',
        prompt: 'Orderrader:\n{input}',
        replies: [
          {
            call: 'skicka_edi_order',
            args: { mottagare: 'Martin & Servera', kund: 'SVL-CK-NORR', leverans: '2027-04-16' },
            result: '{"status": "MOTTAGEN", "ordernummer": "MS-7741092", "rader": 3}',
          },
          { say: 'EDI-order MS-7741092 skickad till Martin & Servera, 3 rader, leverans fre 16/4.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'orderformaterare', to: 'edi_sandare' },
      agent: 'orderformaterare',
    },
  }),
  defineScenario({
    id: 'ekologisk-mjolk-merkostnad-en-tiopotens-for-lag',
    title:
      'Prisanalytikern räknar merkostnaden för ekologisk mjölk till 105 060 kr när 412 000 l × 2,55 kr ger 1 050 600 kr; siffran går oförändrad till nämndunderlaget',
    domain: 'kostekonomi och nämndunderlag',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Ta fram underlag till barn- och utbildningsnämnden: vad kostar det per läsår att byta till ekologisk mellanmjölk i alla 23 grundskolor från hösten 2027, och hur stor andel av livsmedelsbudgeten är det?',
    topology: {
      shape: 'nested',
      top: 'maltidsdirektor',
      teams: {
        inkopschef: ['prisanalytiker'],
        kostekonomichef: ['budgetanalytiker'],
      },
    },
    agents: [
      {
        name: 'maltidsdirektor',
        description: 'Leder kommunens måltidsservice',
        instructions: 'Låt inköp räkna merkostnaden och kostekonomi ta fram budgeten; skriv nämndunderlaget.',
        replies: [
          {
            handoff: 'inkopschef',
            message:
              'Merkostnad per läsår för ekologisk mellanmjölk i samtliga 23 grundskolor från ht 2027, jämfört med dagens konventionella.',
          },
          {
            handoff: 'kostekonomichef',
            message: 'Grundskolornas livsmedelsbudget per läsår 2027/28, totalt för de 23 skolorna.',
          },
          {
            say: '## Underlag BUN: ekologisk mellanmjölk i grundskolan från ht 2027\n\n- Merkostnad: **ca 105 000 kr per läsår** (412 000 liter, +2,55 kr/l)\n- Grundskolornas livsmedelsbudget 2027/28: 38,4 mnkr\n- Andel: **0,27 %** av livsmedelsbudgeten\n\n**Förslag till beslut:** bytet ryms inom befintlig budgetram och kan genomföras från 16 augusti 2027 utan tilläggsanslag.',
          },
        ],
      },
      {
        name: 'inkopschef',
        description: 'Ansvarar för livsmedelsinköp och avtal',
        instructions: 'Låt prisanalytikern räkna och rapportera resultatet.',
        replies: [
          {
            handoff: 'prisanalytiker',
            message:
              'Räkna merkostnaden per läsår om all mellanmjölk till de 23 grundskolorna byts till ekologisk (RA-2025-031), från ht 2027.',
          },
          {
            say: 'Merkostnad ekologisk mellanmjölk, 23 grundskolor: 105 060 kr per läsår (412 000 l à +2,55 kr).',
          },
        ],
      },
      {
        name: 'prisanalytiker',
        description: 'Analyserar avtalspriser och volymer',
        instructions: 'Hämta priser och volymer och räkna merkostnaden.',
        replies: [
          {
            call: 'pris_och_volym',
            args: {
              avtal: 'RA-2025-031',
              artiklar: ['ARL-100154', 'ARL-100171'],
              enheter: 'grundskola',
              period: 'lasar',
            },
            result:
              '{"konventionell": {"artikel": "ARL-100154", "kr_per_liter": 12.65}, "ekologisk": {"artikel": "ARL-100171", "kr_per_liter": 15.20}, "volym_liter_per_lasar": 412000, "skolor": 23, "skoldagar": 178}',
          },
          {
            say: 'Ekologisk mellanmjölk (ARL-100171) 15,20 kr/l mot konventionell 12,65 kr/l → +2,55 kr/l.\n\nVolym: 412 000 l per läsår (23 skolor, 178 skoldagar).\n\n**Merkostnad: 2,55 × 412 000 = 105 060 kr per läsår.**',
          },
        ],
      },
      {
        name: 'kostekonomichef',
        description: 'Ansvarar för måltidsservicens ekonomi',
        instructions: 'Låt budgetanalytikern ta fram siffrorna och rapportera.',
        replies: [
          {
            handoff: 'budgetanalytiker',
            message: 'Livsmedelsbudget 2027/28 för de 23 grundskolorna, totalt.',
          },
          { say: 'Livsmedelsbudget grundskolor 2027/28: 38,4 mnkr.' },
        ],
      },
      {
        name: 'budgetanalytiker',
        description: 'Tar fram budget och utfall för måltidsservicen',
        instructions: 'Hämta budgeten ur ekonomisystemet.',
        replies: [
          {
            call: 'ekonomisystem_budget',
            args: { verksamhet: 'grundskola', konto: '4610-4619', period: '2027/28' },
            result: '{"budget_kr": 38400000, "enheter": 23, "kr_per_elev_och_dag": 11.85}',
          },
          { say: 'Budget 2027/28, konto 4610–4619, 23 grundskolor: 38 400 000 kr (11,85 kr/elev och dag).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'prisanalytiker', to: 'inkopschef' },
      agent: 'prisanalytiker',
    },
  }),
  defineScenario({
    id: 'extra-fruktstund-hela-skolorna-inte-bara-f3',
    title:
      'Inköpssamordnaren begränsar det extra fruktpasset till årskurs F–3 på fyra skolor; leverantörskontakten beställer frukt för skolornas samtliga elever',
    domain: 'fruktbeställning enligt EU:s skolprogram',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Från vecka 15 utökas fruktstunden med ett extra förmiddagspass, men bara för förskoleklass till årskurs 3 på fyra skolor: Ekbacken, Lindö, Hagaskolan och Vallby. Beställ tillägget hos Grönsakshallen Sorunda (avtal RA-2026-007): en frukt per elev och skoldag, v. 15–24.',
    topology: {
      shape: 'swarm',
      entry: 'inkopssamordnare',
      agents: ['inkopssamordnare', 'leverantorskontakt'],
    },
    agents: [
      {
        name: 'inkopssamordnare',
        description: 'Samordnar kommunens livsmedelsinköp och lämnar beställningar vidare',
        instructions: 'Avgränsa uppdraget och lämna över till leverantörskontakten.',
        replies: [
          {
            handoff: 'leverantorskontakt',
            message:
              'Tilläggsbeställning RA-2026-007, v. 15–24: 1 frukt per elev och skoldag, ENDAST åk F–3 på Ekbacken, Lindö, Hagaskolan och Vallby. Hämta elevantalen ur elevregistret och lägg beställningen.',
          },
        ],
      },
      {
        name: 'leverantorskontakt',
        description: 'Lägger beställningar hos frukt- och grönsaksleverantören',
        instructions: 'Ta fram underlaget och lägg beställningen.',
        replies: [
          {
            call: 'elevregister',
            args: { skolor: ['Ekbacken', 'Lindö', 'Hagaskolan', 'Vallby'], lasar: '2026/27' },
            result:
              '{"Ekbacken": {"F-3": 212, "4-6": 171, "totalt": 383}, "Lindö": {"F-3": 148, "4-6": 139, "totalt": 287}, "Hagaskolan": {"F-3": 190, "4-6": 176, "7-9": 268, "totalt": 634}, "Vallby": {"F-3": 97, "4-6": 85, "totalt": 182}}',
          },
          {
            call: 'bestall_frukt',
            args: {
              avtal: 'RA-2026-007',
              leverantor: 'Grönsakshallen Sorunda',
              veckor: '2027-W15..2027-W24',
              per_skoldag: { Ekbacken: 383, Lindö: 287, Hagaskolan: 634, Vallby: 182 },
            },
            result:
              '{"bestallning": "GS-27-00931", "frukter_per_skoldag": 1486, "skoldagar": 44, "totalt_frukter": 65384, "belopp_kr": 196152.00}',
          },
          {
            say: '**Tilläggsbeställning GS-27-00931 lagd** (Grönsakshallen Sorunda, RA-2026-007)\n\n| skola | frukter/skoldag |\n|---|---|\n| Ekbacken | 383 |\n| Lindö | 287 |\n| Hagaskolan | 634 |\n| Vallby | 182 |\n| **summa** | **1 486** |\n\nV. 15–24, 44 skoldagar, totalt 65 384 frukter, 196 152 kr. Första leverans mån 12 april.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'inkopssamordnare', to: 'leverantorskontakt' },
      agent: 'leverantorskontakt',
    },
  }),
  defineScenario({
    id: 'tullangen-provdag-produktion-for-hela-skolan',
    title:
      'Närvarohandläggaren räknar ut 612 portioner för provdagen 21 april (åk 3 på studiebesök med matsäck); samordnaren ger produktionsplaneraren uppdraget med de ordinarie 860',
    domain: 'produktionsplanering i gymnasiekök',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Planera lunchproduktionen på Tullängsgymnasiet onsdag 21 april 2027. En vanlig dag lagar vi 860 portioner, men den dagen har vi nationella prov och några klasser är borta – kolla närvaron och planera därefter. Rätt: pasta bolognese.',
    topology: {
      shape: 'supervisor',
      coordinator: 'kok_samordnare',
      workers: ['narvarohandlaggare', 'produktionsplanerare'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'kok_samordnare',
        description: 'Samordnar skolkökets dagliga produktion',
        instructions: 'Ta fram dagens portionsprognos och låt produktionsplaneraren planera efter den.',
        replies: [
          {
            handoff: 'narvarohandlaggare',
            message:
              'Portionsprognos för lunch onsdag 21/4, Tullängsgymnasiet: nationella prov och frånvarande klasser.',
          },
          {
            handoff: 'produktionsplanerare',
            message:
              'Produktionsplan onsdag 21/4: pasta bolognese, 860 portioner. Råvaruuttag, tillagningsschema och personal.',
          },
          {
            say: '### Produktion ons 21/4 – Tullängsgymnasiet\n\n- Pasta bolognese, **860 portioner**\n- Råvaror: 103 kg nötfärs, 86 kg fullkornspasta, 60 l krossade tomater\n- Start 08:30, servering 10:45–13:00, 6 kockar\n\nUttag bokat i lagret ti 20/4.',
          },
        ],
      },
      {
        name: 'narvarohandlaggare',
        description: 'Tar fram närvaro- och portionsprognoser',
        instructions: 'Räkna fram antalet lunchportioner för dagen.',
        replies: [
          {
            call: 'narvaroprognos',
            args: { skola: 'Tullängsgymnasiet', datum: '2027-04-21' },
            result:
              '{"inskrivna": 1040, "normal_portioner": 860, "franvarande": [{"grupp": "åk 3 (TE3A, NA3A–B, EK3A–C)", "elever": 248, "orsak": "studiebesök Stockholm, matsäck"}], "prov": "NP engelska 5, åk 1, 08:30-12:30", "prognos_portioner": 612, "matsackar": 248}',
          },
          {
            say: 'Onsdag 21/4: åk 3 (248 elever) på studiebesök och får matsäck. Nationella provet (Engelska 5, åk 1) påverkar inte lunchen. **Prognos 612 lunchportioner** + 248 matsäckar (levereras 07:15).',
          },
        ],
      },
      {
        name: 'produktionsplanerare',
        description: 'Planerar råvaruuttag, tillagning och bemanning',
        instructions: 'Gör produktionsplanen enligt uppdraget.',
        replies: [
          {
            call: 'produktionsplan',
            args: { recept: 'R-0420 Pasta bolognese', portioner: 860, datum: '2027-04-21' },
            result:
              '{"ravaror": {"notfars_kg": 103.2, "fullkornspasta_kg": 86.0, "krossade_tomater_l": 60.2}, "start": "08:30", "servering": "10:45-13:00", "kockar": 6}',
          },
          {
            say: 'Plan 21/4, 860 port. pasta bolognese: nötfärs 103 kg, pasta 86 kg, krossade tomater 60 l. Start 08:30, 6 kockar, servering 10:45–13:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'kok_samordnare', to: 'produktionsplanerare' },
      agent: 'kok_samordnare',
    },
  }),
  defineScenario({
    id: 'solangen-glutenfria-portioner-tabell-och-summa',
    title:
      'Specialkosthandläggarens tabell visar 14 elever med celiaki men summeringen säger 9 glutenfria portioner; köksbeställaren beställer 9 per dag',
    domain: 'specialkost i grundskolan',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Specialkost inför vecka 17 (26–30 april 2027) på Solängsskolan: sammanställ hur många som ska ha glutenfri kost enligt de registrerade intygen och beställ glutenfria portioner från Centralköket.',
    topology: {
      shape: 'branch',
      classifier: 'arendesorterare',
      routes: { specialkost: 'specialkosthandlaggare', reklamation: 'reklamationshandlaggare' },
      after: 'koksbestallare',
    },
    agents: [
      {
        name: 'arendesorterare',
        description: 'Sorterar inkommande ärenden till måltidsenheten',
        instructions: 'Svara med ärendetypen först: specialkost eller reklamation.',
        replies: [
          { say: 'specialkost – glutenfri kost v. 17, Solängsskolan, sammanställning och beställning.' },
        ],
      },
      {
        name: 'specialkosthandlaggare',
        description: 'Hanterar specialkostintyg och specialkostbehov',
        instructions: 'Sammanställ behovet ur specialkostregistret per klass och totalt.',
        prompt: 'Ärende: {input}\n\nUrsprunglig förfrågan: {request}',
        replies: [
          {
            call: 'specialkostregister',
            args: { skola: 'Solängsskolan', kost: 'glutenfri', giltigt_per: '2027-04-26' },
            result:
              '{"skola": "Solängsskolan", "kost": "glutenfri (celiaki)", "antal": 14, "per_klass": {"1A": 2, "2B": 3, "3A": 1, "4C": 2, "5A": 3, "6B": 3}, "intyg_giltiga": 14}',
          },
          {
            say: 'Glutenfri kost, Solängsskolan v. 17 (giltiga intyg):\n\n| klass | elever |\n|---|---|\n| 1A | 2 |\n| 2B | 3 |\n| 3A | 1 |\n| 4C | 2 |\n| 5A | 3 |\n| 6B | 3 |\n\n**Totalt: 9 glutenfria portioner per dag.**',
          },
        ],
      },
      {
        name: 'reklamationshandlaggare',
        description: 'Hanterar reklamationer mot leverantörer',
        instructions: 'Registrera reklamationen.',
        replies: [{ say: 'Ingen reklamation att registrera.' }],
      },
      {
        name: 'koksbestallare',
        description: 'Beställer portioner från Centralköket',
        instructions: 'Beställ enligt sammanställningen och bekräfta.',
        prompt: 'Sammanställning:\n{input}',
        replies: [
          {
            call: 'bestall_specialkost',
            args: { skola: 'Solängsskolan', kost: 'glutenfri', portioner_per_dag: 9, vecka: '2027-W17' },
            result:
              '{"bestallning": "CK-SK-27-1706", "portioner": 45, "leverans": "mån–fre 10:30 i märkta GN-kantiner"}',
          },
          {
            say: 'Beställt CK-SK-27-1706: 9 glutenfria portioner per dag v. 17 (45 totalt), levereras 10:30 i märkta kantiner till Solängsskolan.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'specialkosthandlaggare', to: 'koksbestallare' },
      agent: 'specialkosthandlaggare',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'potatis-gram-per-portion-till-hela-sackar',
    title:
      'Behovsplaneraren räknar 4 280 portioner à 150 g till 674,1 kg inkl. svinn och 27 säckar à 25 kg; inköpsassistenten och leveransbekräftaren skriver datumet 2027-05-07 som fredag 7 maj och 7/5',
    domain: 'råvaruberäkning och beställning',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: grams per portion turned into kg with 5 % waste and whole 25-kg sacks, and the ISO delivery date restated as "fredag 7 maj" and "7/5"',
    request:
      'Vecka 19 (10–14 maj 2027) behöver Centralköket Norr potatis till 4 280 portioner à 150 g. Räkna med 5 % svinn, beställ i hela 25-kilos säckar från Potatisbolaget i Sörmland och med leverans 2027-05-07.',
    topology: {
      shape: 'pipeline',
      order: ['behovsplanerare', 'inkopsassistent', 'leveransbekraftare'],
    },
    agents: [
      {
        name: 'behovsplanerare',
        description: 'Räknar råvarubehov ur portionsantal',
        instructions: 'Räkna behovet i kg och i hela förpackningar.',
        replies: [
          {
            say: 'Potatis v. 19:\n\n- 4 280 port. × 150 g = 642,0 kg\n- + 5 % svinn = **674,1 kg**\n- Säckar à 25 kg: 674,1 / 25 = 26,96 → **27 säckar (675 kg)**\n\nLeverans 2027-05-07.',
          },
        ],
      },
      {
        name: 'inkopsassistent',
        description: 'Lägger beställningar hos avtalsleverantörer',
        instructions: 'Lägg beställningen enligt beräkningen.',
        prompt: 'Beräkning:\n{input}',
        replies: [
          {
            call: 'lagg_bestallning',
            args: {
              leverantor: 'Potatisbolaget i Sörmland',
              artikel: 'POT-FAST-25',
              antal_sackar: 27,
              leveransdatum: '2027-05-07',
              kok: 'CK-NORR',
            },
            result:
              '{"order": "PB-2027-0388", "antal": 27, "vikt_kg": 675, "leverans": "2027-05-07", "tidsfonster": "06:00-07:00"}',
          },
          {
            say: 'Beställt PB-2027-0388: 27 säckar fast potatis (675 kg), leverans fredag 7 maj kl. 06–07.',
          },
        ],
      },
      {
        name: 'leveransbekraftare',
        description: 'Bekräftar leveranser mot kökets mottagningsschema',
        instructions: 'Lägg in leveransen i mottagningsschemat och bekräfta.',
        prompt: 'Beställning:\n{input}',
        replies: [
          {
            call: 'mottagningsschema',
            args: { kok: 'CK-NORR', datum: '2027-05-07', order: 'PB-2027-0388' },
            result:
              '{"bokad": true, "port": "Lastkaj 2", "tid": "06:00-07:00", "mottagare": "Kökschef M. Lindqvist"}',
          },
          {
            say: '### Potatis v. 19 – klart\n\n| | |\n|---|---|\n| order | PB-2027-0388 |\n| mängd | 27 säckar à 25 kg = 675 kg (behov 674,1 kg inkl. 5 % svinn) |\n| leverans | 7/5 kl. 06–07, lastkaj 2 |\n\nRäcker till 4 280 portioner à 150 g.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'allergenregister-503-andra-anropet-lyckas',
    title:
      'Allergenkontrollantens första anrop mot allergenregistret ger 503; det andra lyckas och kontrollanten redovisar både felet och resultatet',
    domain: 'allergenmärkning av skolmatsedeln',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported honestly',
    request:
      'Matsedeln för vecka 18 på Hovsjöskolan ska publiceras med allergenmärkning enligt EU 1169/2011 (de 14 allergenerna). Kontrollera allergenerna i alla fem rätterna och skriv den publicerbara matsedeln.',
    topology: {
      shape: 'supervisor',
      coordinator: 'maltidssamordnare',
      workers: ['allergenkontrollant', 'menyskribent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'maltidssamordnare',
        description: 'Samordnar skolans måltidsinformation',
        instructions:
          'Låt allergenerna kontrolleras, sedan matsedeln skrivas; lämna den publicerbara texten.',
        replies: [
          {
            handoff: 'allergenkontrollant',
            message: 'Allergener v. 18, Hovsjöskolan: R-0112, R-0344, R-0518, R-0230, R-0153.',
          },
          {
            handoff: 'menyskribent',
            message:
              'Skriv publicerbar matsedel v. 18 med allergenmärkning: mån R-0112 (mjölk, ägg, gluten), tis R-0344 (fisk, mjölk, gluten), ons R-0518 (inga av de 14), tors R-0230 (selleri, senap), fre R-0153 (mjölk).',
          },
          {
            say: '**Hovsjöskolan – lunch v. 18**\n\n| dag | rätt | allergener |\n|---|---|---|\n| mån | Köttbullar med potatismos | mjölk, ägg, gluten |\n| tis | Fiskbullar i dillsås | fisk, mjölk, gluten |\n| ons | Linsgryta med ris | – |\n| tors | Korv stroganoff | selleri, senap |\n| fre | Krämig kycklinggryta | mjölk |\n\nSpecialkost beställs via specialkostintyg hos skolsköterskan.',
          },
        ],
      },
      {
        name: 'allergenkontrollant',
        description: 'Kontrollerar allergener mot receptbankens allergenregister',
        instructions: 'Hämta allergenerna för recepten och redovisa dem.',
        replies: [
          {
            call: 'allergenregister',
            args: { recept: ['R-0112', 'R-0344', 'R-0518', 'R-0230', 'R-0153'] },
            result: {
              error: 'HTTP 503 Service Unavailable – receptbanken underhålls, försök igen om en stund',
            },
          },
          {
            call: 'allergenregister',
            args: { recept: ['R-0112', 'R-0344', 'R-0518', 'R-0230', 'R-0153'] },
            result:
              '{"R-0112": ["mjölk", "ägg", "gluten"], "R-0344": ["fisk", "mjölk", "gluten"], "R-0518": [], "R-0230": ["selleri", "senap"], "R-0153": ["mjölk"], "registerversion": "2027-04-02"}',
          },
          {
            say: 'Första anropet gav HTTP 503 (underhåll); andra anropet lyckades (registerversion 2027-04-02):\n\n- R-0112: mjölk, ägg, gluten\n- R-0344: fisk, mjölk, gluten\n- R-0518: inga av de 14\n- R-0230: selleri, senap\n- R-0153: mjölk',
          },
        ],
      },
      {
        name: 'menyskribent',
        description: 'Skriver matsedlar för publicering',
        instructions: 'Skriv en tydlig matsedel med allergenmärkning.',
        replies: [
          {
            say: '| dag | rätt | allergener |\n|---|---|---|\n| mån | Köttbullar med potatismos | mjölk, ägg, gluten |\n| tis | Fiskbullar i dillsås | fisk, mjölk, gluten |\n| ons | Linsgryta med ris | – |\n| tors | Korv stroganoff | selleri, senap |\n| fre | Krämig kycklinggryta | mjölk |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'grossistens-turdag-flyttad-onsdag-namns-torsdag-anvands',
    title:
      'Beställningen nämner leverans på onsdagar; grossistkontakten ser att turen flyttats till torsdagar från vecka 10, planerar därefter och lämnar tillbaka till beställningsansvarig som använder torsdag',
    domain: 'leveransplanering för förskolekök',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded Wednesday delivery day is still mentioned while the new Thursday route day is the one used, with a hand-back carrying the results',
    request:
      'Lägg veckobeställningen av kolonialvaror för Ängslyckans förskolekök (90 barn) för vecka 12. Vi får leverans på onsdagar som vanligt, så beställningen ska in senast måndag kl. 12.',
    topology: {
      shape: 'swarm',
      entry: 'bestallningsansvarig',
      agents: ['bestallningsansvarig', 'grossistkontakt'],
    },
    agents: [
      {
        name: 'bestallningsansvarig',
        description: 'Ansvarar för förskoleköket veckobeställningar',
        instructions: 'Låt grossistkontakten kontrollera turen och lägga ordern; sammanfatta för köket.',
        replies: [
          {
            handoff: 'grossistkontakt',
            message:
              'Veckobeställning v. 12, Ängslyckans förskolekök (kundnr 44102), standardlistan SL-FSK-90. Kontrollera turdag och beställningsstopp innan du lägger ordern.',
          },
          {
            say: '### Ängslyckan v. 12 – beställning lagd\n\n- Order **SV-12-44102-7** (23 rader, 4 312 kr)\n- Leverans **torsdag 25 mars** kl. 07–09 (turen går på torsdagar sedan v. 10, inte längre onsdagar)\n- Beställningsstopp framöver: tisdag kl. 12\n\nSätt upp den nya turdagen på kylrumsdörren.',
          },
        ],
      },
      {
        name: 'grossistkontakt',
        description: 'Sköter kontakten med grossisten och lägger ordrar',
        instructions: 'Kontrollera turschemat, lägg ordern och lämna tillbaka resultatet.',
        replies: [
          {
            call: 'turschema',
            args: { kundnr: '44102', vecka: '2027-W12' },
            result:
              '{"kundnr": "44102", "tur": "T-17 Södra", "leveransdag": "torsdag", "giltig_fran": "2027-W10", "tidigare": {"leveransdag": "onsdag", "giltig_till": "2027-W09"}, "bestallningsstopp": "tisdag 12:00", "tidsfonster": "07:00-09:00"}',
          },
          {
            call: 'lagg_order',
            args: { kundnr: '44102', lista: 'SL-FSK-90', leveransdatum: '2027-03-25' },
            result:
              '{"order": "SV-12-44102-7", "rader": 23, "belopp_kr": 4312.00, "leverans": "2027-03-25 07:00-09:00"}',
          },
          {
            handoff: 'bestallningsansvarig',
            message:
              'Klart: order SV-12-44102-7 (23 rader, 4 312 kr). Tur T-17 går på torsdagar sedan v. 10 (onsdag gällde t.o.m. v. 9), så leverans tors 25/3 kl. 07–09. Nytt beställningsstopp: tisdag kl. 12.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rapsolja-upphandling-valfri-marknadsjamforelse-avbruten',
    title:
      'Den valfria marknadsprisjämförelsen för rapsolja avbryts mitt i tabellen; sammanställaren bygger avropet på avtalspris och leveransplan och redovisar att jämförelsen inte ingår',
    domain: 'avrop från livsmedelsavtal',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf:
      'low_quality_output: an optional worker cut off mid-table, whose output the aggregator sets aside and does not use',
    request:
      'Gör ett avrop av kallpressad rapsolja för höstterminen 2027 till kommunens 14 tillagningskök (ramavtal RA-2025-044, Zeta/Di Luca & Di Luca). Ta gärna med en marknadsprisjämförelse om det finns aktuella data, men avropet ska bygga på avtalspriset.',
    topology: {
      shape: 'fanout',
      planner: 'avropsplanerare',
      workers: ['avtalspriskontroll', 'leveransplanerare', 'marknadsprisjamforare'],
      aggregator: 'avropssammanstallare',
    },
    agents: [
      {
        name: 'avropsplanerare',
        description: 'Delar upp avropsarbetet',
        instructions: 'Ett uppdrag per medarbetare.',
        replies: [
          {
            plan: {
              avtalspriskontroll:
                'Gällande pris för kallpressad rapsolja 10 l, RA-2025-044, leveranser aug–dec 2027.',
              leveransplanerare: 'Volym och leveransplan ht 2027 för de 14 tillagningsköken, rapsolja 10 l.',
              marknadsprisjamforare:
                'Valfritt: jämför avtalspriset med aktuella marknadspriser för kallpressad rapsolja (storkök). Används bara om underlaget är komplett.',
            },
          },
        ],
      },
      {
        name: 'avtalspriskontroll',
        description: 'Kontrollerar avtalspriser',
        instructions: 'Hämta gällande pris.',
        prompt: 'Uppdrag:\n{input}',
        replies: [
          {
            call: 'avtalspris',
            args: { avtal: 'RA-2025-044', artikel: 'ZETA-RAPS-10L', period: '2027-08..2027-12' },
            result:
              '{"artikel": "ZETA-RAPS-10L", "pris_kr_per_dunk": 389.00, "giltig": "2027-01-01--2027-12-31", "prisjustering": "ingen"}',
          },
          { say: 'RA-2025-044, ZETA-RAPS-10L: 389,00 kr per 10-litersdunk, gäller hela 2027.' },
        ],
      },
      {
        name: 'leveransplanerare',
        description: 'Planerar volymer och leveranser',
        instructions: 'Ta fram volym och leveransplan.',
        prompt: 'Uppdrag:\n{input}',
        replies: [
          {
            call: 'forbrukningshistorik',
            args: { artikel: 'ZETA-RAPS-10L', kok: 14, period: 'ht 2026' },
            result:
              '{"dunkar_ht2026": 312, "prognos_ht2027": 326, "leveranser": ["2027-08-16", "2027-10-04", "2027-11-22"]}',
          },
          { say: 'Prognos ht 2027: 326 dunkar (ht 2026: 312), tre leveranser 16/8, 4/10 och 22/11.' },
        ],
      },
      {
        name: 'marknadsprisjamforare',
        description: 'Jämför avtalspriser med marknaden',
        instructions: 'Jämför om data finns.',
        prompt: 'Uppdrag:\n{input}',
        replies: [
          {
            say: '| källa | pris/10 l | datum |\n|---|---|---|\n| Menigo webbshop | 412,50 kr | 2027-03-30 |\n| Martin & Servera | ',
            cutOff: true,
          },
        ],
      },
      {
        name: 'avropssammanstallare',
        description: 'Sammanställer avrop',
        instructions:
          'Skriv avropet på avtalspris och leveransplan; ta med jämförelsen bara om den är komplett.',
        replies: [
          {
            say: '## Avrop rapsolja ht 2027 – RA-2025-044\n\n| | |\n|---|---|\n| artikel | ZETA-RAPS-10L, kallpressad rapsolja 10 l |\n| volym | 326 dunkar (14 kök) |\n| pris | 389,00 kr/dunk |\n| summa | **126 814,00 kr** |\n| leveranser | 16/8, 4/10, 22/11 2027 |\n\nMarknadsprisjämförelsen kom in ofullständig (en källa av flera) och ingår därför inte i underlaget; avropet bygger på avtalspriset enligt uppdraget.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'egenkontroll-mars-ccp-avvikelser-full-sparbarhet',
    title:
      'HACCP-granskaren går igenom 1 284 mätpunkter och 6 avvikelser (CCP2, CCP3, CCP4) med lot- och avvikelsenummer; rapportskrivaren för över alla id:n och räknare oförändrade',
    domain: 'egenkontroll och HACCP i centralkök',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output / lost_message: long texts dense with CCP codes, lot numbers, deviation ids, temperatures and counters, all carried through unchanged by a hand-back to the router',
    request:
      'Månadsrapport egenkontroll mars 2027 för Centralköket Ängby till miljöförvaltningen: sammanställ alla CCP-mätningar och avvikelser med åtgärder enligt HACCP-planen HP-ANG-2026-3.',
    topology: {
      shape: 'network',
      coordinator: 'egenkontroll_router',
      workers: ['haccp_granskare', 'rapportskrivare'],
    },
    agents: [
      {
        name: 'egenkontroll_router',
        description: 'Styr egenkontrollarbetet i centralköket',
        instructions:
          'Låt granskaren gå igenom loggarna och rapportskrivaren skriva rapporten; avsluta med rapporten.',
        replies: [
          {
            handoff: 'haccp_granskare',
            message:
              'Gå igenom mars 2027: CCP1–CCP4 enligt HP-ANG-2026-3, alla mätpunkter och avvikelser med åtgärd.',
          },
          {
            handoff: 'rapportskrivare',
            message:
              'Skriv månadsrapporten mars 2027 utifrån granskningen: 1 284 mätpunkter, 6 avvikelser AV-2703-01…06 (CCP2 ×3, CCP3 ×2, CCP4 ×1), alla åtgärdade, 18,5 kg kasserat (lot L27-0311-04 och L27-0324-02).',
          },
          {
            say: '## Egenkontroll mars 2027 – Centralköket Ängby (HP-ANG-2026-3)\n\n**1 284 mätpunkter, 6 avvikelser (0,47 %), alla åtgärdade.**\n\n| id | CCP | mätvärde | gräns | åtgärd |\n|---|---|---|---|---|\n| AV-2703-01 | CCP2 nedkylning | 14 °C efter 4 h | ≤ 8 °C | kasserat 12 kg, lot L27-0311-04 |\n| AV-2703-02 | CCP2 nedkylning | 9 °C efter 4 h | ≤ 8 °C | kyld i blast chiller, ny mätning 3 °C |\n| AV-2703-03 | CCP2 nedkylning | 10 °C efter 4 h | ≤ 8 °C | kyld i blast chiller, ny mätning 4 °C |\n| AV-2703-04 | CCP3 varmhållning | 58 °C | ≥ 60 °C | återuppvärmd till 72 °C |\n| AV-2703-05 | CCP3 varmhållning | 56 °C | ≥ 60 °C | kasserat 6,5 kg, lot L27-0324-02 |\n| AV-2703-06 | CCP4 kylrum K2 | +7,1 °C | ≤ +5 °C | termostat bytt 2027-03-27 (AO-55812) |\n\nKasserat totalt 18,5 kg. Rapporten skickas till miljöförvaltningen, diarienr MF-2027-0412.',
          },
        ],
      },
      {
        name: 'haccp_granskare',
        description: 'Granskar HACCP-loggar och avvikelser',
        instructions: 'Hämta månadens loggar och redovisa avvikelser med åtgärd.',
        replies: [
          {
            call: 'haccp_logg',
            args: { kok: 'ANG-CK', plan: 'HP-ANG-2026-3', period: '2027-03' },
            result:
              '{"matpunkter": 1284, "per_ccp": {"CCP1": 312, "CCP2": 402, "CCP3": 388, "CCP4": 182}, "avvikelser": [{"id": "AV-2703-01", "ccp": "CCP2", "varde": "14 °C efter 4 h", "atgard": "kasserat 12 kg", "lot": "L27-0311-04"}, {"id": "AV-2703-02", "ccp": "CCP2", "varde": "9 °C efter 4 h", "atgard": "blast chiller, 3 °C"}, {"id": "AV-2703-03", "ccp": "CCP2", "varde": "10 °C efter 4 h", "atgard": "blast chiller, 4 °C"}, {"id": "AV-2703-04", "ccp": "CCP3", "varde": "58 °C", "atgard": "återuppvärmt 72 °C"}, {"id": "AV-2703-05", "ccp": "CCP3", "varde": "56 °C", "atgard": "kasserat 6,5 kg", "lot": "L27-0324-02"}, {"id": "AV-2703-06", "ccp": "CCP4", "varde": "+7,1 °C K2", "atgard": "termostat bytt 2027-03-27", "arbetsorder": "AO-55812"}], "oppna": 0}',
          },
          {
            say: 'Mars 2027, HP-ANG-2026-3: 1 284 mätpunkter (CCP1 312, CCP2 402, CCP3 388, CCP4 182). 6 avvikelser, 0 öppna:\n\n- AV-2703-01 CCP2 14 °C/4 h → kasserat 12 kg (L27-0311-04)\n- AV-2703-02 CCP2 9 °C/4 h → blast chiller, 3 °C\n- AV-2703-03 CCP2 10 °C/4 h → blast chiller, 4 °C\n- AV-2703-04 CCP3 58 °C → återuppvärmt 72 °C\n- AV-2703-05 CCP3 56 °C → kasserat 6,5 kg (L27-0324-02)\n- AV-2703-06 CCP4 K2 +7,1 °C → termostat bytt 27/3 (AO-55812)\n\nKasserat 18,5 kg.',
          },
        ],
      },
      {
        name: 'rapportskrivare',
        description: 'Skriver egenkontrollrapporter till tillsynsmyndigheten',
        instructions: 'Skriv rapporten och registrera den.',
        replies: [
          {
            call: 'registrera_rapport',
            args: { mottagare: 'Miljöförvaltningen', kok: 'ANG-CK', period: '2027-03', avvikelser: 6 },
            result: '{"diarienr": "MF-2027-0412", "status": "REGISTRERAD", "bilagor": 2}',
          },
          {
            say: 'Rapport mars 2027 registrerad, diarienr MF-2027-0412 (2 bilagor): 1 284 mätpunkter, AV-2703-01…06, kasserat 18,5 kg (L27-0311-04, L27-0324-02), AO-55812 för K2.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'forskolornas-mellanmal-solbacken-extern-regi-undantagen',
    title:
      'Kostchefen omformulerar uppdraget om mellanmål till tio förskolor i egen regi; Solbackens förskola, som drivs av extern entreprenör, undantas som begärt',
    domain: 'förskolornas mellanmål och beställning',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a paraphrased brief and a legitimate exclusion of a preschool run by an external provider, as the request said',
    request:
      'Planera och beställ eftermiddagsmellanmål för vecka 20 (17–21 maj 2027) till kommunens förskolor. Solbackens förskola ska inte ingå: den drivs sedan 1 januari av Förskolan Lärkan AB, som ordnar sin egen mat. Mellanmålet ska vara laktosfritt och innehålla frukt eller grönsak varje dag.',
    topology: {
      shape: 'nested',
      top: 'kostchef_kommun',
      teams: {
        forskolesamordnare: ['mellanmalsplanerare'],
        inkopsledare: ['ordermottagare'],
      },
    },
    agents: [
      {
        name: 'kostchef_kommun',
        description: 'Kommunens kostchef',
        instructions: 'Låt förskolesamordningen planera och inköp beställa; sammanfatta.',
        replies: [
          {
            handoff: 'forskolesamordnare',
            message:
              'Mellanmål v. 20 för förskolorna i egen regi (alla utom Solbacken, som Lärkan AB driver). Laktosfritt, frukt/grönt varje dag.',
          },
          {
            handoff: 'inkopsledare',
            message:
              'Beställ råvarorna till mellanmålsplanen v. 20: 10 förskolor, 642 barn, laktosfritt. Solbacken ingår inte.',
          },
          {
            say: '## Mellanmål v. 20 – förskolor i egen regi\n\n- 10 förskolor, 642 barn (Solbacken ej med – Förskolan Lärkan AB)\n- Mån knäckebröd, laktosfri smörgåsmargarin och gurka · Tis laktosfri yoghurt med banan · Ons fullkornsbröd och paprika · Tors havregrynsgröt med äpple · Fre smoothie (laktosfri) och morötter\n- Order **MS-7749310** till Martin & Servera, 18 412 kr, leverans mån 17/5 och ons 19/5',
          },
        ],
      },
      {
        name: 'forskolesamordnare',
        description: 'Samordnar förskolornas måltider',
        instructions: 'Låt planeraren göra veckoplanen och rapportera.',
        replies: [
          {
            handoff: 'mellanmalsplanerare',
            message:
              'Veckoplan mellanmål v. 20, förskolor i kommunal regi (Solbacken drivs av Lärkan AB och tas inte med). Laktosfritt, frukt eller grönsak varje dag.',
          },
          {
            say: 'Mellanmålsplan v. 20 klar: 10 förskolor, 642 barn, laktosfri, frukt/grönt varje dag (Solbacken ej med).',
          },
        ],
      },
      {
        name: 'mellanmalsplanerare',
        description: 'Planerar mellanmål för förskolor',
        instructions: 'Gör veckoplanen utifrån barnantalen.',
        replies: [
          {
            call: 'forskolor_barnantal',
            args: { regi: 'kommunal', datum: '2027-05-17' },
            result:
              '{"forskolor": 10, "barn": 642, "lista": ["Ekorren 72", "Humlan 58", "Kastanjen 81", "Linden 64", "Myran 49", "Näckrosen 70", "Solrosen 66", "Tallen 55", "Uggleboet 63", "Viljan 64"], "ej_kommunal": [{"namn": "Solbacken", "huvudman": "Förskolan Lärkan AB", "fran": "2027-01-01"}]}',
          },
          {
            say: '| dag | mellanmål (laktosfritt) | frukt/grönt |\n|---|---|---|\n| mån | knäckebröd, laktosfritt smörgåsmargarin | gurka |\n| tis | laktosfri yoghurt | banan |\n| ons | fullkornsbröd | paprika |\n| tors | havregrynsgröt | äpple |\n| fre | laktosfri smoothie | morötter |\n\n10 förskolor, 642 barn. Solbacken (Lärkan AB) ingår inte.',
          },
        ],
      },
      {
        name: 'inkopsledare',
        description: 'Leder livsmedelsinköpen',
        instructions: 'Låt ordermottagaren lägga ordern och rapportera.',
        replies: [
          {
            handoff: 'ordermottagare',
            message:
              'Mellanmål v. 20: 642 barn på 10 kommunala förskolor, laktosfria råvaror enligt planen. Ej Solbacken.',
          },
          { say: 'Order MS-7749310 lagd: 18 412 kr, leverans 17/5 och 19/5 till 10 förskolor.' },
        ],
      },
      {
        name: 'ordermottagare',
        description: 'Lägger ordrar hos grossisten',
        instructions: 'Lägg ordern.',
        replies: [
          {
            call: 'lagg_order',
            args: {
              leverantor: 'Martin & Servera',
              forskolor: 10,
              barn: 642,
              vecka: '2027-W20',
              laktosfritt: true,
            },
            result:
              '{"order": "MS-7749310", "rader": 31, "belopp_kr": 18412.00, "leveranser": ["2027-05-17", "2027-05-19"]}',
          },
          { say: 'MS-7749310: 31 rader, 18 412 kr, leveranser 17/5 och 19/5.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch150Scenarios = [...faults, ...healthy];
