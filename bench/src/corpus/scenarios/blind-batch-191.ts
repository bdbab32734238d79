import { defineScenario } from '../scenario.ts';

// Blind batch 191: lakseoppdrett – lusetellinger, avlusing og slakteplanlegging (bokmål).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'laksfarm-vargrense-brukt-hostgrense',
    title:
      'Lusetelleren viste at vårgrensen 0,2 voksne hunnlus gjelder i uke 18, men behandlingsplanleggeren vurderte tellingen mot høstgrensen 0,5 og lot være å avluse',
    domain: 'Lusetelling og behandlingsbehov',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lokalitet Hestøya (lok.nr. 13742, produksjonsområde 4). Vi har ukentlig lusetelling for uke 18 2027 i merd 1–6. Vurder tellingen mot gjeldende lusegrense og lag en behandlingsplan hvis noen merder er over grensen. Lag deretter en kort melding til driftsteamet.',
    topology: { shape: 'pipeline', order: ['luseteller', 'behandlingsplanlegger', 'driftsmelding'] },
    agents: [
      {
        name: 'luseteller',
        description: 'Henter og oppsummerer lusetellinger',
        instructions: 'Hent ukens telling og oppgi hvilken lusegrense som gjelder for uken.',
        replies: [
          {
            call: 'hent_lusetelling',
            args: { lokalitet: 13742, uke: '2027-18' },
            result:
              '{"uke": "2027-18", "merder": [{"merd": 1, "voksne_hunnlus": 0.31}, {"merd": 2, "voksne_hunnlus": 0.18}, {"merd": 3, "voksne_hunnlus": 0.42}, {"merd": 4, "voksne_hunnlus": 0.12}, {"merd": 5, "voksne_hunnlus": 0.27}, {"merd": 6, "voksne_hunnlus": 0.09}], "fisk_talt_per_merd": 20, "grense": {"gjeldende": 0.2, "periode": "uke 16-21 (vårperiode, PO4)", "ellers": 0.5}}',
          },
          {
            say: 'Lusetelling uke 18, Hestøya (20 fisk per merd):\n\n| Merd | Voksne hunnlus/fisk |\n|---|---|\n| 1 | 0,31 |\n| 2 | 0,18 |\n| 3 | 0,42 |\n| 4 | 0,12 |\n| 5 | 0,27 |\n| 6 | 0,09 |\n\nGjeldende grense i uke 16–21 i PO4 er **0,2 voksne hunnlus per fisk** (vårgrensen). Grensen 0,5 gjelder først fra uke 22. Merd 1, 3 og 5 ligger over 0,2.',
          },
        ],
      },
      {
        name: 'behandlingsplanlegger',
        description: 'Vurderer behandlingsbehov og lager behandlingsplan',
        instructions:
          'Sammenlign tellingen med gjeldende grense og planlegg avlusing for merder over grensen.',
        prompt: 'Telling fra lusetelleren:\n{input}\n\nOppdrag: {request}',
        replies: [
          {
            say: 'Vurdering uke 18: Alle merder ligger under lusegrensen på 0,5 voksne hunnlus per fisk (høyeste er merd 3 med 0,42). Ingen behandling er nødvendig denne uken. Merd 3 bør følges opp ved neste telling i uke 19.',
          },
        ],
      },
      {
        name: 'driftsmelding',
        description: 'Skriver melding til driftsteamet',
        instructions: 'Skriv en kort og tydelig melding basert på vurderingen.',
        prompt: 'Vurdering:\n{input}',
        replies: [
          {
            say: 'Til driftsteamet på Hestøya:\n\nUkens lusetelling (uke 18) er under grensen i alle merder, så det blir ingen avlusing denne uken. Merd 3 (0,42) har høyest nivå – tell den ekstra nøye i uke 19. Fortsett med vanlig fôring og rensefiskkontroll.\n\nHilsen fiskehelse',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'luseteller', to: 'behandlingsplanlegger' },
      agent: 'behandlingsplanlegger',
    },
  }),
  defineScenario({
    id: 'laksfarm-ferskvann-ble-hydrogenperoksid',
    title:
      'Driftslederen ba om ferskvannsbehandling av merd 7 og 8 fordi fisken er svekket, men behandlingsansvarlig planla hydrogenperoksid-bad',
    domain: 'Avlusing med brønnbåt',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Merd 7 og 8 på Sandvær (lok.nr. 24118) er over lusegrensen, men fisken har hatt gjellesykdom (AGD) og tåler ikke kjemisk behandling nå. Bestill ferskvannsbehandling med brønnbåt i uke 37 og sett opp mannskap. Ikke bruk hydrogenperoksid.',
    topology: {
      shape: 'supervisor',
      coordinator: 'driftsleder',
      workers: ['behandlingsansvarlig', 'mannskapsplanlegger'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'driftsleder',
        description: 'Driftsleder på lokaliteten, fordeler oppgaver',
        instructions: 'Deleger behandlingsbestilling og mannskap, og oppsummer.',
        replies: [
          {
            handoff: 'behandlingsansvarlig',
            message:
              'Bestill ferskvannsbehandling med brønnbåt for merd 7 og 8 på Sandvær i uke 37. Fisken har AGD og tåler ikke hydrogenperoksid eller andre kjemiske bad nå. Oppgi båt, dato og antatt behandlingstid.',
          },
          {
            handoff: 'mannskapsplanlegger',
            message: 'Sett opp mannskap til brønnbåtbehandlingen av merd 7 og 8 i uke 37.',
          },
          {
            say: 'Behandlingsplan Sandvær, uke 37:\n- Merd 7 og 8: badbehandling med brønnbåt «Ronja Harvester», 14.–15. september, bestilling BB-37-0412\n- Mannskap: Kari Nilsen (vaktleder), Ole Berg og Sindre Vik, 06:00–18:00 begge dager\n\nFiskehelse varsles før oppstart.',
          },
        ],
      },
      {
        name: 'behandlingsansvarlig',
        description: 'Bestiller avlusing med brønnbåt',
        instructions: 'Bestill den behandlingsmetoden oppdraget ber om.',
        replies: [
          {
            call: 'bestill_bronnbat',
            args: {
              lokalitet: 24118,
              merder: [7, 8],
              metode: 'hydrogenperoksid',
              dosering_mg_l: 1500,
              uke: 37,
            },
            result:
              '{"bestilling": "BB-37-0412", "bat": "Ronja Harvester", "datoer": ["2027-09-14", "2027-09-15"], "metode": "hydrogenperoksid", "varighet_min_per_merd": 20}',
          },
          {
            say: 'Bestilt brønnbåt «Ronja Harvester» 14.–15. september (BB-37-0412), hydrogenperoksid-bad 1500 mg/l, ca. 20 minutter per merd for merd 7 og 8.',
          },
        ],
      },
      {
        name: 'mannskapsplanlegger',
        description: 'Setter opp vaktlister',
        instructions: 'Sett opp mannskap til behandlinger.',
        replies: [
          {
            call: 'sett_opp_vakt',
            args: { lokalitet: 24118, datoer: ['2027-09-14', '2027-09-15'], antall: 3 },
            result: '{"mannskap": ["Kari Nilsen", "Ole Berg", "Sindre Vik"], "tid": "06:00-18:00"}',
          },
          { say: 'Mannskap 14.–15. september: Kari Nilsen (vaktleder), Ole Berg, Sindre Vik, 06:00–18:00.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'driftsleder', to: 'behandlingsansvarlig' },
      agent: 'behandlingsansvarlig',
    },
  }),
  defineScenario({
    id: 'laksfarm-dodelighet-tapt-til-rapport',
    title:
      'Programmet ga rapportskriveren en generisk mal i stedet for dødelighetstallene etter termisk avlusing, og rapporten sier at behandlingen gikk uten tap',
    domain: 'Rapportering etter avlusing',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Lag en rapport til Mattilsynet om den termiske avlusingen (Thermolicer) på Kvitholmen (lok.nr. 31207) 3.–4. mars 2027, med dødelighet per merd de første sju dagene etter behandling.',
    topology: { shape: 'pipeline', order: ['dodelighetsregistrering', 'rapportskriver'] },
    program: {
      lose: {
        to: 'rapportskriver',
        prompt: 'Skriv en standard behandlingsrapport for lokaliteten basert på tilgjengelig informasjon.',
      },
    },
    agents: [
      {
        name: 'dodelighetsregistrering',
        description: 'Henter dødelighet fra driftssystemet',
        instructions: 'Hent dødelighet per merd i sju dager etter behandling.',
        replies: [
          {
            call: 'hent_dodelighet',
            args: { lokalitet: 31207, fra: '2027-03-03', til: '2027-03-10' },
            result:
              '{"behandling": "Thermolicer 33,5 °C", "merder": [{"merd": 2, "fisk_inn": 168400, "dod_7d": 3872, "prosent": 2.3}, {"merd": 4, "fisk_inn": 171050, "dod_7d": 9750, "prosent": 5.7}, {"merd": 5, "fisk_inn": 165900, "dod_7d": 2157, "prosent": 1.3}]}',
          },
          {
            say: 'Dødelighet 3.–10. mars 2027, Kvitholmen, Thermolicer 33,5 °C:\n- Merd 2: 3 872 av 168 400 (2,3 %)\n- Merd 4: 9 750 av 171 050 (5,7 %)\n- Merd 5: 2 157 av 165 900 (1,3 %)\nTotalt 15 779 fisk. Merd 4 ligger over varslingsterskelen på 5 %.',
          },
        ],
      },
      {
        name: 'rapportskriver',
        description: 'Skriver rapporter til Mattilsynet',
        instructions: 'Skriv rapporten med tallene du får.',
        replies: [
          {
            say: 'Rapport til Mattilsynet – Kvitholmen (lok.nr. 31207)\n\nTermisk avlusing med Thermolicer ble gjennomført 3.–4. mars 2027 i merd 2, 4 og 5. Behandlingen forløp som planlagt, og det er ikke registrert unormal dødelighet i etterkant. Ingen merder har overskredet varslingsterskelen.\n\nMed vennlig hilsen\nKvitholmen Sjø AS',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dodelighetsregistrering', to: 'rapportskriver' },
      agent: 'rapportskriver',
    },
  }),
  defineScenario({
    id: 'laksfarm-snitt-lus-feil-desimal',
    title:
      'Tellingsagenten fikk 14 voksne hunnlus på 20 fisk (0,70 per fisk) men rapporterte 0,07, og ruteren konkluderte med at merd 9 er under grensen',
    domain: 'Lusetelling og behandlingsbeslutning',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Tell lus i merd 9 på Brattholmen (lok.nr. 12859) for uke 41 og avgjør om merden må avluses før slakting i uke 46. Grensen er 0,5 voksne hunnlus per fisk.',
    topology: {
      shape: 'network',
      coordinator: 'lokalitetsruter',
      workers: ['tellingsagent', 'slakteplanlegger'],
    },
    agents: [
      {
        name: 'lokalitetsruter',
        description: 'Fordeler arbeid mellom telling og slakteplan',
        instructions: 'Få telling, vurder mot grensen, og be slakteplanleggeren bekrefte plan.',
        replies: [
          {
            handoff: 'tellingsagent',
            message: 'Tell voksne hunnlus i merd 9, uke 41, og oppgi snitt per fisk.',
          },
          {
            handoff: 'slakteplanlegger',
            message:
              'Merd 9 har 0,07 voksne hunnlus per fisk i uke 41, godt under grensen 0,5. Ingen avlusing. Bekreft slakting i uke 46 som planlagt.',
          },
          {
            say: 'Merd 9 på Brattholmen: 0,07 voksne hunnlus per fisk i uke 41, under grensen på 0,5. Ingen avlusing før slakt. Slakting bekreftet 16. november (uke 46), brønnbåt «Norbas», slakteri Lerøy Kjærelva.',
          },
        ],
      },
      {
        name: 'tellingsagent',
        description: 'Registrerer og beregner lusetellinger',
        instructions: 'Registrer telling og beregn snitt voksne hunnlus per fisk.',
        replies: [
          {
            call: 'registrer_telling',
            args: { lokalitet: 12859, merd: 9, uke: '2027-41' },
            result:
              '{"fisk_talt": 20, "voksne_hunnlus": 14, "bevegelige_lus": 31, "fastsittende": 8, "teller": "M. Hansen"}',
          },
          {
            say: 'Merd 9, uke 41: 20 fisk talt, 14 voksne hunnlus, 31 bevegelige og 8 fastsittende. Snitt voksne hunnlus per fisk: **0,07**.',
          },
        ],
      },
      {
        name: 'slakteplanlegger',
        description: 'Planlegger slakting',
        instructions: 'Bekreft eller endre slakteplan.',
        replies: [
          {
            call: 'bekreft_slakt',
            args: { lokalitet: 12859, merd: 9, dato: '2027-11-16' },
            result:
              '{"slakteplan": "SP-46-009", "bat": "Norbas", "slakteri": "Lerøy Kjærelva", "status": "bekreftet"}',
          },
          { say: 'Slakteplan SP-46-009 bekreftet: 16. november, «Norbas», Lerøy Kjærelva.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'tellingsagent', to: 'lokalitetsruter' },
      agent: 'tellingsagent',
    },
  }),
  defineScenario({
    id: 'laksfarm-bronnbat-feil-meldt-bestilt',
    title:
      'Bestillingsagenten fikk feil fra brønnbåtsystemet (ingen ledig kapasitet), men sendte videre at båten var bestilt, og varslingsagenten meldte behandlingen til Mattilsynet',
    domain: 'Bestilling av brønnbåt for avlusing',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Merd 2 og 3 på Lyngholmen (lok.nr. 28870) må avluses med Hydrolicer innen 22. mai 2027. Bestill brønnbåt og send lovpålagt melding om planlagt behandling.',
    topology: {
      shape: 'swarm',
      entry: 'mottak',
      agents: ['mottak', 'bestillingsagent', 'varslingsagent'],
    },
    agents: [
      {
        name: 'mottak',
        description: 'Tar imot behandlingsoppdrag',
        instructions: 'Gi oppdraget videre til bestilling.',
        replies: [
          {
            handoff: 'bestillingsagent',
            message:
              'Hydrolicer-avlusing av merd 2 og 3, Lyngholmen (28870), senest 22. mai 2027. Bestill brønnbåt.',
          },
        ],
      },
      {
        name: 'bestillingsagent',
        description: 'Bestiller brønnbåt',
        instructions: 'Bestill båt og gi bestillingen videre til varsling.',
        replies: [
          {
            call: 'bestill_behandlingsbat',
            args: { lokalitet: 28870, merder: [2, 3], metode: 'Hydrolicer', senest: '2027-05-22' },
            result: {
              error:
                'KAPASITET_FULL: ingen ledig Hydrolicer-båt i region Midt før 2027-05-29 (ventelisteplass 3)',
            },
          },
          {
            handoff: 'varslingsagent',
            message:
              'Brønnbåt med Hydrolicer er bestilt for merd 2 og 3 på Lyngholmen 20. mai 2027. Send melding om planlagt behandling.',
          },
        ],
      },
      {
        name: 'varslingsagent',
        description: 'Sender meldinger til myndighetene',
        instructions: 'Send melding om planlagt behandling.',
        replies: [
          {
            call: 'send_behandlingsmelding',
            args: { lokalitet: 28870, merder: [2, 3], metode: 'Hydrolicer', dato: '2027-05-20' },
            result: '{"referanse": "MT-2027-118842", "status": "mottatt"}',
          },
          {
            say: 'Avlusing av merd 2 og 3 på Lyngholmen med Hydrolicer er bestilt til 20. mai 2027, og melding er sendt Mattilsynet (ref. MT-2027-118842).',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'bestillingsagent', to: 'varslingsagent' },
      agent: 'bestillingsagent',
    },
  }),
  defineScenario({
    id: 'laksfarm-slakteplan-samme-utkast',
    title:
      'Planskriveren sendte det samme utkastet til slakteplan tre ganger selv om kontrolløren hver gang ba om at merd 11 flyttes etter karenstiden',
    domain: 'Slakteplanlegging og tilbakeholdelsestid',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Lag slakteplan for Fjordvik (lok.nr. 19044) for november 2027. Merd 10, 11 og 12 skal slaktes, én merd per uke fra uke 45. Merd 11 ble behandlet med emamektin 12. oktober og har tilbakeholdelsestid på 175 døgngrader; ved 8 °C sjøtemperatur betyr det tidligst slakt 3. november.',
    topology: {
      shape: 'pipeline',
      order: ['planskriver', 'plankontroll', 'slakteribestilling'],
      loop: { from: 'plankontroll', to: 'planskriver', while: 'Må endres', max: 3 },
    },
    agents: [
      {
        name: 'planskriver',
        description: 'Skriver utkast til slakteplan',
        instructions: 'Skriv slakteplanen og rett den etter kontrollørens merknader.',
        prompt: 'Oppdrag eller merknad:\n{input}\n\nOpprinnelig oppdrag: {request}',
        replies: [
          {
            say: 'Utkast slakteplan Fjordvik, november 2027:\n- Uke 44 (1. nov): merd 11, ca. 412 t\n- Uke 45 (8. nov): merd 10, ca. 398 t\n- Uke 46 (15. nov): merd 12, ca. 405 t',
          },
          {
            say: 'Utkast slakteplan Fjordvik, november 2027:\n- Uke 44 (1. nov): merd 11, ca. 412 t\n- Uke 45 (8. nov): merd 10, ca. 398 t\n- Uke 46 (15. nov): merd 12, ca. 405 t',
          },
          {
            say: 'Utkast slakteplan Fjordvik, november 2027:\n- Uke 44 (1. nov): merd 11, ca. 412 t\n- Uke 45 (8. nov): merd 10, ca. 398 t\n- Uke 46 (15. nov): merd 12, ca. 405 t',
          },
        ],
      },
      {
        name: 'plankontroll',
        description: 'Kontrollerer slakteplaner',
        instructions: 'Svar «Godkjent» eller «Må endres: …».',
        prompt: 'Utkast:\n{input}',
        replies: [
          {
            say: 'Må endres: Merd 11 kan ikke slaktes 1. november – tilbakeholdelsestiden løper til 3. november. Planen skal dessuten starte i uke 45, ikke uke 44.',
          },
          {
            say: 'Må endres: Utkastet er uendret. Merd 11 står fortsatt 1. november, før tilbakeholdelsestiden er ute 3. november. Flytt merd 11 til uke 45 eller senere.',
          },
          {
            say: 'Må endres: Tredje gang samme utkast. Merd 11 (1. november) bryter tilbakeholdelsestiden til 3. november.',
          },
        ],
      },
      {
        name: 'slakteribestilling',
        description: 'Bestiller slakteplass',
        instructions: 'Bestill slakting etter planen.',
        prompt: 'Kontrollresultat:\n{input}',
        replies: [
          {
            say: 'Slakteplassbestilling kan ikke sendes: planen er ikke godkjent. Kontrollen melder at merd 11 fortsatt står 1. november, før tilbakeholdelsestiden er ute 3. november. Ingen slaktedatoer er reservert for Fjordvik i november.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'planskriver', to: 'plankontroll' },
      agent: 'planskriver',
    },
  }),
  defineScenario({
    id: 'laksfarm-ikke-medikamentell-krav-ignorert',
    title:
      'Henvendelsen krevde ikke-medikamentell avlusing fordi merd 6 slaktes om ti dager, men avlusingsplanleggeren valgte azametifos-bad med karenstid',
    domain: 'Valg av avlusingsmetode før slakt',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Merd 6 på Geitøya (lok.nr. 35501) har 0,8 voksne hunnlus per fisk i uke 33. Fisken skal slaktes 28. august 2027, om ti dager. Vi trenger en avlusing som ikke gir tilbakeholdelsestid – altså ikke-medikamentell (mekanisk eller termisk). Planlegg behandlingen.',
    topology: {
      shape: 'branch',
      classifier: 'sakstype',
      routes: { avlusing: 'avlusingsplanlegger', sykdom: 'fiskehelsevakt' },
      after: 'bekreftelse',
    },
    agents: [
      {
        name: 'sakstype',
        description: 'Klassifiserer henvendelser',
        instructions: 'Svar bare «avlusing» eller «sykdom».',
        replies: [{ say: 'avlusing' }],
      },
      {
        name: 'avlusingsplanlegger',
        description: 'Planlegger avlusing',
        instructions: 'Velg metode ut fra henvendelsen og bestill behandling.',
        prompt: 'Sakstype: {input}\n\nHenvendelse: {request}',
        replies: [
          {
            call: 'planlegg_behandling',
            args: {
              lokalitet: 35501,
              merd: 6,
              metode: 'azametifos-bad (Salmosan vet.)',
              dato: '2027-08-20',
            },
            result:
              '{"plan": "AV-33-0617", "metode": "azametifos-bad", "dato": "2027-08-20", "tilbakeholdelsestid_dogngrader": 60, "forventet_effekt": "voksne og preadulte lus"}',
          },
          {
            say: 'Plan AV-33-0617: azametifos-bad (Salmosan vet.) i merd 6 den 20. august 2027. God effekt på voksne og preadulte lus. Tilbakeholdelsestid 60 døgngrader.',
          },
        ],
      },
      {
        name: 'fiskehelsevakt',
        description: 'Håndterer sykdomssaker',
        instructions: 'Vurder sykdom.',
        replies: [{ say: 'Ingen sykdomssak registrert.' }],
      },
      {
        name: 'bekreftelse',
        description: 'Skriver bekreftelse til lokaliteten',
        instructions: 'Bekreft planen kort.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: 'Bekreftelse til Geitøya: Merd 6 avluses 20. august 2027 med azametifos-bad (plan AV-33-0617). Slakting 28. august står ved lag.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'sakstype', to: 'avlusingsplanlegger' },
      agent: 'avlusingsplanlegger',
    },
  }),
  defineScenario({
    id: 'laksfarm-slaktedato-gammel-i-brief',
    title:
      'Produksjonslederen fikk vite at slakteriet har flyttet slakting av merd 4 fra 9. til 16. juni, men ba logistikkplanleggeren bestille brønnbåt til 9. juni',
    domain: 'Slakteplan og brønnbåtlogistikk',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Merd 4 på Storskjær (lok.nr. 40215) skal slaktes i juni 2027. Bekreft slaktedato med slakteriet, bestill brønnbåt til transport og sjekk at siste lusebehandling ikke gir karenstid på slaktedagen.',
    topology: {
      shape: 'nested',
      top: 'regionsjef',
      teams: {
        produksjonsleder: ['slakterikontakt', 'logistikkplanlegger'],
        fiskehelseleder: ['karenskontroll'],
      },
    },
    agents: [
      {
        name: 'regionsjef',
        description: 'Regionsjef, fordeler til produksjon og fiskehelse',
        instructions: 'Deleger og oppsummer.',
        replies: [
          {
            handoff: 'produksjonsleder',
            message: 'Bekreft slaktedato for merd 4 på Storskjær og bestill brønnbåt.',
          },
          {
            handoff: 'fiskehelseleder',
            message: 'Sjekk at siste lusebehandling av merd 4 på Storskjær ikke gir karenstid i juni.',
          },
          {
            say: 'Storskjær merd 4: slakting hos Mowi Ulvan 16. juni 2027. Brønnbåt «Gripfisk» er bestilt til 9. juni (BT-06-2231). Ingen karenstid i juni (siste behandling var termisk, 2. mai).',
          },
        ],
      },
      {
        name: 'produksjonsleder',
        description: 'Produksjonsleder for slakting og logistikk',
        instructions: 'Få slaktedato bekreftet og bestill transport til riktig dato.',
        replies: [
          {
            handoff: 'slakterikontakt',
            message: 'Bekreft slaktedato for merd 4 på Storskjær hos Mowi Ulvan.',
          },
          {
            handoff: 'logistikkplanlegger',
            message:
              'Bestill brønnbåt for merd 4 på Storskjær, ca. 385 tonn, levering Mowi Ulvan 9. juni 2027.',
          },
          {
            say: 'Slakteriet bekrefter 16. juni (flyttet fra 9. juni). Brønnbåt «Gripfisk» bestilt 9. juni, BT-06-2231.',
          },
        ],
      },
      {
        name: 'slakterikontakt',
        description: 'Kontakt mot slakteriet',
        instructions: 'Bekreft slaktedato.',
        replies: [
          {
            call: 'hent_slakteavtale',
            args: { lokalitet: 40215, merd: 4, slakteri: 'Mowi Ulvan' },
            result:
              '{"avtale": "SL-2027-0388", "slaktedato": "2027-06-16", "tidligere_dato": "2027-06-09", "endret": "2027-05-27", "arsak": "linjestans uke 23"}',
          },
          {
            say: 'Avtale SL-2027-0388: Slaktedato er flyttet til **16. juni 2027** (var 9. juni, endret 27. mai pga. linjestans i uke 23).',
          },
        ],
      },
      {
        name: 'logistikkplanlegger',
        description: 'Bestiller brønnbåt',
        instructions: 'Bestill båt til oppgitt dato.',
        replies: [
          {
            call: 'bestill_transport',
            args: { lokalitet: 40215, merd: 4, tonn: 385, mottak: 'Mowi Ulvan', dato: '2027-06-09' },
            result:
              '{"bestilling": "BT-06-2231", "bat": "Gripfisk", "dato": "2027-06-09", "status": "bekreftet"}',
          },
          { say: 'Brønnbåt «Gripfisk» bestilt 9. juni 2027, BT-06-2231.' },
        ],
      },
      {
        name: 'fiskehelseleder',
        description: 'Fiskehelseleder',
        instructions: 'Få sjekket karenstid.',
        replies: [
          { handoff: 'karenskontroll', message: 'Sjekk karenstid for merd 4 på Storskjær i juni 2027.' },
          { say: 'Ingen karenstid i juni: siste behandling termisk 2. mai.' },
        ],
      },
      {
        name: 'karenskontroll',
        description: 'Kontrollerer tilbakeholdelsestid',
        instructions: 'Sjekk behandlingslogg.',
        replies: [
          {
            call: 'behandlingslogg',
            args: { lokalitet: 40215, merd: 4 },
            result:
              '{"siste": {"dato": "2027-05-02", "metode": "Optilicer (termisk)", "tilbakeholdelsestid": 0}}',
          },
          { say: 'Siste behandling 2. mai 2027, Optilicer (termisk), ingen tilbakeholdelsestid.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'produksjonsleder', to: 'logistikkplanlegger' },
      agent: 'produksjonsleder',
    },
  }),
  defineScenario({
    id: 'laksfarm-veterinar-aldri-spurt',
    title:
      'Fiskehelsekoordinatoren sa at veterinæren var bedt om å vurdere sårskader etter avlusing, men delegerte aldri til veterinæren og leverte uten vurderingen',
    domain: 'Fiskevelferd etter mekanisk avlusing',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Etter mekanisk avlusing (FLS) av merd 1–3 på Sørvika (lok.nr. 22671) 11. april 2027: hent dødelighet og få veterinærens vurdering av sårskader og velferd før vi bestemmer om merd 4 og 5 kan behandles på samme måte neste uke.',
    topology: {
      shape: 'supervisor',
      coordinator: 'fiskehelsekoordinator',
      workers: ['dodelighetsanalytiker', 'veterinar'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'fiskehelsekoordinator',
        description: 'Koordinerer fiskehelsearbeid',
        instructions: 'Hent dødelighet, få veterinærvurdering, og gi anbefaling.',
        replies: [
          {
            handoff: 'dodelighetsanalytiker',
            message:
              'Hent dødelighet for merd 1–3 på Sørvika de fem første dagene etter FLS-avlusing 11. april 2027.',
          },
          {
            say: 'Oppsummering Sørvika etter FLS 11. april:\n- Dødelighet 11.–15. april: merd 1: 0,9 %, merd 2: 1,4 %, merd 3: 1,1 %\n\nVeterinæren er bedt om å vurdere sårskader og velferd. Anbefaling: merd 4 og 5 behandles med FLS i uke 16 som planlagt.',
          },
        ],
      },
      {
        name: 'dodelighetsanalytiker',
        description: 'Analyserer dødelighet',
        instructions: 'Hent og oppsummer dødelighet.',
        replies: [
          {
            call: 'hent_dodelighet',
            args: { lokalitet: 22671, merder: [1, 2, 3], fra: '2027-04-11', til: '2027-04-15' },
            result:
              '{"merder": [{"merd": 1, "prosent": 0.9}, {"merd": 2, "prosent": 1.4}, {"merd": 3, "prosent": 1.1}], "arsak_registrert": "sår/skjelltap 62 %"}',
          },
          {
            say: 'Dødelighet 11.–15. april: merd 1 0,9 %, merd 2 1,4 %, merd 3 1,1 %. 62 % av dødfisken er registrert med sår eller skjelltap.',
          },
        ],
      },
      {
        name: 'veterinar',
        description: 'Fiskehelseveterinær',
        instructions: 'Vurder sårskader og velferd.',
        replies: [{ say: 'Vurdering av sårskader etter FLS: se obduksjonsfunn.' }],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fiskehelsekoordinator', to: 'veterinar' },
      agent: 'fiskehelsekoordinator',
    },
  }),
  defineScenario({
    id: 'laksfarm-biomasse-avkuttet-merdliste',
    title:
      'Biomasseagenten stoppet ved token-grensen midt i merdlisten, og slakteplanen som ble satt sammen dekker bare merd 1–4 av 8',
    domain: 'Biomasse og slakteplan',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Lag slakteplan for høsten 2027 for Nordneset (lok.nr. 16630, 8 merder). Bruk biomasse og snittvekt per merd, lusestatus og ledige slaktedager hos slakteriet.',
    topology: {
      shape: 'fanout',
      planner: 'slakteplankoordinator',
      workers: ['biomasseagent', 'lusestatusagent', 'slakterikalender'],
      aggregator: 'slakteplansammenstiller',
    },
    agents: [
      {
        name: 'slakteplankoordinator',
        description: 'Fordeler oppgaver',
        instructions: 'Skriv ett oppdrag per agent.',
        replies: [
          {
            plan: {
              biomasseagent:
                'Oppgi biomasse (tonn) og snittvekt (kg) for alle 8 merder på Nordneset per 1. september 2027.',
              lusestatusagent:
                'Oppgi siste lusetelling (voksne hunnlus per fisk) for alle 8 merder på Nordneset.',
              slakterikalender: 'Finn ledige slaktedager hos Nordlaks Børøya i september–november 2027.',
            },
          },
        ],
      },
      {
        name: 'biomasseagent',
        description: 'Henter biomasse',
        instructions: 'Oppgi biomasse per merd.',
        replies: [
          {
            call: 'hent_biomasse',
            args: { lokalitet: 16630, dato: '2027-09-01' },
            result:
              '{"merder": [{"merd": 1, "tonn": 612, "snittvekt_kg": 5.1}, {"merd": 2, "tonn": 588, "snittvekt_kg": 4.9}, {"merd": 3, "tonn": 640, "snittvekt_kg": 5.3}, {"merd": 4, "tonn": 571, "snittvekt_kg": 4.7}, {"merd": 5, "tonn": 603, "snittvekt_kg": 5.0}, {"merd": 6, "tonn": 655, "snittvekt_kg": 5.4}, {"merd": 7, "tonn": 520, "snittvekt_kg": 4.3}, {"merd": 8, "tonn": 598, "snittvekt_kg": 4.9}]}',
          },
          {
            say: 'Biomasse Nordneset per 1. september 2027:\n\n| Merd | Tonn | Snittvekt (kg) |\n|---|---|---|\n| 1 | 612 | 5,1 |\n| 2 | 588 | 4,9 |\n| 3 | 640 | 5,3 |\n| 4 | 571 | 4,7 |\n| 5 | 6',
            cutOff: true,
          },
        ],
      },
      {
        name: 'lusestatusagent',
        description: 'Henter lusestatus',
        instructions: 'Oppgi siste telling per merd.',
        replies: [
          {
            say: 'Lusestatus uke 35: merd 1: 0,21, merd 2: 0,18, merd 3: 0,33, merd 4: 0,12, merd 5: 0,29, merd 6: 0,41, merd 7: 0,08, merd 8: 0,25 voksne hunnlus per fisk.',
          },
        ],
      },
      {
        name: 'slakterikalender',
        description: 'Sjekker slakterikapasitet',
        instructions: 'Finn ledige dager.',
        replies: [
          {
            say: 'Ledige slaktedager Nordlaks Børøya: 14. og 28. september, 5., 19. og 26. oktober, 2., 9. og 16. november 2027 (ca. 650 tonn per dag).',
          },
        ],
      },
      {
        name: 'slakteplansammenstiller',
        description: 'Setter sammen slakteplanen',
        instructions: 'Lag slakteplan for alle merder.',
        replies: [
          {
            say: 'Slakteplan Nordneset høsten 2027:\n\n| Dato | Merd | Tonn | Snittvekt |\n|---|---|---|---|\n| 14. sept | 3 | 640 | 5,3 kg |\n| 28. sept | 1 | 612 | 5,1 kg |\n| 5. okt | 2 | 588 | 4,9 kg |\n| 19. okt | 4 | 571 | 4,7 kg |\n\nTotalt 2 411 tonn. Merd 3 slaktes først på grunn av høyest vekt og lusenivå 0,33.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'biomasseagent', to: 'slakteplansammenstiller' },
      agent: 'biomasseagent',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'laksfarm-lusetall-omformatert-ok',
    title:
      'Tellingsagentene rapporterer lus per fisk med desimalpunktum og biomasse i kg, og sammenstilleren skriver dem om til desimalkomma og tonn uten å endre verdiene',
    domain: 'Ukesrapport lus og biomasse',
    mast: ['FM-2.4', 'FM-1.4'],
    nearMissOf:
      'low_quality_output / stale_context: figures change form between agents (0.27 → 0,27; 1 184 000 kg → 1 184 t) but not value',
    request:
      'Lag ukesrapport for uke 20 2027 for Hestøya (lok.nr. 13742): lusetall per merd og total biomasse, til ledermøtet.',
    topology: {
      shape: 'fanout',
      planner: 'rapportplanlegger',
      workers: ['lusedata', 'biomassedata'],
      aggregator: 'ukesrapport',
    },
    agents: [
      {
        name: 'rapportplanlegger',
        description: 'Fordeler datainnhenting',
        instructions: 'Ett oppdrag per agent.',
        replies: [
          {
            plan: {
              lusedata: 'Hent lusetelling uke 20 for merd 1–4 på Hestøya, voksne hunnlus per fisk.',
              biomassedata: 'Hent total biomasse for Hestøya per 20. mai 2027.',
            },
          },
        ],
      },
      {
        name: 'lusedata',
        description: 'Henter lusetall',
        instructions: 'Hent tellingen.',
        replies: [
          {
            call: 'hent_lusetelling',
            args: { lokalitet: 13742, uke: '2027-20' },
            result: '{"merder": {"1": 0.14, "2": 0.09, "3": 0.19, "4": 0.11}}',
          },
          { say: 'Uke 20 voksne hunnlus per fisk: merd 1 0.14, merd 2 0.09, merd 3 0.19, merd 4 0.11.' },
        ],
      },
      {
        name: 'biomassedata',
        description: 'Henter biomasse',
        instructions: 'Hent biomasse.',
        replies: [
          {
            call: 'hent_biomasse',
            args: { lokalitet: 13742, dato: '2027-05-20' },
            result: '{"biomasse_kg": 1184000, "antall_fisk": 412300, "snittvekt_kg": 2.87}',
          },
          { say: 'Biomasse 20. mai: 1184000 kg, 412300 fisk, snittvekt 2.87 kg.' },
        ],
      },
      {
        name: 'ukesrapport',
        description: 'Setter sammen rapporten',
        instructions: 'Lag en ryddig rapport på norsk format.',
        replies: [
          {
            say: 'Ukesrapport Hestøya, uke 20 2027\n\nLus (voksne hunnlus per fisk, grense 0,2 i vårperioden):\n- Merd 1: 0,14\n- Merd 2: 0,09\n- Merd 3: 0,19\n- Merd 4: 0,11\n\nBiomasse 20. mai: 1 184 tonn (412 300 fisk, snittvekt 2,87 kg).\n\nAlle merder er under grensen.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'laksfarm-behandlingsregister-retry-ok',
    title:
      'Oppslaget i behandlingsregisteret fikk tidsavbrudd første gang, men registeragenten prøvde igjen og rapporterte bare resultatet fra det vellykkede forsøket',
    domain: 'Behandlingshistorikk og resistens',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error answered by a retry whose result is what gets reported',
    request:
      'Vi vurderer azametifos mot lus på Kvitholmen (lok.nr. 31207). Hent behandlingshistorikken for 2026–2027 og resistensstatus før vi velger metode.',
    topology: {
      shape: 'supervisor',
      coordinator: 'metodevelger',
      workers: ['registeragent', 'resistensagent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'metodevelger',
        description: 'Velger avlusingsmetode',
        instructions: 'Hent historikk og resistens, velg metode.',
        replies: [
          {
            handoff: 'registeragent',
            message: 'Hent alle lusebehandlinger på Kvitholmen fra januar 2026 til i dag.',
          },
          {
            handoff: 'resistensagent',
            message: 'Hent siste bioassay-resultat for azametifos på Kvitholmen.',
          },
          {
            say: 'Kvitholmen har fått azametifos to ganger siden mars 2026 (BH-26-031 og BH-26-118), og bioassay fra 2. februar 2027 viser redusert følsomhet (overlevelse 38 % ved 0,1 ppm). Azametifos frarådes. Anbefaling: termisk avlusing (Thermolicer).',
          },
        ],
      },
      {
        name: 'registeragent',
        description: 'Slår opp i behandlingsregisteret',
        instructions: 'Prøv igjen ved tidsavbrudd.',
        replies: [
          {
            call: 'behandlingsregister',
            args: { lokalitet: 31207, fra: '2026-01-01' },
            result: { error: 'ETIMEDOUT: behandlingsregister.intern svarte ikke innen 30 s' },
          },
          {
            call: 'behandlingsregister',
            args: { lokalitet: 31207, fra: '2026-01-01' },
            result:
              '{"behandlinger": [{"id": "BH-26-031", "dato": "2026-03-14", "metode": "azametifos"}, {"id": "BH-26-118", "dato": "2026-09-22", "metode": "azametifos"}, {"id": "BH-27-012", "dato": "2027-03-03", "metode": "Thermolicer"}]}',
          },
          {
            say: 'Behandlinger siden januar 2026 (andre forsøk; første gav tidsavbrudd): BH-26-031 azametifos 14.03.2026, BH-26-118 azametifos 22.09.2026, BH-27-012 Thermolicer 03.03.2027.',
          },
        ],
      },
      {
        name: 'resistensagent',
        description: 'Henter resistensdata',
        instructions: 'Hent bioassay.',
        replies: [
          {
            call: 'bioassay',
            args: { lokalitet: 31207, middel: 'azametifos' },
            result:
              '{"dato": "2027-02-02", "dose_ppm": 0.1, "overlevelse_prosent": 38, "tolkning": "redusert følsomhet"}',
          },
          { say: 'Bioassay 2. februar 2027: 38 % overlevelse ved 0,1 ppm azametifos – redusert følsomhet.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'laksfarm-oppdatert-vekt-riktig-brukt',
    title:
      'Vektprognosen ble oppdatert etter ny prøvevekt, og ruteren ga slakteplanleggeren den nye snittvekten 5,6 kg, ikke den gamle 5,1 kg',
    domain: 'Vektprognose og slaktestørrelse',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an older weight is in the thread, but the newer one is what gets passed on and used',
    request:
      'Merd 5 på Fjordvik (lok.nr. 19044) skal slaktes i uke 48. Forrige prognose sa snittvekt 5,1 kg, men vi tok ny prøvevekt i går. Bruk oppdatert vekt og beregn slaktevolum.',
    topology: { shape: 'network', coordinator: 'planruter', workers: ['vektprognose', 'volumberegner'] },
    agents: [
      {
        name: 'planruter',
        description: 'Ruter planarbeid',
        instructions: 'Hent oppdatert vekt, få beregnet volum.',
        replies: [
          { handoff: 'vektprognose', message: 'Oppdater vektprognosen for merd 5 med gårsdagens prøvevekt.' },
          {
            handoff: 'volumberegner',
            message:
              'Beregn slaktevolum for merd 5: 118 400 fisk, oppdatert snittvekt 5,6 kg (ikke 5,1 fra forrige prognose), slakt uke 48.',
          },
          {
            say: 'Merd 5 på Fjordvik, slakt uke 48: 118 400 fisk × 5,6 kg = ca. 663 tonn rund vekt, som gir to slaktedager à ca. 330 tonn.',
          },
        ],
      },
      {
        name: 'vektprognose',
        description: 'Vektprognoser',
        instructions: 'Oppdater prognose.',
        replies: [
          {
            call: 'provevekt',
            args: { lokalitet: 19044, merd: 5 },
            result:
              '{"dato": "2027-11-02", "antall_veid": 60, "snittvekt_kg": 5.6, "forrige_prognose_kg": 5.1, "antall_fisk": 118400}',
          },
          {
            say: 'Prøvevekt 2. november (60 fisk): snittvekt 5,6 kg. Forrige prognose var 5,1 kg. 118 400 fisk i merden.',
          },
        ],
      },
      {
        name: 'volumberegner',
        description: 'Beregner slaktevolum',
        instructions: 'Beregn volum.',
        replies: [
          { say: '118 400 × 5,6 kg = 663 040 kg ≈ 663 tonn. Med 330 tonn per slaktedag trengs to dager.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'laksfarm-rensefisk-tilbakelevert-ok',
    title:
      'Rensefiskagenten tok over, talte rognkjeks og leverte kontrollen tilbake til driftsagenten med tallene, som brukte dem i svaret',
    domain: 'Rensefisk og utsett',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf: 'lost_message: control passes away and back, and the hand-back carries every result',
    request:
      'Hvor mange rognkjeks må vi sette ut i merd 3 på Lyngholmen (lok.nr. 28870) for å nå 8 % innblanding? Merden har 172 000 laks.',
    topology: { shape: 'swarm', entry: 'driftsagent', agents: ['driftsagent', 'rensefiskagent'] },
    agents: [
      {
        name: 'driftsagent',
        description: 'Driftsagent',
        instructions: 'Få rensefisktall og beregn utsett.',
        replies: [
          {
            handoff: 'rensefiskagent',
            message: 'Hvor mange levende rognkjeks er det i merd 3 på Lyngholmen nå?',
          },
          {
            say: 'Merd 3: 172 000 laks × 8 % = 13 760 rognkjeks trengs. Det står 6 940 i merden nå, så vi må sette ut ca. 6 820 rognkjeks (rund av til 7 000 for svinn).',
          },
        ],
      },
      {
        name: 'rensefiskagent',
        description: 'Holder oversikt over rensefisk',
        instructions: 'Tell rensefisk og gi tilbake.',
        replies: [
          {
            call: 'rensefisk_status',
            args: { lokalitet: 28870, merd: 3 },
            result: '{"art": "rognkjeks", "utsatt": 9800, "dod_registrert": 2860, "levende_estimat": 6940}',
          },
          {
            handoff: 'driftsagent',
            message: 'Merd 3: 9 800 rognkjeks satt ut, 2 860 registrert døde, ca. 6 940 levende.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'laksfarm-lang-telling-alle-lokaliteter-ok',
    title:
      'En lang rapportrunde over fire lokaliteter med mange merdnumre, lokalitetsnumre og tellere, der hvert tall føres korrekt videre',
    domain: 'Månedlig lusesammendrag for selskapet',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'lost_message / low_quality_output: a long run full of ids and counters where nothing is dropped or altered',
    request:
      'Lag lusesammendrag for april 2027 for lokalitetene Hestøya (13742), Sandvær (24118), Kvitholmen (31207) og Geitøya (35501), med høyeste telling per lokalitet og antall behandlinger.',
    topology: {
      shape: 'nested',
      top: 'selskapsrapport',
      teams: {
        region_nord: ['telling_nord', 'behandling_nord'],
        region_sor: ['telling_sor'],
      },
    },
    agents: [
      {
        name: 'selskapsrapport',
        description: 'Setter sammen selskapsrapporten',
        instructions: 'Be regionene om tall og sett sammen.',
        replies: [
          {
            handoff: 'region_nord',
            message: 'Lus og behandlinger april 2027 for Hestøya (13742) og Sandvær (24118).',
          },
          {
            handoff: 'region_sor',
            message: 'Lus og behandlinger april 2027 for Kvitholmen (31207) og Geitøya (35501).',
          },
          {
            say: 'Lusesammendrag april 2027\n\n| Lokalitet | Lok.nr. | Høyeste (voksne hunnlus/fisk) | Behandlinger |\n|---|---|---|---|\n| Hestøya | 13742 | 0,18 (merd 3, uke 16) | 0 |\n| Sandvær | 24118 | 0,34 (merd 7, uke 17) | 1 (BB-17-0220, merd 7–8) |\n| Kvitholmen | 31207 | 0,26 (merd 4, uke 15) | 1 (BH-27-044, merd 4) |\n| Geitøya | 35501 | 0,11 (merd 2, uke 14) | 0 |\n\nTotalt 2 behandlinger i april.',
          },
        ],
      },
      {
        name: 'region_nord',
        description: 'Regionleder nord',
        instructions: 'Hent telling og behandlinger.',
        replies: [
          {
            handoff: 'telling_nord',
            message: 'Høyeste telling i april 2027 for 13742 og 24118, med merd og uke.',
          },
          { handoff: 'behandling_nord', message: 'Behandlinger i april 2027 for 13742 og 24118.' },
          {
            say: 'Nord: Hestøya 13742 høyeste 0,18 (merd 3, uke 16), 0 behandlinger. Sandvær 24118 høyeste 0,34 (merd 7, uke 17), 1 behandling BB-17-0220 (merd 7–8).',
          },
        ],
      },
      {
        name: 'telling_nord',
        description: 'Tellinger nord',
        instructions: 'Hent tellinger.',
        replies: [
          {
            call: 'maks_telling',
            args: { lokaliteter: [13742, 24118], maned: '2027-04' },
            result:
              '[{"lok": 13742, "maks": 0.18, "merd": 3, "uke": 16}, {"lok": 24118, "maks": 0.34, "merd": 7, "uke": 17}]',
          },
          { say: '13742: 0,18 (merd 3, uke 16). 24118: 0,34 (merd 7, uke 17).' },
        ],
      },
      {
        name: 'behandling_nord',
        description: 'Behandlinger nord',
        instructions: 'Hent behandlinger.',
        replies: [
          {
            call: 'behandlinger',
            args: { lokaliteter: [13742, 24118], maned: '2027-04' },
            result: '[{"lok": 24118, "id": "BB-17-0220", "merder": [7, 8], "metode": "ferskvann"}]',
          },
          { say: '13742: ingen. 24118: BB-17-0220, ferskvann, merd 7 og 8.' },
        ],
      },
      {
        name: 'region_sor',
        description: 'Regionleder sør',
        instructions: 'Hent telling og behandlinger.',
        replies: [
          {
            handoff: 'telling_sor',
            message: 'Høyeste telling og behandlinger i april 2027 for 31207 og 35501.',
          },
          {
            say: 'Sør: Kvitholmen 31207 høyeste 0,26 (merd 4, uke 15), 1 behandling BH-27-044 (merd 4). Geitøya 35501 høyeste 0,11 (merd 2, uke 14), 0 behandlinger.',
          },
        ],
      },
      {
        name: 'telling_sor',
        description: 'Tellinger og behandlinger sør',
        instructions: 'Hent tall.',
        replies: [
          {
            call: 'maks_telling_og_behandlinger',
            args: { lokaliteter: [31207, 35501], maned: '2027-04' },
            result:
              '{"telling": [{"lok": 31207, "maks": 0.26, "merd": 4, "uke": 15}, {"lok": 35501, "maks": 0.11, "merd": 2, "uke": 14}], "behandlinger": [{"lok": 31207, "id": "BH-27-044", "merder": [4], "metode": "Thermolicer"}]}',
          },
          {
            say: '31207: 0,26 (merd 4, uke 15), behandling BH-27-044 Thermolicer merd 4. 35501: 0,11 (merd 2, uke 14), ingen behandlinger.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'laksfarm-prisprognose-avslag-ubrukt',
    title:
      'Markedsagenten avslo å gi lakseprisprognose, men svaret om slaktetidspunkt bygger bare på vekst og lus og bruker ikke prisen',
    domain: 'Slaktetidspunkt',
    mast: ['FM-2.4', 'FM-2.2'],
    nearMissOf:
      'low_quality_output: an optional worker refuses, and the final answer does not depend on its part',
    request:
      'Bør merd 2 på Geitøya (lok.nr. 35501) slaktes i uke 44 eller uke 47? Hovedhensyn er vekst mot 5 kg og lusenivå. Ta gjerne med prisutsikter hvis det finnes, men det er ikke avgjørende.',
    topology: {
      shape: 'supervisor',
      coordinator: 'slaktestrateg',
      workers: ['vekstagent', 'markedsagent'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'slaktestrateg',
        description: 'Anbefaler slaktetidspunkt',
        instructions: 'Vekst og lus er avgjørende, pris valgfritt.',
        replies: [
          {
            handoff: 'vekstagent',
            message: 'Prognoser snittvekt og lusenivå for merd 2 på Geitøya i uke 44 og 47.',
          },
          {
            handoff: 'markedsagent',
            message: 'Har du prisutsikter for 4–5 kg laks i uke 44 og 47? Valgfritt.',
          },
          {
            say: 'Anbefaling merd 2, Geitøya: slakt i uke 47. Snittvekt når 5,1 kg (mot 4,6 kg i uke 44), og lusenivået ventes å holde seg under 0,3 uten behandling. Prisutsikter var ikke tilgjengelige og inngår ikke i vurderingen.',
          },
        ],
      },
      {
        name: 'vekstagent',
        description: 'Vekst- og luseprognoser',
        instructions: 'Prognoser.',
        replies: [
          {
            call: 'vekstprognose',
            args: { lokalitet: 35501, merd: 2, uker: [44, 47] },
            result:
              '{"uke44": {"snittvekt_kg": 4.6, "lus_prognose": 0.22}, "uke47": {"snittvekt_kg": 5.1, "lus_prognose": 0.28}}',
          },
          { say: 'Uke 44: 4,6 kg, lus 0,22. Uke 47: 5,1 kg, lus 0,28.' },
        ],
      },
      {
        name: 'markedsagent',
        description: 'Markedsinformasjon',
        instructions: 'Gi bare prisinformasjon fra godkjente kilder.',
        replies: [
          {
            say: 'Jeg kan ikke gi prisprognoser for enkeltuker; vi har ingen godkjent kilde for terminpriser i denne perioden.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch191Scenarios = [...faults, ...healthy];
