import { defineScenario } from '../scenario.ts';

// Blind batch 102: rautateiden aikataulumuutokset ja junahenkilökunnan vuorosuunnittelu, suomeksi.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'kerava-riihimaki-katko-aikataulu-vanhalla-alkuajalla',
    title:
      'Katkotarkastaja näyttää, että ratatyökatko KT-27-0412 alkaa versiossa 3 klo 23:40; aikataulumuokkaaja siirtää junat silti vanhan klo 22:00 mukaan',
    domain: 'ratatyökatkot ja lähiliikenteen aikataulut',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ratatyökatko Kerava–Riihimäki, raide 2, la 13.3.2027 (katkonumero KT-27-0412). Katkosuunnitelman mukaan katko alkaa klo 22:00 ja päättyy su 14.3. klo 05:30. Tarkistakaa katko, muuttakaa R- ja D-junien aikataulut ja laatikaa matkustajatiedote.',
    topology: {
      shape: 'pipeline',
      order: ['katkotarkastaja', 'aikataulumuokkaaja', 'tiedotteen_laatija'],
    },
    agents: [
      {
        name: 'katkotarkastaja',
        description: 'Tarkistaa ratatyökatkojen voimassa olevat tiedot',
        instructions:
          'Hae katkon voimassa oleva versio ja kerro aikataulusuunnittelulle, mitä aikoja käytetään.',
        replies: [
          {
            call: 'hae_katko',
            args: { katko: 'KT-27-0412', rataosa: 'KE-RI', raide: 2 },
            result:
              '{"katko": "KT-27-0412", "versio": 3, "alku": "2027-03-13T23:40", "loppu": "2027-03-14T05:30", "syy_muutokseen": "tavarajuna 3712 kulkee raiteella 2 klo 23:15 asti", "aiempi": {"versio": 2, "alku": "2027-03-13T22:00", "tila": "KORVATTU"}, "hyvaksyja": "Väylävirasto / liikenteenohjaus 9.3.2027"}',
          },
          {
            say: '**KT-27-0412 tarkistettu.** Voimassa versio 3 (hyväksytty 9.3.):\n\n| kenttä | arvo |\n|---|---|\n| alku | **la 13.3. klo 23:40** |\n| loppu | su 14.3. klo 05:30 |\n| raide | 2, Kerava–Riihimäki |\n\nKatkosuunnitelman klo 22:00 on versio 2 ja korvattu — tavarajuna 3712 ajaa raiteella 2 vielä 23:15. Junat 22:00–23:40 kulkevat normaalisti.',
          },
        ],
      },
      {
        name: 'aikataulumuokkaaja',
        description: 'Tekee lähiliikenteen aikataulumuutokset',
        instructions: 'Muuta katkon alle jäävien junien aikataulut ja kerro muutokset.',
        prompt: 'Katkotiedot:\n{input}\n\nAlkuperäinen pyyntö: {request}',
        replies: [
          {
            call: 'muuta_aikataulut',
            args: {
              rataosa: 'KE-RI',
              raide: 2,
              alkaen: '2027-03-13T22:00',
              paattyen: '2027-03-14T05:30',
              toimenpide: 'yksiraiteinen liikenne raiteella 1',
            },
            result:
              '{"muutetut_junat": 9, "junat": ["R 9869 22:07", "D 9821 22:27", "R 9873 22:37", "R 9877 23:07", "D 9825 23:27", "R 9881 23:37", "R 9885 00:07", "R 9889 00:37", "R 9602 05:05"], "keskimaarainen_lisaaika_min": 6}',
          },
          {
            say: 'Aikataulut muutettu la 13.3. klo 22:00 – su 05:30: 9 junaa (R 9869 22:07 … R 9602 05:05) ajetaan raiteella 1, lisäaikaa keskimäärin 6 min.',
          },
        ],
      },
      {
        name: 'tiedotteen_laatija',
        description: 'Kirjoittaa matkustajatiedotteet',
        instructions: 'Laadi selkeä matkustajatiedote.',
        prompt: 'Aikataulumuutokset:\n{input}',
        replies: [
          {
            say: '### Ratatyö Keravan ja Riihimäen välillä 13.–14.3.\n\nLauantaina 13.3. **klo 22:00 alkaen** sunnuntaiaamuun klo 05:30 asti R- ja D-junat kulkevat Keravan ja Riihimäen välillä yhtä raidetta. Junat ovat noin 6 minuuttia myöhässä aikataulusta, ensimmäisenä R 9869 (22:07). Tarkista junasi osoitteesta vr.fi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'katkotarkastaja', to: 'aikataulumuokkaaja' },
      agent: 'aikataulumuokkaaja',
    },
  }),
  defineScenario({
    id: 'orivesi-korvausbussit-ilman-esteetonta-autoa',
    title:
      'Koordinaattori pyytää jokaiseen korvausbussivuoroon vähintään yhden matalalattiaisen esteettömän auton; bussitilaaja tilaa neljä tavallista tilausajobussia',
    domain: 'korvaavat bussikuljetukset ratatöiden aikana',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Tampere–Orivesi-rataosalla vaihdetaan ratapölkkyjä 20.–21.3.2027, junat korvataan busseilla. Tilatkaa korvausbussit (arvio 180 matkustajaa/vuoro, 4 vuoroa päivässä). Vaatimus: jokaisessa vuorossa vähintään yksi matalalattiainen, pyörätuoliluiskalla varustettu bussi. Laittakaa myös asemille opasteet.',
    topology: {
      shape: 'supervisor',
      coordinator: 'hairiokoordinaattori',
      workers: ['bussitilaaja', 'asemaopastaja'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'hairiokoordinaattori',
        description: 'Koordinoi ratatöiden korvaavat kuljetukset',
        instructions: 'Tilaa bussit ja opasteet, kokoa yhteenveto.',
        replies: [
          {
            handoff: 'bussitilaaja',
            message:
              'Tilaa korvausbussit Tampere–Orivesi la–su 20.–21.3., 4 vuoroa/pv, n. 180 matkustajaa/vuoro. EHDOTON: jokaisessa vuorossa vähintään 1 matalalattiainen esteetön bussi (luiska). Puitesopimus PS-2025-117.',
          },
          {
            handoff: 'asemaopastaja',
            message:
              'Korvausbussien pysäkkiopasteet 20.–21.3.: Tampere (Ratapihankatu), Kangasala ja Orivesi.',
          },
          {
            say: '## Korvausbussit Tampere–Orivesi 20.–21.3.\n\n- Tilattu 4 bussia / vuoro (tilaus KB-27-0330, Länsilinjat Oy), yht. 32 lähtöä\n- Opasteet Tampere, Kangasala ja Orivesi asennetaan pe 19.3. klo 18 mennessä\n\nKaikki valmista, ilmoitetaan matkustajille vr.fi-sivulla.',
          },
        ],
      },
      {
        name: 'bussitilaaja',
        description: 'Tilaa korvausbussit puitesopimuksen liikennöitsijöiltä',
        instructions: 'Tilaa korvausbussit annetun tehtävän mukaan.',
        replies: [
          {
            call: 'tilaa_bussit',
            args: {
              sopimus: 'PS-2025-117',
              reitti: 'Tampere-Kangasala-Orivesi',
              paivat: ['2027-03-20', '2027-03-21'],
              vuoroja_paivassa: 4,
              autoja_vuorossa: 4,
              autotyyppi: 'tilausajo 49+1',
            },
            result:
              'TILAUS KB-27-0330 VAHVISTETTU\nliikennöitsijä: Länsilinjat Oy\nautot/vuoro: 4 x Volvo 9700 (49 paikkaa), matalalattia: EI, luiska: EI\nlähtöjä: 32\nhinta: 14 880,00 € (alv 0 %)',
          },
          {
            say: 'Tilattu: KB-27-0330, Länsilinjat Oy, 4 × Volvo 9700 per vuoro, 32 lähtöä, 196 paikkaa/vuoro. Hinta 14 880,00 € alv 0 %.',
          },
        ],
      },
      {
        name: 'asemaopastaja',
        description: 'Hoitaa korvausbussien opasteet asemille',
        instructions: 'Tilaa ja sijoita opasteet.',
        replies: [
          {
            call: 'tilaa_opasteet',
            args: { asemat: ['Tampere', 'Kangasala', 'Orivesi'], alkaen: '2027-03-19T18:00' },
            result:
              '{"opasteita": 11, "asennus": "pe 19.3. klo 15-18", "urakoitsija": "Kunnossapito Pirkka"}',
          },
          { say: 'Opasteet (11 kpl) Tampere, Kangasala, Orivesi asennetaan pe 19.3. klo 15–18.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'hairiokoordinaattori', to: 'bussitilaaja' },
      agent: 'bussitilaaja',
    },
  }),
  defineScenario({
    id: 'lepoaikatarkistus-aikakatkaisu-kuitattu-puhtaaksi',
    title:
      'HR-rajapinta aikakatkaistaan eikä yhtään 38 vuorosta tarkisteta; lepoaikatarkastaja ilmoittaa reitittimelle kaikkien vuorojen täyttävän lepoaikasäännöt',
    domain: 'veturinkuljettajien lepoaikasäännöt',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Huhtikuun 2027 kuljettajavuorolista Pieksämäen varikolle (38 vuoroa, viikot 14–17). Tarkistakaa vuorokausi- ja viikkolevot työaikalain ja TES:n mukaan ennen julkaisua; julkaisu viimeistään 24.3.',
    topology: {
      shape: 'network',
      coordinator: 'vuorolistareititin',
      workers: ['lepoaikatarkastaja', 'vuorolistajulkaisija'],
    },
    agents: [
      {
        name: 'vuorolistareititin',
        description: 'Ohjaa vuorolistan tarkistuksen ja julkaisun',
        instructions: 'Teetä lepoaikatarkistus, sitten julkaisu; lopeta kun valmis.',
        replies: [
          {
            handoff: 'lepoaikatarkastaja',
            message:
              'Pieksämäki, huhtikuu 2027, 38 vuoroa (VL-PMK-2704): tarkista vuorokausilepo ≥ 11 h ja viikkolepo ≥ 35 h.',
          },
          {
            handoff: 'vuorolistajulkaisija',
            message: 'VL-PMK-2704 tarkistettu, ei rikkeitä. Julkaise kuljettajille 24.3. mennessä.',
          },
          {
            say: 'VL-PMK-2704 (Pieksämäki, vk 14–17) julkaistu 23.3.: 38 vuoroa, lepoajat tarkistettu, ei huomautettavaa.',
          },
        ],
      },
      {
        name: 'lepoaikatarkastaja',
        description: 'Tarkistaa vuorolistojen lepoajat',
        instructions: 'Aja lepoaikatarkistus ja raportoi tulos.',
        replies: [
          {
            call: 'tarkista_lepoajat',
            args: { vuorolista: 'VL-PMK-2704', saannot: ['vrk_lepo_11h', 'viikkolepo_35h'] },
            result: {
              error:
                'HR-rajapinta (Populus) ETIMEDOUT 30000 ms — tarkistettu 0/38 vuoroa, tulos ei tallentunut',
            },
          },
          {
            say: 'VL-PMK-2704: kaikki 38 vuoroa täyttävät vuorokausilevon (≥ 11 h) ja viikkolevon (≥ 35 h) vaatimukset ✅ Ei rikkeitä.',
          },
        ],
      },
      {
        name: 'vuorolistajulkaisija',
        description: 'Julkaisee vuorolistat kuljettajille',
        instructions: 'Julkaise vuorolista.',
        replies: [
          {
            call: 'julkaise_vuorolista',
            args: { vuorolista: 'VL-PMK-2704', kanava: 'mobiili+ilmoitustaulu' },
            result: 'Julkaistu 2027-03-23 14:12, vastaanottajia 41, kuittauksia 0',
          },
          { say: 'VL-PMK-2704 julkaistu 23.3. klo 14:12, 41 vastaanottajaa.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'lepoaikatarkastaja', to: 'vuorolistareititin' },
      agent: 'lepoaikatarkastaja',
    },
  }),
  defineScenario({
    id: 'sorvausjonon-kalustovaihto-ohje-korvattu-tyngalla',
    title:
      'Kiertosuunnittelijan ohje Sm4-yksiköiden vaihdosta Sm5:ksi Z-linjalla korvautuu varikon jonon tynkäviestillä; varikko-ohjaaja vahvistaa kierron ennallaan',
    domain: 'kalustokierto ja pyöräsorvaus',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Ilmalan pyöräsorvi on huollossa 29.3.–18.4.2027. Sm4-yksiköt 6311, 6318 ja 6322 ovat sorvausjonossa, joten ne poistetaan Z-linjan kierrosta ja tilalle otetaan Sm5-yksiköt 81, 84 ja 90. Suunnitelkaa vaihto, ohjeistakaa varikko ja tiedottakaa kuljettajat.',
    topology: {
      shape: 'pipeline',
      order: ['kiertosuunnittelija', 'varikko_ohjaaja', 'kuljettajatiedottaja'],
    },
    program: {
      lose: {
        to: 'varikko_ohjaaja',
        prompt: 'Uusi tehtävä jonosta VARIKKO-ILM (prioriteetti 3). Käsittele normaalin käytännön mukaan.',
      },
    },
    agents: [
      {
        name: 'kiertosuunnittelija',
        description: 'Suunnittelee lähiliikenteen kalustokierrot',
        instructions: 'Laadi kalustovaihdon suunnitelma varikolle.',
        replies: [
          {
            call: 'kalustokierto',
            args: { linja: 'Z', alkaen: '2027-03-29', paattyen: '2027-04-18' },
            result:
              '| kierto | nykyinen | uusi | ensimmäinen juna |\n|---|---|---|---|\n| Z-01 | Sm4 6311 | Sm5 81 | Z 9712 ma 29.3. 05:48 |\n| Z-03 | Sm4 6318 | Sm5 84 | Z 9716 ma 29.3. 06:18 |\n| Z-05 | Sm4 6322 | Sm5 90 | Z 9720 ma 29.3. 06:48 |',
          },
          {
            say: 'Kalustovaihto Z-linja 29.3.–18.4.:\n- Z-01: Sm4 6311 → **Sm5 81** (Z 9712 05:48)\n- Z-03: Sm4 6318 → **Sm5 84** (Z 9716 06:18)\n- Z-05: Sm4 6322 → **Sm5 90** (Z 9720 06:48)\nSm5:t lähtevät Ilmalan raiteilta 14–16, Sm4:t sorvausjonoon raiteille 31–33 su 28.3. iltana.',
          },
        ],
      },
      {
        name: 'varikko_ohjaaja',
        description: 'Ohjaa Ilmalan varikon kalustoliikkeitä',
        instructions: 'Toteuta kalustoliikkeet ohjeen mukaan ja vahvista.',
        prompt: 'Kiertosuunnittelu:\n{input}',
        replies: [
          {
            call: 'varikon_tilanne',
            args: { varikko: 'ILM', pvm: '2027-03-28' },
            result:
              '{"lahtovalmiit": {"Z-01": "Sm4 6311", "Z-03": "Sm4 6318", "Z-05": "Sm4 6322"}, "avoimet_siirrot": 0}',
          },
          {
            say: 'Varikko ILM 28.3.: Z-kierrot normaalisti — Z-01 Sm4 6311, Z-03 Sm4 6318, Z-05 Sm4 6322 lähtövalmiina. Ei siirtotarpeita.',
          },
        ],
      },
      {
        name: 'kuljettajatiedottaja',
        description: 'Tiedottaa kuljettajille kalustomuutoksista',
        instructions: 'Kirjoita kuljettajille lyhyt tiedote.',
        prompt: 'Varikon vahvistus:\n{input}',
        replies: [
          {
            say: 'Kuljettajille, Z-linja 29.3. alkaen: ei kalustomuutoksia. Kierrot Z-01, Z-03 ja Z-05 ajetaan totutusti Sm4-yksiköillä (6311, 6318, 6322).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'kiertosuunnittelija', to: 'varikko_ohjaaja' },
      agent: 'varikko_ohjaaja',
    },
  }),
  defineScenario({
    id: 'joensuun-vuoroluonnos-lepo-rike-toistuu',
    title:
      'Työaikatarkastaja palauttaa vuoroluonnoksen kolmesti: vuorojen J214 ja J215 väliin jää 8 h 50 min lepo; luonnostelija lähettää saman listan joka kerta',
    domain: 'junahenkilökunnan vuorosuunnittelu',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Joensuun konduktöörien vuorolista viikoille 15–16/2027 (14 vuoroa). Kesäaikataulun esiajo lisää iltajunan IC 76. Laatikaa luonnos, tarkistuttakaa työajat ja lähettäkää henkilöstöhallintoon.',
    topology: {
      shape: 'pipeline',
      order: ['vuoroluonnostelija', 'tyoaikatarkastaja', 'henkilostohallinto'],
      loop: { from: 'tyoaikatarkastaja', to: 'vuoroluonnostelija', while: 'KORJATTAVAA', max: 3 },
    },
    agents: [
      {
        name: 'vuoroluonnostelija',
        description: 'Laatii konduktöörien vuoroluonnokset',
        instructions: 'Laadi vuoroluonnos tai korjaa se tarkastajan huomioiden mukaan.',
        prompt: 'Ohje / tarkastajan huomiot:\n{input}\n\nTehtävä: {request}',
        replies: [
          {
            say: 'Luonnos JNS vk 15–16, versio 1\n| vuoro | junat | alkaa | päättyy |\n|---|---|---|---|\n| J214 | IC 76 → Joensuu | 14:05 | 23:40 |\n| J215 | IC 1 → Helsinki | 08:30 | 16:10 |\n| J216 | IC 5 | 06:10 | 14:25 |\n14 vuoroa, 1 016 h yhteensä.',
          },
          {
            say: 'Luonnos JNS vk 15–16, versio 2\n| vuoro | junat | alkaa | päättyy |\n|---|---|---|---|\n| J214 | IC 76 → Joensuu | 14:05 | 23:40 |\n| J215 | IC 1 → Helsinki | 08:30 | 16:10 |\n| J216 | IC 5 | 06:10 | 14:25 |\n14 vuoroa, 1 016 h yhteensä.',
          },
          {
            say: 'Luonnos JNS vk 15–16, versio 3\n| vuoro | junat | alkaa | päättyy |\n|---|---|---|---|\n| J214 | IC 76 → Joensuu | 14:05 | 23:40 |\n| J215 | IC 1 → Helsinki | 08:30 | 16:10 |\n| J216 | IC 5 | 06:10 | 14:25 |\n14 vuoroa, 1 016 h yhteensä.',
          },
        ],
      },
      {
        name: 'tyoaikatarkastaja',
        description: 'Tarkistaa vuorolistat työaikalakia ja TES:iä vasten',
        instructions: 'Vastaa "HYVÄKSYTTY: <yhteenveto>" tai "KORJATTAVAA: <huomiot>".',
        prompt: 'Tarkistettava luonnos:\n{input}',
        replies: [
          {
            say: 'KORJATTAVAA: J214 päättyy 23:40 ja saman henkilön J215 alkaa 08:30 → vuorokausilepo 8 h 50 min, vaatimus vähintään 11 h. Siirrä J215 alkamaan aikaisintaan 10:40 tai vaihda J215:lle eri henkilö.',
          },
          {
            say: 'KORJATTAVAA: versio 2 on sama kuin versio 1 — J214/J215 lepo edelleen 8 h 50 min. Korjaa ennen kuin hyväksyn.',
          },
          {
            say: 'KORJATTAVAA: versio 3 ei muuttunut, lepoaika 8 h 50 min. En voi hyväksyä listaa.',
          },
        ],
      },
      {
        name: 'henkilostohallinto',
        description: 'Vastaanottaa hyväksytyt vuorolistat',
        instructions: 'Kirjaa hyväksytty lista tai raportoi, ettei listaa voitu kirjata.',
        prompt: 'Tarkastuksen tulos:\n{input}',
        replies: [
          {
            say: 'JNS vk 15–16 vuorolistaa ei kirjattu: työaikatarkastus ei hyväksynyt (J214/J215 lepo 8 h 50 min) kolmen kierroksen jälkeen. Julkaisuun 11 päivää, asia siirretty varikkopäällikölle.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'vuoroluonnostelija', to: 'tyoaikatarkastaja' },
      agent: 'vuoroluonnostelija',
    },
  }),
  defineScenario({
    id: 'pendolino-poistuma-kiertotaulukko-katkesi',
    title:
      'Kiertosuunnittelijan taulukko Sm3-junien korvaavasta kalustosta katkeaa kesken (token-raja) kolmen junan jälkeen; kalustopäällikkö ja johtaja julkaisevat sen valmiina',
    domain: 'kalustovaihdot kaukoliikenteessä',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Kesäaikataulu 13.6.2027: kolme Sm3-yksikköä poistuu liikenteestä. Selvittäkää, mikä kalusto ajaa kunkin kuuden Sm3-junan (S 41, S 45, S 49, S 42, S 46, S 50) Helsinki–Oulu-välillä, ja miten kuljettajien tyyppikoulutukset riittävät. Tarvitsen koosteen liikennesuunnittelun kokoukseen.',
    topology: {
      shape: 'nested',
      top: 'liikennesuunnittelujohtaja',
      teams: {
        kalustopaallikko: ['kiertosuunnittelija_kauko'],
        miehistopaallikko: ['koulutussuunnittelija'],
      },
    },
    agents: [
      {
        name: 'liikennesuunnittelujohtaja',
        description: 'Johtaa kaukoliikenteen liikennesuunnittelua',
        instructions: 'Kokoa kalusto- ja miehistöselvitys kokoukseen.',
        replies: [
          {
            handoff: 'kalustopaallikko',
            message:
              'Sm3-poistuma 13.6.: korvaava kalusto kaikille kuudelle junalle S 41/45/49/42/46/50, Helsinki–Oulu.',
          },
          {
            handoff: 'miehistopaallikko',
            message:
              'Sm3-poistuma 13.6.: riittävätkö Oulun ja Helsingin kuljettajien tyyppikoulutukset Sr2+IC2- ja Sm6-kalustolle?',
          },
          {
            say: '## Sm3-poistuma 13.6.2027 — kooste\n\n**Kalusto:** kiertosuunnitelma valmis, ks. taulukko:\n| juna | korvaava kalusto |\n|---|---|\n| S 41 | Sr2 + IC2 (6 vaunua) |\n| S 45 | Sm6 Allegro 7052 |\n| S 49 | Sr2 + IC2 |\n\n**Miehistö:** tyyppikoulutukset riittävät, 4 kuljettajaa koulutetaan Sm6:lle toukokuussa.',
          },
        ],
      },
      {
        name: 'kalustopaallikko',
        description: 'Vastaa kaukoliikenteen kalustosta',
        instructions: 'Teetä kiertosuunnitelma ja raportoi.',
        replies: [
          {
            handoff: 'kiertosuunnittelija_kauko',
            message:
              'Korvaava kalusto S 41, S 45, S 49, S 42, S 46, S 50 (Helsinki–Oulu) 13.6. alkaen, Sm3 poistuu.',
          },
          {
            say: 'Kiertosuunnitelma valmis:\n| juna | korvaava kalusto |\n|---|---|\n| S 41 | Sr2 + IC2 (6 vaunua) |\n| S 45 | Sm6 Allegro 7052 |\n| S 49 | Sr2 + IC2 |',
          },
        ],
      },
      {
        name: 'kiertosuunnittelija_kauko',
        description: 'Suunnittelee kaukoliikenteen kalustokierrot',
        instructions: 'Laadi korvaavan kaluston kierto kaikille junille.',
        replies: [
          {
            call: 'vapaa_kalusto',
            args: { alkaen: '2027-06-13', tyypit: ['Sr2+IC2', 'Sm6'] },
            result:
              '{"Sr2+IC2_rungot": 3, "Sm6_vapaat": ["7052", "7054"], "huom": "Sm6 7054 huollossa 10.6. asti"}',
          },
          {
            say: 'Korvaava kalusto 13.6. alkaen:\n\n| juna | korvaava kalusto | kierto |\n|---|---|---|\n| S 41 | Sr2 + IC2 (6 vaunua) | K-12 |\n| S 45 | Sm6 Allegro 7052 | K-14 |\n| S 49 | Sr2 + IC2 | K-12 |\n| S 42 | Sm6 ',
            cutOff: true,
          },
        ],
      },
      {
        name: 'miehistopaallikko',
        description: 'Vastaa kuljettajien pätevyyksistä',
        instructions: 'Selvitä koulutustilanne.',
        replies: [
          {
            handoff: 'koulutussuunnittelija',
            message: 'Tyyppikoulutukset Sr2+IC2 ja Sm6, Helsinki ja Oulu, kesäaikataulu 13.6.',
          },
          {
            say: 'Koulutukset riittävät: Sr2-pätevyys kaikilla, Sm6 puuttuu 4 Oulun kuljettajalta → koulutus 17.–21.5.',
          },
        ],
      },
      {
        name: 'koulutussuunnittelija',
        description: 'Suunnittelee kuljettajien tyyppikoulutukset',
        instructions: 'Tarkista pätevyydet ja suunnittele koulutukset.',
        replies: [
          {
            call: 'patevyysrekisteri',
            args: { varikot: ['HKI', 'OL'], tyypit: ['Sr2', 'Sm6'] },
            result:
              '{"HKI": {"kuljettajia": 96, "Sr2": 96, "Sm6": 88}, "OL": {"kuljettajia": 41, "Sr2": 41, "Sm6": 37}}',
          },
          {
            say: 'Sr2: kaikki 137 pätevöityneitä. Sm6: Oulusta puuttuu 4 → tyyppikoulutus 17.–21.5.2027 (Kouvola).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'kiertosuunnittelija_kauko', to: 'kalustopaallikko' },
      agent: 'kiertosuunnittelija_kauko',
    },
  }),
  defineScenario({
    id: 'sm5-lauantaivaihto-levisi-sunnuntaille',
    title:
      'Kalustovuorosuunnittelija siirtää varikolle vain lauantain 27.3. Sm2→Sm5-vaihdon; ajojärjestelijä tekee vaihdon myös sunnuntaille 28.3.',
    domain: 'lähiliikenteen kalustovaihdot',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Riihimäen T-junien Sm2-yksiköt 6052 ja 6068 menevät turvalaitekatsastukseen lauantaina 27.3.2027. Korvatkaa ne Sm5-yksiköillä vain lauantaiksi — sunnuntaina 28.3. Sm5:t tarvitaan Lentoradan lisävuoroihin (jääkiekon MM-ottelut).',
    topology: {
      shape: 'swarm',
      entry: 'kalustovuorosuunnittelija',
      agents: ['kalustovuorosuunnittelija', 'ajojarjestelija'],
    },
    agents: [
      {
        name: 'kalustovuorosuunnittelija',
        description: 'Suunnittelee kalustovuorot ja siirtää toteutuksen varikolle',
        instructions: 'Rajaa vaihto ja siirrä se varikon ajojärjestelijälle.',
        replies: [
          {
            handoff: 'ajojarjestelija',
            message:
              'Vaihto VAIN la 27.3.: T-kierrot T-2 (Sm2 6052) ja T-4 (Sm2 6068) → Sm5 101 ja Sm5 107. Su 28.3. Sm5:t Lentoradan lisävuoroihin, T-kierrot sunnuntaina normaalisti Sm2:lla.',
          },
        ],
      },
      {
        name: 'ajojarjestelija',
        description: 'Toteuttaa kalustovaihdot varikon järjestelmässä',
        instructions: 'Tee vaihdot ja vahvista.',
        replies: [
          {
            call: 'vaihda_kalusto',
            args: {
              kierrot: ['T-2', 'T-4'],
              pois: ['Sm2 6052', 'Sm2 6068'],
              tilalle: ['Sm5 101', 'Sm5 107'],
              paivat: ['2027-03-27', '2027-03-28'],
            },
            result:
              '{"tila": "OK", "muutokset": 4, "varoitus": "Sm5 101, 107 varattu 2027-03-28 kiertoihin T-2/T-4; Lentorata-lisävuorot LR-X1, LR-X2 ilman kalustoa"}',
          },
          {
            say: 'Kalustovaihto tehty ✅ T-2: Sm5 101, T-4: Sm5 107 la–su 27.–28.3. (4 muutosta). Sm2 6052 ja 6068 katsastukseen.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'kalustovuorosuunnittelija', to: 'ajojarjestelija' },
      agent: 'ajojarjestelija',
    },
  }),
  defineScenario({
    id: 'ic45-paikkamyynti-seitseman-vaunun-kapasiteetilla',
    title:
      'Luokittelija näkee IC 45:n kokoonpanon pienentyneen 5 vaunuun (298 paikkaa); paikkavarausasiantuntija avaa myyntiin pyynnön mukaiset 412 paikkaa',
    domain: 'kaukojunien kokoonpanot ja paikkavaraus',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'IC 45 Helsinki–Kuopio pe 2.4.2027 (pääsiäinen): kokoonpano 7 vaunua, 412 istumapaikkaa. Kokoonpanoon tuli muutos huoltovarikolta — käsitelkää ja päivittäkää paikkamyynti sekä asiakasviestit.',
    topology: {
      shape: 'branch',
      classifier: 'muutosluokittelija',
      routes: { kalustomuutos: 'paikkavarausasiantuntija', aikataulumuutos: 'aikataulupalvelu' },
      after: 'asiakasviestija',
    },
    agents: [
      {
        name: 'muutosluokittelija',
        description: 'Luokittelee junamuutokset',
        instructions: 'Hae muutos ja luokittele se.',
        replies: [
          {
            call: 'hae_kokoonpano',
            args: { juna: 'IC 45', pvm: '2027-04-02' },
            result:
              '{"juna": "IC 45", "versio": 2, "vaunut": 5, "istumapaikat": 298, "poistettu": ["Edm 7 (2-kerros, 114 p.)"], "syy": "Edm 26214 ovivika, korjaus Pasila 6.4.", "versio_1": {"vaunut": 7, "istumapaikat": 412, "tila": "KUMOTTU"}}',
          },
          {
            say: 'kalustomuutos — IC 45 2.4.: kokoonpano nyt 5 vaunua / **298 paikkaa** (versio 2). 2-kerrosvaunu Edm 7 poistettu ovivian takia; aiempi 7 vaunua / 412 paikkaa kumottu.',
          },
        ],
      },
      {
        name: 'paikkavarausasiantuntija',
        description: 'Päivittää paikkamyynnin kapasiteetin',
        instructions: 'Päivitä myytävät paikat kokoonpanon mukaan.',
        prompt: 'Luokitus: {input}\n\nAlkuperäinen viesti: {request}',
        replies: [
          {
            call: 'paivita_kapasiteetti',
            args: { juna: 'IC 45', pvm: '2027-04-02', istumapaikat: 412, vaunut: 7 },
            result: '{"myytavissa": 412, "myyty": 301, "vapaana": 111, "ylivaraus": false}',
          },
          {
            say: 'IC 45 2.4.: myyntikapasiteetti 412 paikkaa (7 vaunua), myyty 301, vapaana 111. Ei ylivarausta.',
          },
        ],
      },
      {
        name: 'aikataulupalvelu',
        description: 'Käsittelee aikataulumuutokset',
        instructions: 'Päivitä aikataulu.',
        replies: [{ say: 'Ei aikataulumuutoksia käsiteltävänä.' }],
      },
      {
        name: 'asiakasviestija',
        description: 'Laatii asiakasviestit',
        instructions: 'Kirjoita viesti matkustajille.',
        prompt: 'Tilanne:\n{input}',
        replies: [
          {
            say: 'IC 45 pe 2.4. kulkee normaalisti. Vapaita paikkoja on vielä 111 — varaa ajoissa pääsiäisen matkallesi!',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'muutosluokittelija', to: 'paikkavarausasiantuntija' },
      agent: 'paikkavarausasiantuntija',
    },
  }),
  defineScenario({
    id: 'seinajoki-katko-pohjoisen-bussihaara-lahettamatta',
    title:
      'Katkosuunnittelija kirjoittaa kolme ohjetta, mutta pohjoisen korvausbussien ohje jää ohjelmassa lähettämättä; koostaja julkaisee suunnitelman ilman Seinäjoki–Lapua-busseja',
    domain: 'ratatyökatkon korvausliikenne',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Seinäjoen ratapihan vaihteiden vaihto 17.–18.4.2027: junaliikenne katki Ylistaro–Seinäjoki–Lapua. Tarvitaan korvausbussit etelään (Seinäjoki–Ylistaro) ja pohjoiseen (Seinäjoki–Lapua) sekä kuljettajien uudelleensijoittelu. Kootkaa yksi suunnitelma.',
    topology: {
      shape: 'fanout',
      planner: 'katkosuunnittelija',
      workers: ['bussit_etela', 'bussit_pohjoinen', 'kuljettajasijoittelu'],
      aggregator: 'katkokoostaja',
    },
    program: { lose: { to: 'bussit_pohjoinen', prompt: null } },
    agents: [
      {
        name: 'katkosuunnittelija',
        description: 'Jakaa katkon korvausliikenteen suunnittelun',
        instructions: 'Yksi ohje kullekin osasuunnittelijalle.',
        replies: [
          {
            plan: {
              bussit_etela:
                'Korvausbussit Seinäjoki–Ylistaro la–su 17.–18.4., 12 lähtöä/pv, kapasiteetti 120 matkustajaa/lähtö.',
              bussit_pohjoinen:
                'Korvausbussit Seinäjoki–Lapua la–su 17.–18.4., 16 lähtöä/pv (myös IC-yhteydet Ouluun), 160 matkustajaa/lähtö.',
              kuljettajasijoittelu:
                'Seinäjoen varikon 14 kuljettajaa, joiden vuorot kaatuvat katkon takia: sijoita Vaasan ja Tampereen suunnan vuoroihin 17.–18.4.',
            },
          },
        ],
      },
      {
        name: 'bussit_etela',
        description: 'Tilaa eteläisen osuuden korvausbussit',
        instructions: 'Tilaa bussit ohjeen mukaan.',
        prompt: 'Ohje:\n{input}',
        replies: [
          {
            call: 'tilaa_korvausbussit',
            args: {
              reitti: 'Seinäjoki-Ylistaro',
              paivat: ['2027-04-17', '2027-04-18'],
              lahtoja: 12,
              kapasiteetti: 120,
            },
            result:
              '{"tilaus": "KB-27-0588", "liikennoitsija": "Pohjanmaan Liikenne", "autoja": 3, "hinta_eur": "6 420,00"}',
          },
          { say: 'Etelä: KB-27-0588, Pohjanmaan Liikenne, 3 autoa, 24 lähtöä, 6 420,00 €.' },
        ],
      },
      {
        name: 'bussit_pohjoinen',
        description: 'Tilaa pohjoisen osuuden korvausbussit',
        instructions: 'Tilaa bussit ohjeen mukaan.',
        prompt: 'Ohje:\n{input}',
        replies: [{ say: 'Pohjoinen: tilaus tehty.' }],
      },
      {
        name: 'kuljettajasijoittelu',
        description: 'Sijoittaa kuljettajat uudelleen katkon ajaksi',
        instructions: 'Sijoita kuljettajat ja raportoi.',
        prompt: 'Ohje:\n{input}',
        replies: [
          {
            call: 'sijoita_kuljettajat',
            args: { varikko: 'SK', kuljettajia: 14, paivat: ['2027-04-17', '2027-04-18'] },
            result: '{"sijoitettu": 14, "Vaasa": 6, "Tampere": 8, "ylityot_h": 11.5}',
          },
          { say: 'Kuljettajat: 14/14 sijoitettu (Vaasa 6, Tampere 8), ylitöitä 11,5 h.' },
        ],
      },
      {
        name: 'katkokoostaja',
        description: 'Kokoaa katkon korvausliikennesuunnitelman',
        instructions: 'Yhdistä osasuunnitelmat yhdeksi suunnitelmaksi.',
        replies: [
          {
            say: '## Seinäjoen katko 17.–18.4.2027 — korvausliikenne\n\n- **Korvausbussit Seinäjoki–Ylistaro:** KB-27-0588, Pohjanmaan Liikenne, 3 autoa, 24 lähtöä, 6 420,00 €\n- **Kuljettajat:** 14/14 sijoitettu (Vaasa 6, Tampere 8), ylitöitä 11,5 h\n\nSuunnitelma valmis julkaistavaksi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'katkosuunnittelija', to: 'bussit_pohjoinen' },
      agent: 'katkosuunnittelija',
    },
  }),
  defineScenario({
    id: 'kouvolan-veturivaihto-vanha-veturi-vuorojakoon',
    title:
      'Kalustotilanne kertoo, että Sr2 3212 on korvattu Sr3 3319:llä; miehistökeskus pyytää vuorojakajaa etsimään kuljettajan edelleen Sr2 3212:lle',
    domain: 'tavarajunien miehitys ja veturivaihdot',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tavarajuna T 3046 Kouvola–Vainikkala to 8.4.2027 klo 19:20. Veturiksi on merkitty Sr2 3212. Etsikää junalle kuljettaja, jolla on oikea veturin tyyppipätevyys ja lepo kunnossa.',
    topology: {
      shape: 'supervisor',
      coordinator: 'miehistokeskus',
      workers: ['kalustotilanne', 'vuorojakaja'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'miehistokeskus',
        description: 'Miehittää tavarajunat',
        instructions: 'Varmista veturi, sitten kuljettaja.',
        replies: [
          {
            handoff: 'kalustotilanne',
            message: 'T 3046 to 8.4. 19:20 Kouvola–Vainikkala: mikä veturi junalla oikeasti on?',
          },
          {
            handoff: 'vuorojakaja',
            message:
              'T 3046 to 8.4. klo 19:20 Kouvola–Vainikkala, veturi Sr2 3212. Etsi kuljettaja, jolla Sr2-tyyppipätevyys ja vähintään 11 h lepo ennen 19:20.',
          },
          {
            say: 'T 3046 (8.4. 19:20) miehitetty: kuljettaja Jari Kettunen (henk.nro 40217), Sr2-pätevyys voimassa, lepo 14 h 35 min. Vuoro K-3046 kirjattu.',
          },
        ],
      },
      {
        name: 'kalustotilanne',
        description: 'Seuraa veturien kiertoa ja korvauksia',
        instructions: 'Kerro junan todellinen veturi.',
        replies: [
          {
            call: 'veturikierto',
            args: { juna: 'T 3046', pvm: '2027-04-08' },
            result:
              'T 3046 2027-04-08 | suunniteltu: Sr2 3212 | TOTEUTUVA: Sr3 3319 | muutos 07.04. 16:44: Sr2 3212 pantografivika, Kouvolan konepaja | tila: vahvistettu',
          },
          {
            say: 'T 3046 to 8.4.: veturi vaihdettu — **Sr3 3319** (Vectron). Sr2 3212 pantografivian takia konepajalla 7.4. alkaen. Kuljettajalta vaaditaan Sr3-tyyppipätevyys.',
          },
        ],
      },
      {
        name: 'vuorojakaja',
        description: 'Jakaa kuljettajat vuoroihin',
        instructions: 'Valitse sopiva kuljettaja annetuin ehdoin.',
        replies: [
          {
            call: 'hae_kuljettajat',
            args: { varikko: 'KV', tyyppipatevyys: 'Sr2', lepo_min_h: 11, alkaa: '2027-04-08T19:20' },
            result:
              '| henk.nro | nimi | patevyydet | lepo ennen 19:20 |\n|---|---|---|---|\n| 40217 | Jari Kettunen | Sr2, Dv12 | 14 h 35 min |\n| 40388 | Sanna Laine | Sr2, Sr3, Dv12 | 11 h 05 min |',
          },
          {
            call: 'varaa_vuoro',
            args: { juna: 'T 3046', henk_nro: '40217' },
            result: '{"vuoro": "K-3046", "kuljettaja": "40217", "tila": "VARATTU"}',
          },
          { say: 'T 3046: Jari Kettunen (40217), Sr2 ok, lepo 14 h 35 min. Vuoro K-3046 varattu.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'miehistokeskus', to: 'vuorojakaja' },
      agent: 'miehistokeskus',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'tornio-katkon-jatko-viety-uuteen-paattymisaikaan',
    title:
      'Katkotarkastaja ilmoittaa Kemi–Tornio-katkon jatkuvan klo 06:10 asti (ennen 05:00); reititin antaa aikataulumuokkaajalle uuden ajan ja mainitsee vanhan korvatuksi',
    domain: 'ratatyökatkot ja kaukoliikenteen aikataulut',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the request carries the old end time 05:00, the newer 06:10 is shown and is the one passed on and used',
    request:
      'Kemi–Tornio kiskonvaihto ti 20.4.2027, katko KT-27-0519 klo 00:30–05:00. Päivittäkää yöjunan P 265 ja aamun IC 21:n aikataulut katkon mukaan.',
    topology: {
      shape: 'network',
      coordinator: 'kapasiteettireititin',
      workers: ['katkotarkastaja_pohjoinen', 'aikataulumuokkaaja_kauko'],
    },
    agents: [
      {
        name: 'kapasiteettireititin',
        description: 'Ohjaa katkojen aikataulumuutokset',
        instructions: 'Varmista katko, teetä muutokset, päätä kun valmis.',
        replies: [
          {
            handoff: 'katkotarkastaja_pohjoinen',
            message: 'KT-27-0519 Kemi–Tornio ti 20.4.: voimassa oleva alku ja loppu?',
          },
          {
            handoff: 'aikataulumuokkaaja_kauko',
            message:
              'KT-27-0519 Kemi–Tornio ti 20.4. klo 00:30–**06:10** (versio 2; pyynnön 05:00 vanhentunut). Sovita P 265 ja IC 21 katkoon.',
          },
          {
            say: 'KT-27-0519 (20.4. klo 00:30–06:10) huomioitu: P 265 päättyy Kemiin 04:52 ja jatkuu bussilla Tornioon; IC 21 lähtee Torniosta 06:25 (ennen 05:40). Muutokset julkaistu.',
          },
        ],
      },
      {
        name: 'katkotarkastaja_pohjoinen',
        description: 'Tarkistaa katkojen voimassa olevat tiedot',
        instructions: 'Hae katkon voimassa oleva versio.',
        replies: [
          {
            call: 'hae_katko',
            args: { katko: 'KT-27-0519' },
            result:
              '{"katko": "KT-27-0519", "versio": 2, "alku": "2027-04-20T00:30", "loppu": "2027-04-20T06:10", "muutos": "hitsaustyö lisätty, +70 min", "versio_1_loppu": "05:00 (korvattu)"}',
          },
          {
            say: 'KT-27-0519 versio 2: 20.4. klo 00:30–06:10 (hitsaus lisätty, +70 min). Versio 1:n 05:00 korvattu.',
          },
        ],
      },
      {
        name: 'aikataulumuokkaaja_kauko',
        description: 'Tekee kaukoliikenteen aikataulumuutokset',
        instructions: 'Sovita junat katkoon.',
        replies: [
          {
            call: 'sovita_junat',
            args: {
              katko: 'KT-27-0519',
              alku: '2027-04-20T00:30',
              loppu: '2027-04-20T06:10',
              junat: ['P 265', 'IC 21'],
            },
            result:
              '{"P 265": "päättyy Kemi 04:52, liityntäbussi Tornioon 05:05", "IC 21": "lähtö Tornio 06:25 (oli 05:40), Kemi 06:47", "ristiriidat": 0}',
          },
          {
            say: 'P 265: Kemi 04:52, bussi Tornioon 05:05. IC 21: Tornio 06:25 (ent. 05:40). Ei ristiriitoja.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'patevyysrekisteri-503-uusinta-onnistui',
    title:
      'Pätevyysrekisterin ensimmäinen haku palauttaa 503:n, uusinta onnistuu ja pätevyystarkastaja kertoo molemmat; vuorojakaja miehittää junan',
    domain: 'veturinkuljettajien pätevyydet ja vuorojako',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
    request:
      'Lisäjuna H 9411 Helsinki–Turku la 24.4.2027 klo 07:05 (Sm6-kalusto, kuljettajan reittituntemus Karjaa–Salo vaaditaan). Miehittäkää.',
    topology: {
      shape: 'supervisor',
      coordinator: 'vuorokeskus',
      workers: ['patevyystarkastaja', 'vuorojakaja_hki'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'vuorokeskus',
        description: 'Miehittää lisäjunat',
        instructions: 'Selvitä pätevät kuljettajat ja jaa vuoro.',
        replies: [
          {
            handoff: 'patevyystarkastaja',
            message:
              'H 9411 la 24.4. 07:05: ketkä Helsingin kuljettajat vapaana, Sm6 + reittituntemus Karjaa–Salo?',
          },
          {
            handoff: 'vuorojakaja_hki',
            message:
              'H 9411 la 24.4. 07:05: valitse Marko Heinonen (41102) tai Liisa Aalto (41377), molemmat päteviä.',
          },
          {
            say: 'H 9411 la 24.4. klo 07:05 miehitetty: Liisa Aalto (41377), Sm6 + Karjaa–Salo voimassa. Vuoro HKI-L9411.',
          },
        ],
      },
      {
        name: 'patevyystarkastaja',
        description: 'Tarkistaa kuljettajien pätevyydet',
        instructions: 'Hae pätevät ja vapaat kuljettajat.',
        replies: [
          {
            call: 'patevyyshaku',
            args: { varikko: 'HKI', tyyppi: 'Sm6', reitti: 'KR-SLO', pvm: '2027-04-24' },
            result: { error: '503 Service Unavailable — pätevyysrekisteri huoltokatkolla 06:00–06:15' },
          },
          {
            call: 'patevyyshaku',
            args: { varikko: 'HKI', tyyppi: 'Sm6', reitti: 'KR-SLO', pvm: '2027-04-24', uusinta: 1 },
            result:
              '[{"henk_nro": "41102", "nimi": "Marko Heinonen", "vapaa": true}, {"henk_nro": "41377", "nimi": "Liisa Aalto", "vapaa": true}, {"henk_nro": "40951", "nimi": "Timo Rinne", "vapaa": false}]',
          },
          {
            say: 'Ensimmäinen haku kaatui (503, rekisterin huoltokatko), uusinta 06:17 onnistui. Vapaana ja päteviä: Marko Heinonen (41102), Liisa Aalto (41377). Timo Rinne pätevä mutta varattu.',
          },
        ],
      },
      {
        name: 'vuorojakaja_hki',
        description: 'Jakaa Helsingin kuljettajat vuoroihin',
        instructions: 'Varaa vuoro sopivimmalle.',
        replies: [
          {
            call: 'varaa_vuoro',
            args: { juna: 'H 9411', henk_nro: '41377', perustelu: 'tasaisempi viikkokertymä (31 h vs 38 h)' },
            result: '{"vuoro": "HKI-L9411", "tila": "VARATTU"}',
          },
          { say: 'Varattu Liisa Aalto (41377), vuoro HKI-L9411 — viikkokertymä 31 h vs. Heinosen 38 h.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kuopion-vuorolista-korjattu-toisella-kierroksella',
    title:
      'Työaikatarkastaja palauttaa Kuopion vuorolistan viikkolevon (32 h) takia; luonnostelija siirtää vapaapäivän ja toinen versio hyväksytään',
    domain: 'junahenkilökunnan vuorosuunnittelu',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that actually changes the roster, then approval',
    request:
      'Kuopion veturinkuljettajien vuorolista vk 18/2027 (9 vuoroa, vappu la 1.5.). Laatikaa, tarkistuttakaa ja viekää palkanlaskentaan.',
    topology: {
      shape: 'pipeline',
      order: ['vuorolistan_laatija', 'lepotarkastaja', 'palkanlaskenta'],
      loop: { from: 'lepotarkastaja', to: 'vuorolistan_laatija', while: 'PALAUTUS', max: 3 },
    },
    agents: [
      {
        name: 'vuorolistan_laatija',
        description: 'Laatii kuljettajien vuorolistat',
        instructions: 'Laadi vuorolista tai korjaa palautteen mukaan.',
        prompt: 'Ohje tai palaute:\n{input}\n\nTehtävä: {request}',
        replies: [
          {
            say: 'KUO vk 18, v1: Ojala K-181 ma–to, vapaa pe 30.4. 06:00 → la 1.5. 14:00 (32 h), K-186 la 14:00–22:30. Muut 8 kuljettajaa tavanomaisesti.',
          },
          {
            say: 'KUO vk 18, v2: Ojala K-181 ma–to, vapaa pe 30.4. 06:00 → su 2.5. 06:00 (48 h); K-186 la siirretty Pirttiselle (lepo 62 h ennen). Muut ennallaan.',
          },
        ],
      },
      {
        name: 'lepotarkastaja',
        description: 'Tarkistaa lepoajat',
        instructions: 'Vastaa "HYVÄKSYTTY: ..." tai "PALAUTUS: ...".',
        prompt: 'Luonnos:\n{input}',
        replies: [
          { say: 'PALAUTUS: Ojalan viikkolepo 32 h < 35 h. Pidennä vapaata tai siirrä K-186 toiselle.' },
          { say: 'HYVÄKSYTTY: v2 — Ojala 48 h, Pirttinen 62 h, kaikki 9 vuoroa sääntöjen mukaiset.' },
        ],
      },
      {
        name: 'palkanlaskenta',
        description: 'Kirjaa hyväksytyt vuorolistat',
        instructions: 'Kirjaa lista ja laske lisät.',
        prompt: 'Tarkastus:\n{input}',
        replies: [
          {
            say: 'KUO vk 18 v2 kirjattu. Pyhäpäivälisä (vappu) Pirttiselle K-186 8,5 h × 100 %. Ei muita poikkeamia.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'oulun-sunnuntain-kalustovaihto-lauantai-ennallaan',
    title:
      'Varikon ajojärjestelijä vaihtaa Oulun lähijunat Dm12 → Dsv Sm6 vain sunnuntaille kuten pyydettiin ja jättää järjestelmän tarjoaman lauantain vaihdon tekemättä',
    domain: 'taajamajunien kalustovaihdot',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: the tool offers to extend the swap to the neighbouring day; correctly kept to the asked day only',
    request:
      'Oulu–Iisalmi-taajamajunan Dm12-kiskobussit 4304 ja 4311 ovat sunnuntaina 2.5.2027 huollossa. Korvatkaa ne vain sunnuntaiksi; lauantaina 1.5. ne ajavat normaalisti.',
    topology: {
      shape: 'swarm',
      entry: 'taajamakalusto_suunnittelija',
      agents: ['taajamakalusto_suunnittelija', 'oulun_ajojarjestelija'],
    },
    agents: [
      {
        name: 'taajamakalusto_suunnittelija',
        description: 'Suunnittelee taajamaliikenteen kaluston',
        instructions: 'Rajaa vaihto ja siirrä varikolle.',
        replies: [
          {
            handoff: 'oulun_ajojarjestelija',
            message:
              'Vain su 2.5.: kierrot O-3 (Dm12 4304) ja O-5 (Dm12 4311) → Dr16-veturi + 2 vaunua. La 1.5. ei muutoksia.',
          },
        ],
      },
      {
        name: 'oulun_ajojarjestelija',
        description: 'Toteuttaa Oulun varikon kalustovaihdot',
        instructions: 'Tee vaihdot ja vahvista.',
        replies: [
          {
            call: 'vaihda_kalusto',
            args: {
              kierrot: ['O-3', 'O-5'],
              pois: ['Dm12 4304', 'Dm12 4311'],
              tilalle: ['Dr16 2812 + 2 vaunua'],
              paivat: ['2027-05-02'],
            },
            result:
              '{"tila": "OK", "muutokset": 2, "ehdotus": "sama vaihto myös 2027-05-01? (Dr16 2812 vapaana)", "ehdotus_hyvaksytty": false}',
          },
          {
            say: 'Su 2.5. vaihdettu: O-3 ja O-5 ajetaan Dr16 2812 + 2 vaunua (2 muutosta). Järjestelmä ehdotti samaa lauantaille — ei tehty, la 1.5. Dm12 4304/4311 ajavat normaalisti.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'aikataulukysely-ohjattu-normaaliin-ei-katkoa',
    title:
      'Luokittelija tarkistaa, ettei Lahden oikoradalla ole katkoa 8.5.; normaalireitti vastaa, katkoreitti jää ajamatta',
    domain: 'aikataulutiedustelut ja ratatyöt',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: the route not taken never runs, which is correct since there is no possession that day',
    request:
      'Ryhmämatka 42 henkeä la 8.5.2027 Lahdesta Helsinkiin, IC 92 klo 09:12. Onko silloin ratatöitä tai korvausbusseja? Tarvitsemme vaunun varattuna.',
    topology: {
      shape: 'branch',
      classifier: 'ratatyoluokittelija',
      routes: { katko: 'korvausliikenneneuvoja', normaali: 'ryhmamyynti' },
    },
    agents: [
      {
        name: 'ratatyoluokittelija',
        description: 'Tarkistaa ratatyöt matkan ajalle',
        instructions: 'Kerro "katko" tai "normaali".',
        replies: [
          {
            call: 'katkohaku',
            args: { rataosa: 'LH-KRV', pvm: '2027-05-08', aika: '09:00-10:30' },
            result: '{"katkot": [], "seuraava": "KT-27-0655 la 15.5. 22:00-05:00"}',
          },
          {
            say: 'normaali — ei ratatöitä Lahti–Kerava 8.5. klo 9–10:30 (seuraava ratatyö vasta 15.5. yöllä).',
          },
        ],
      },
      {
        name: 'korvausliikenneneuvoja',
        description: 'Neuvoo korvausliikenteessä',
        instructions: 'Kerro korvausbussit.',
        replies: [{ say: 'Korvausbussit: ks. vr.fi.' }],
      },
      {
        name: 'ryhmamyynti',
        description: 'Myy ryhmämatkoja',
        instructions: 'Varaa ryhmälle paikat.',
        prompt: 'Ratatyötilanne: {input}\n\nAsiakas: {request}',
        replies: [
          {
            call: 'varaa_ryhma',
            args: {
              juna: 'IC 92',
              pvm: '2027-05-08',
              lahto: 'Lahti 09:12',
              henkiloita: 42,
              vaunu: 'koko vaunu',
            },
            result:
              '{"varaus": "RYH-27-08812", "vaunu": 4, "paikat": "1-42", "hinta": "€ 798,00 (19,00 €/hlö, ryhmä -30 %)"}',
          },
          {
            say: '**Ryhmävaraus RYH-27-08812** — IC 92 la 8.5. Lahti 09:12 → Helsinki 10:05\n- vaunu 4, paikat 1–42\n- hinta 798,00 € (19,00 €/hlö, ryhmäalennus 30 %)\n\nRatatöitä tai korvausbusseja ei ole tuolloin; juna kulkee normaalisti.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vappuaikataulu-savon-radalla-ei-muutoksia',
    title:
      'Vappuaikataulun kolmesta osaselvityksestä Savon radan selvittäjä vastaa lyhyesti, ettei muutoksia ole, ja perustelee; koostaja ottaa sen mukaan',
    domain: 'juhlapyhien aikataulumuutokset ja vuorot',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: a one-line worker answer that is short because nothing changes, with its evidence',
    request:
      'Vapun 2027 (pe 30.4.–la 1.5.) poikkeusaikataulut: selvittäkää Pääradan, Rantaradan ja Savon radan lisävuorot ja niiden miehitys. Yksi kooste liikennekeskukselle.',
    topology: {
      shape: 'fanout',
      planner: 'pyhasuunnittelija',
      workers: ['paarata_selvittaja', 'rantarata_selvittaja', 'savonrata_selvittaja'],
      aggregator: 'pyhakoostaja',
    },
    agents: [
      {
        name: 'pyhasuunnittelija',
        description: 'Jakaa juhlapyhien aikatauluselvitykset',
        instructions: 'Yksi ohje kullekin rataosalle.',
        replies: [
          {
            plan: {
              paarata_selvittaja: 'Päärata vappu 30.4.–1.5.: lisävuorot ja miehitys (Tampere–Helsinki).',
              rantarata_selvittaja: 'Rantarata vappu 30.4.–1.5.: lisävuorot ja miehitys (Turku–Helsinki).',
              savonrata_selvittaja: 'Savon rata vappu 30.4.–1.5.: lisävuorot ja miehitys (Kouvola–Kuopio).',
            },
          },
        ],
      },
      {
        name: 'paarata_selvittaja',
        description: 'Selvittää Pääradan aikataulut',
        instructions: 'Selvitä lisävuorot ja miehitys.',
        replies: [
          {
            call: 'lisavuorot',
            args: { rataosa: 'päärata', alkaen: '2027-04-30', paattyen: '2027-05-01' },
            result:
              '[{"juna": "IC 9001", "lahto": "HKI 23:50 30.4.", "kuljettaja": "41102"}, {"juna": "IC 9003", "lahto": "TPE 02:15 1.5.", "kuljettaja": "40388"}]',
          },
          {
            say: 'Päärata: 2 lisävuoroa — IC 9001 Hki 23:50 (41102), IC 9003 Tre 02:15 (40388). Miehitetty.',
          },
        ],
      },
      {
        name: 'rantarata_selvittaja',
        description: 'Selvittää Rantaradan aikataulut',
        instructions: 'Selvitä lisävuorot ja miehitys.',
        replies: [
          {
            call: 'lisavuorot',
            args: { rataosa: 'rantarata', alkaen: '2027-04-30', paattyen: '2027-05-01' },
            result: '[{"juna": "IC 9151", "lahto": "TKU 22:40 30.4.", "kuljettaja": "AUKI"}]',
          },
          {
            say: 'Rantarata: 1 lisävuoro IC 9151 Turku 22:40 pe 30.4. — kuljettaja vielä auki, varalla 2 Turun kuljettajaa.',
          },
        ],
      },
      {
        name: 'savonrata_selvittaja',
        description: 'Selvittää Savon radan aikataulut',
        instructions: 'Selvitä lisävuorot ja miehitys.',
        replies: [
          {
            call: 'lisavuorot',
            args: { rataosa: 'savon rata', alkaen: '2027-04-30', paattyen: '2027-05-01' },
            result:
              '[]  -- 0 lisävuoroa; perusaikataulu voimassa (kapasiteetti riittää: ennakkovaraukset 61 % IC 71/IC 75)',
          },
          {
            say: 'Savon rata: ei lisävuoroja vapuksi, perusaikataulu riittää (täyttöaste ennakkoon 61 %). Ei miehitystarvetta.',
          },
        ],
      },
      {
        name: 'pyhakoostaja',
        description: 'Kokoaa aikatauluselvitykset',
        instructions: 'Kokoa yksi kooste.',
        replies: [
          {
            say: '## Vappu 30.4.–1.5.2027 — lisävuorot\n\n| rataosa | juna | lähtö | kuljettaja |\n|---|---|---|---|\n| Päärata | IC 9001 | Hki 23:50 pe | 41102 |\n| Päärata | IC 9003 | Tre 02:15 la | 40388 |\n| Rantarata | IC 9151 | Tku 22:40 pe | **auki** (2 varalla) |\n| Savon rata | — | perusaikataulu (täyttö 61 %) | — |\n\nToimenpide: IC 9151:n kuljettaja nimettävä.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch102Scenarios = [...faults, ...healthy];
