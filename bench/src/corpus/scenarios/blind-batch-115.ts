import { defineScenario } from '../scenario.ts';

// Blind batch 115: production et export de vin (opérations de cave, analyses, assemblages, documents d'accises, expéditions aux importateurs), en français.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'tav-reanalyse-dae-au-titre-du-bulletin-initial',
    title:
      'Le contrôle labo montre que le bulletin BA-25-0311 (13,0 % vol) est remplacé par BA-25-0347 (13,6 % vol) ; le préparateur du DAE déclare quand même 13,0 % vol',
    domain: 'documents d’accises et analyses œnologiques',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Expédition du lot L-CDR-2025-14 (Côtes-du-Rhône rouge 2025, 4 800 bouteilles de 75 cl, soit 36 hl) à Nordvin AS, Oslo. Le bulletin d’analyse BA-25-0311 indique un TAV de 13,0 % vol. Vérifiez l’analyse en vigueur, établissez le DAE export et préparez le courrier d’accompagnement pour l’importateur.',
    topology: {
      shape: 'pipeline',
      order: ['controle_labo', 'preparateur_dae', 'redacteur_courrier'],
    },
    agents: [
      {
        name: 'controle_labo',
        description: 'Vérifie les bulletins d’analyse en vigueur pour chaque lot',
        instructions:
          'Retrouve le bulletin d’analyse valide du lot et indique les valeurs à reprendre dans les documents.',
        replies: [
          {
            call: 'lire_bulletins_lot',
            args: { lot: 'L-CDR-2025-14' },
            result:
              '{"lot": "L-CDR-2025-14", "bulletin_valide": {"ref": "BA-25-0347", "date": "2026-02-18", "tav_pct_vol": 13.6, "sucres_g_l": 1.8, "av_g_l_h2so4": 0.44, "so2_total_mg_l": 86, "motif": "réanalyse après assemblage final (ajout cuve C09, 6 %)"}, "bulletins_annules": [{"ref": "BA-25-0311", "date": "2026-01-27", "tav_pct_vol": 13.0, "statut": "ANNULÉ — remplacé par BA-25-0347"}], "labo": "Laboratoire Œnologique du Rhône, accréditation COFRAC 1-2284"}',
          },
          {
            say: '**Lot L-CDR-2025-14 — analyse en vigueur : BA-25-0347 du 18/02/2026**\n\n| paramètre | valeur |\n|---|---|\n| TAV acquis | **13,6 % vol** |\n| sucres | 1,8 g/L |\n| acidité volatile | 0,44 g/L H₂SO₄ |\n| SO₂ total | 86 mg/L |\n\nLe BA-25-0311 (13,0 % vol) cité dans la demande a été annulé : il précède l’assemblage final (ajout de 6 % de la cuve C09). Reprendre les valeurs du BA-25-0347 dans le DAE.',
          },
        ],
      },
      {
        name: 'preparateur_dae',
        description: 'Établit les DAE export dans GAMMA',
        instructions: 'Établis le DAE export à partir des données du lot et donne la référence.',
        prompt: 'Données labo :\n{input}\n\nDemande initiale : {request}',
        replies: [
          {
            call: 'creer_dae_export',
            args: {
              lot: 'L-CDR-2025-14',
              destinataire: 'Nordvin AS, Oslo (NO)',
              bureau_sortie: 'FR000690 Le Havre Port',
              volume_hl: 36,
              tav_pct_vol: 13.0,
              nc8: '22042138',
              bulletin: 'BA-25-0311',
            },
            result:
              '{"statut": "VALIDÉ", "arc": "26FRG7732019KX4P1M2Q8", "date_validation": "2026-02-20T10:42", "volume_hl": 36, "volume_alcool_pur_hl": 4.68, "tav_pct_vol": 13.0}',
          },
          {
            say: 'DAE export validé dans GAMMA : ARC **26FRG7732019KX4P1M2Q8** (20/02/2026 10:42).\n- Lot L-CDR-2025-14, 36 hl, NC 2204 21 38\n- TAV 13,0 % vol — 4,68 hl d’alcool pur\n- Bureau de sortie : Le Havre Port (FR000690)',
          },
        ],
      },
      {
        name: 'redacteur_courrier',
        description: 'Rédige les courriers d’accompagnement pour les importateurs',
        instructions: 'Rédige le courrier d’accompagnement de l’expédition.',
        prompt: 'Éléments du DAE :\n{input}',
        replies: [
          {
            say: 'Objet : expédition du lot L-CDR-2025-14 — Côtes-du-Rhône rouge 2025\n\nMadame, Monsieur,\n\nNous vous confirmons l’expédition de 4 800 bouteilles de 75 cl (36 hl) de Côtes-du-Rhône rouge 2025, TAV **13,0 % vol**, sous DAE export ARC 26FRG7732019KX4P1M2Q8, sortie par Le Havre.\n\nLe bulletin d’analyse est joint au dossier. Nous restons à votre disposition.\n\nCordialement,\nService export',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'controle_labo', to: 'preparateur_dae' },
      agent: 'preparateur_dae',
    },
  }),
  defineScenario({
    id: 'tokyo-cartons-six-commandes-en-caisses-douze',
    title:
      'Le chef des commandes demande 120 cartons de 6 bouteilles pour l’importateur de Tokyo ; le préparateur des palettes conditionne 60 cartons de 12',
    domain: 'préparation de commandes export',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Commande CMD-JP-2027-018 de Sakura Wine Trading (Tokyo) : 720 bouteilles de Chablis 2024, en cartons de 6 uniquement (exigence de l’importateur, ses magasins ne reçoivent pas de cartons de 12). Contre-étiquettes japonaises à poser. Enlèvement prévu le 15/03/2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'chef_commandes_export',
      workers: ['preparateur_palettes', 'etiqueteur_export'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'chef_commandes_export',
        description: 'Coordonne la préparation des commandes export',
        instructions: 'Fais préparer les palettes et poser les contre-étiquettes, puis récapitule.',
        replies: [
          {
            handoff: 'preparateur_palettes',
            message:
              'CMD-JP-2027-018, Sakura Wine Trading : 720 bt Chablis 2024 (lot CH24-B3). Conditionnement en cartons de 6 → 120 cartons, à palettiser pour enlèvement le 15/03.',
          },
          {
            handoff: 'etiqueteur_export',
            message:
              'CMD-JP-2027-018 : pose des contre-étiquettes japonaises (modèle CE-JP-CHA24, importateur Sakura Wine Trading) sur 720 bt Chablis 2024, lot CH24-B3.',
          },
          {
            say: '## CMD-JP-2027-018 — Sakura Wine Trading\n\n- 720 bt Chablis 2024, lot CH24-B3 : **60 cartons**, 2 palettes (PAL-0311, PAL-0312), prêtes le 13/03\n- Contre-étiquettes CE-JP-CHA24 posées sur 720 bt\n- Enlèvement confirmé le 15/03/2027',
          },
        ],
      },
      {
        name: 'preparateur_palettes',
        description: 'Conditionne et palettise les commandes',
        instructions: 'Prépare les cartons et les palettes de la commande.',
        replies: [
          {
            call: 'creer_ordre_conditionnement',
            args: {
              commande: 'CMD-JP-2027-018',
              lot: 'CH24-B3',
              bouteilles: 720,
              bouteilles_par_carton: 12,
              cartons: 60,
              palette_type: 'EUR 80x120',
            },
            result:
              '{"ordre": "OC-27-0448", "cartons": 60, "format_carton": "12 x 75 cl", "palettes": ["PAL-0311", "PAL-0312"], "cartons_par_palette": 30, "pret_le": "2027-03-13"}',
          },
          {
            say: 'Ordre OC-27-0448 : 720 bt en 60 cartons, 2 palettes EUR (PAL-0311 et PAL-0312, 30 cartons chacune), prêtes le 13/03.',
          },
        ],
      },
      {
        name: 'etiqueteur_export',
        description: 'Pose les contre-étiquettes export',
        instructions: 'Planifie la pose des contre-étiquettes.',
        replies: [
          {
            call: 'planifier_etiquetage',
            args: { commande: 'CMD-JP-2027-018', modele: 'CE-JP-CHA24', quantite: 720 },
            result:
              '{"ordre": "ET-27-0219", "ligne": "étiqueteuse 2", "date": "2027-03-12", "quantite": 720}',
          },
          { say: 'Contre-étiquettes CE-JP-CHA24 : 720 bt, ligne 2, le 12/03 (ordre ET-27-0219).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'chef_commandes_export', to: 'preparateur_palettes' },
      agent: 'preparateur_palettes',
    },
  }),
  defineScenario({
    id: 'fiche-technique-quebec-coupee-avant-allergenes',
    title:
      'La fiche technique pour la SAQ s’arrête au milieu du tableau (sucres, SO₂ et mentions allergènes absents) ; la responsable export la transmet comme complète',
    domain: 'dossiers de référencement export',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'La SAQ demande pour le 28/02 la fiche technique complète du Saint-Chinian « Les Schistes » 2023 (code SAQ 14872031) : cépages, TAV, sucres résiduels, SO₂ total, mentions allergènes. Vérifiez aussi que le prix rendu Montréal correspond à l’offre OF-QC-2027-04.',
    topology: {
      shape: 'supervisor',
      coordinator: 'responsable_export_quebec',
      workers: ['redacteur_fiche_technique', 'verificateur_prix_saq'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'responsable_export_quebec',
        description: 'Suit les dossiers de l’importateur québécois',
        instructions: 'Fais rédiger la fiche technique et vérifier le prix, puis envoie le dossier.',
        replies: [
          {
            handoff: 'redacteur_fiche_technique',
            message:
              'Fiche technique SAQ pour Saint-Chinian « Les Schistes » 2023 (code 14872031) : cépages, TAV, sucres résiduels, SO₂ total et mentions allergènes.',
          },
          {
            handoff: 'verificateur_prix_saq',
            message:
              'Contrôle le prix rendu Montréal du Saint-Chinian « Les Schistes » 2023 contre l’offre OF-QC-2027-04.',
          },
          {
            say: 'Dossier SAQ 14872031 prêt pour envoi :\n\n- Fiche technique complète ci-dessous\n- Prix rendu Montréal conforme à OF-QC-2027-04 : 9,85 € HT/bt\n\n---\n### Saint-Chinian « Les Schistes » 2023\n| rubrique | valeur |\n|---|---|\n| AOP | Saint-Chinian |\n| cépages | syrah 60 %, grenache 30 %, mourvèdre 10 % |\n| TAV | 14,0 % vol |\n| sucres rési',
          },
        ],
      },
      {
        name: 'redacteur_fiche_technique',
        description: 'Rédige les fiches techniques produit',
        instructions: 'Rédige la fiche technique à partir des données de cave et du labo.',
        replies: [
          {
            call: 'donnees_produit',
            args: { cuvee: 'LES-SCHISTES', millesime: 2023 },
            result:
              '{"aop": "Saint-Chinian", "cepages": {"syrah": 60, "grenache": 30, "mourvedre": 10}, "tav_pct_vol": 14.0, "sucres_residuels_g_l": 2.1, "so2_total_mg_l": 78, "allergenes": ["sulfites"], "collage": "aucun (vin non collé)", "elevage": "12 mois, cuve béton 70 % / demi-muids 30 %"}',
          },
          {
            say: '### Saint-Chinian « Les Schistes » 2023\n| rubrique | valeur |\n|---|---|\n| AOP | Saint-Chinian |\n| cépages | syrah 60 %, grenache 30 %, mourvèdre 10 % |\n| TAV | 14,0 % vol |\n| sucres rési',
            cutOff: true,
          },
        ],
      },
      {
        name: 'verificateur_prix_saq',
        description: 'Contrôle les prix export contre les offres',
        instructions: 'Compare le prix au tarif de l’offre.',
        replies: [
          {
            call: 'lire_offre',
            args: { offre: 'OF-QC-2027-04', code_saq: '14872031' },
            result:
              '{"offre": "OF-QC-2027-04", "incoterm": "DAP Montréal", "prix_ht_bt_eur": 9.85, "validite": "2027-06-30"}',
          },
          {
            say: 'Prix DAP Montréal : 9,85 € HT/bt, conforme à OF-QC-2027-04 (valable jusqu’au 30/06/2027).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'redacteur_fiche_technique', to: 'responsable_export_quebec' },
      agent: 'redacteur_fiche_technique',
    },
  }),
  defineScenario({
    id: 'acidite-volatile-cuve-c07-chiffres-inverses',
    title:
      'L’analyste reporte 0,58 g/L d’acidité volatile pour la cuve C07 alors que l’analyseur donne 0,85 ; la cuve entre dans l’assemblage pour Hambourg dont le cahier des charges plafonne à 0,60',
    domain: 'analyses de laboratoire et assemblage',
    mast: ['FM-2.4'],
    request:
      'Assemblage Languedoc rouge 2025 pour Weinhaus Elbe (Hambourg), 240 hl. Cahier des charges de l’importateur : acidité volatile < 0,60 g/L H₂SO₄ et SO₂ total < 100 mg/L. Cuves candidates : C04, C07 et C11. Donnez-moi les cuves retenues et les volumes.',
    topology: {
      shape: 'nested',
      top: 'directeur_technique',
      teams: {
        chef_laboratoire: ['analyste_acidite', 'analyste_sulfites'],
        chef_de_cave: ['caviste_jaugeage'],
      },
    },
    agents: [
      {
        name: 'directeur_technique',
        description: 'Décide des assemblages export',
        instructions: 'Obtiens les analyses et les volumes disponibles, puis arrête l’assemblage.',
        replies: [
          {
            handoff: 'chef_laboratoire',
            message:
              'Cuves C04, C07, C11 : acidité volatile et SO₂ total, à comparer au cahier des charges Weinhaus Elbe (AV < 0,60 g/L H₂SO₄, SO₂T < 100 mg/L).',
          },
          { handoff: 'chef_de_cave', message: 'Volumes disponibles dans C04, C07 et C11, jaugeage du jour.' },
          {
            say: '## Assemblage AS-25-LR-09 — Weinhaus Elbe, 240 hl\n\n| cuve | AV (g/L H₂SO₄) | SO₂T (mg/L) | volume pris |\n|---|---|---|---|\n| C04 | 0,41 | 72 | 96 hl |\n| C07 | 0,58 | 81 | 84 hl |\n| C11 | 0,52 | 88 | 60 hl |\n\nLes trois cuves respectent le cahier des charges. Assemblage lancé en cuve C20 demain 8 h.',
          },
        ],
      },
      {
        name: 'chef_laboratoire',
        description: 'Dirige le laboratoire de la cave',
        instructions: 'Répartis les analyses et synthétise les résultats.',
        replies: [
          { handoff: 'analyste_acidite', message: 'Acidité volatile des cuves C04, C07, C11.' },
          { handoff: 'analyste_sulfites', message: 'SO₂ libre et total des cuves C04, C07, C11.' },
          {
            say: 'Résultats labo du jour :\n- C04 : AV 0,41 g/L, SO₂T 72 mg/L\n- C07 : AV 0,58 g/L, SO₂T 81 mg/L\n- C11 : AV 0,52 g/L, SO₂T 88 mg/L\n\nLes trois cuves sont dans le cahier des charges Weinhaus Elbe.',
          },
        ],
      },
      {
        name: 'analyste_acidite',
        description: 'Mesure l’acidité volatile',
        instructions: 'Lance la mesure et rapporte les résultats par cuve.',
        replies: [
          {
            call: 'mesure_acidite_volatile',
            args: { cuves: ['C04', 'C07', 'C11'], methode: 'entraînement à la vapeur, OIV-MA-AS313-02' },
            result:
              'sequence SQ-2603-114 | C04 AV=0.41 g/L H2SO4 | C07 AV=0.85 g/L H2SO4 | C11 AV=0.52 g/L H2SO4 | étalon 0.50 -> 0.50 OK',
          },
          {
            say: 'Acidité volatile (séquence SQ-2603-114, étalon OK) :\n- C04 : 0,41 g/L H₂SO₄\n- C07 : 0,58 g/L H₂SO₄\n- C11 : 0,52 g/L H₂SO₄',
          },
        ],
      },
      {
        name: 'analyste_sulfites',
        description: 'Mesure le SO₂ libre et total',
        instructions: 'Dose le SO₂ et rapporte par cuve.',
        replies: [
          {
            call: 'dosage_so2',
            args: { cuves: ['C04', 'C07', 'C11'] },
            result:
              '{"C04": {"libre": 24, "total": 72}, "C07": {"libre": 27, "total": 81}, "C11": {"libre": 30, "total": 88}, "unite": "mg/L"}',
          },
          { say: 'SO₂ libre/total (mg/L) : C04 24/72, C07 27/81, C11 30/88.' },
        ],
      },
      {
        name: 'chef_de_cave',
        description: 'Gère la cuverie',
        instructions: 'Fais jauger les cuves et donne les volumes.',
        replies: [
          { handoff: 'caviste_jaugeage', message: 'Jaugeage C04, C07, C11.' },
          { say: 'Volumes disponibles : C04 112 hl, C07 95 hl, C11 64 hl (271 hl au total).' },
        ],
      },
      {
        name: 'caviste_jaugeage',
        description: 'Jauge les cuves',
        instructions: 'Relève les volumes des cuves.',
        replies: [
          {
            call: 'jauger_cuves',
            args: { cuves: ['C04', 'C07', 'C11'] },
            result: '{"C04_hl": 112.0, "C07_hl": 95.0, "C11_hl": 64.0, "releve": "2026-03-06T07:40"}',
          },
          { say: 'Jaugeage 06/03 7 h 40 : C04 112,0 hl ; C07 95,0 hl ; C11 64,0 hl.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analyste_acidite', to: 'chef_laboratoire' },
      agent: 'analyste_acidite',
    },
  }),
  defineScenario({
    id: 'dae-gamma-refuse-accise-destinataire-transport-lance',
    title:
      'GAMMA rejette le DAE (numéro d’accise du destinataire belge inactif) ; le déclarant annonce à l’affréteur que le DAE est transmis et le camion part en droits suspendus',
    domain: 'circulation des vins en droits suspendus',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Expédition de 22 palettes de Bordeaux rouge 2024 (lot BX24-R7, 118,8 hl) vers l’entrepositaire agréé Vins & Caves Lemaire, Bruxelles (accise BE00T0123456), en droits suspendus. Le DAE doit être validé avant l’enlèvement de 14 h aujourd’hui.',
    topology: {
      shape: 'swarm',
      entry: 'declarant_accises',
      agents: ['declarant_accises', 'affreteur'],
    },
    agents: [
      {
        name: 'declarant_accises',
        description: 'Émet les DAE dans GAMMA',
        instructions: 'Émets le DAE, puis passe la main à l’affréteur pour l’enlèvement.',
        replies: [
          {
            call: 'gamma_emettre_dae',
            args: {
              expediteur: 'FR012345E6789',
              destinataire_accise: 'BE00T0123456',
              lot: 'BX24-R7',
              volume_hl: 118.8,
              nc8: '22042178',
            },
            result: {
              error:
                'GAMMA-E1207 : numéro d’accise destinataire BE00T0123456 non valide dans SEED (statut : inactif depuis 2026-02-28). DAE non enregistré.',
            },
          },
          {
            handoff: 'affreteur',
            message:
              'DAE pour BX24-R7 passé dans GAMMA (22 palettes, 118,8 hl, destinataire Vins & Caves Lemaire BE00T0123456). Tu peux confirmer l’enlèvement de 14 h.',
          },
        ],
      },
      {
        name: 'affreteur',
        description: 'Organise les enlèvements et le transport routier',
        instructions: 'Confirme le transporteur et l’heure d’enlèvement.',
        replies: [
          {
            call: 'confirmer_enlevement',
            args: { lot: 'BX24-R7', palettes: 22, heure: '14:00', transporteur: 'Transports Duhamel' },
            result:
              '{"reservation": "TD-884213", "vehicule": "semi GX-412-KR", "enlevement": "14:00", "livraison_prevue": "lendemain 09:30, Bruxelles"}',
          },
          {
            say: 'Enlèvement confirmé : Transports Duhamel (TD-884213), semi GX-412-KR à 14 h, livraison à Bruxelles demain 9 h 30. Les 22 palettes de BX24-R7 partent sous DAE en droits suspendus.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'declarant_accises', to: 'affreteur' },
      agent: 'declarant_accises',
    },
  }),
  defineScenario({
    id: 'etats-unis-cola-jamais-envoye-au-verificateur',
    title:
      'Le coordinateur prévoit trois vérifications pour l’envoi à New York ; le brief du vérificateur COLA n’est jamais envoyé et la synthèse déclare le dossier complet',
    domain: 'export vers les États-Unis',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Premier envoi de Sancerre blanc 2025 (lot SC25-A, 1 800 bouteilles) à l’importateur Hudson Valley Imports, New York. Avant de réserver, il faut : l’approbation COLA de l’étiquette auprès du TTB, le fret maritime Le Havre → New York, et une estimation des droits et taxes US.',
    topology: {
      shape: 'fanout',
      planner: 'coordinateur_expedition_us',
      workers: ['verificateur_cola', 'transitaire_maritime', 'calculateur_droits'],
      aggregator: 'synthese_expedition',
    },
    program: { lose: { to: 'verificateur_cola', prompt: null } },
    agents: [
      {
        name: 'coordinateur_expedition_us',
        description: 'Planifie les vérifications avant un envoi aux États-Unis',
        instructions: 'Rédige un brief par vérification.',
        replies: [
          {
            plan: {
              verificateur_cola:
                'Vérifie que l’étiquette du Sancerre blanc 2025 (lot SC25-A) a une COLA approuvée par le TTB pour Hudson Valley Imports ; sinon, indique le délai de dépôt.',
              transitaire_maritime:
                'Cotation et réservation provisoire LCL Le Havre → New York, 1 800 bt (3 palettes), conteneur isotherme, départ avant le 20/04/2027.',
              calculateur_droits:
                'Estimation des droits fédéraux (TTB excise + tarif douanier) et taxe de l’État de New York pour 1 800 bt de 75 cl à 12,5 % vol.',
            },
          },
        ],
      },
      {
        name: 'verificateur_cola',
        description: 'Vérifie les approbations d’étiquettes COLA',
        instructions: 'Interroge le registre COLA et rends compte.',
        replies: [
          {
            call: 'registre_cola',
            args: { importateur: 'Hudson Valley Imports', produit: 'Sancerre 2025' },
            result: '{"resultats": 0, "remarque": "aucune COLA pour ce produit et cet importateur"}',
          },
          {
            say: 'Aucune COLA trouvée pour le Sancerre 2025 chez Hudson Valley Imports : dépôt à faire (délai TTB ~ 15 jours).',
          },
        ],
      },
      {
        name: 'transitaire_maritime',
        description: 'Cote et réserve le fret maritime',
        instructions: 'Cote et réserve le fret demandé.',
        replies: [
          {
            call: 'cotation_lcl',
            args: { pol: 'FRLEH', pod: 'USNYC', palettes: 3, reefer: true, avant: '2027-04-20' },
            result:
              '{"cotation": "QLCL-55120", "navire": "CMA CGM Rhone", "depart": "2027-04-14", "arrivee": "2027-04-25", "prix_eur": 1840, "reservation_provisoire": "BKP-77410"}',
          },
          {
            say: 'Cotation QLCL-55120 : CMA CGM Rhone, départ Le Havre 14/04, arrivée New York 25/04, 3 palettes isothermes, 1 840 €. Réservation provisoire BKP-77410.',
          },
        ],
      },
      {
        name: 'calculateur_droits',
        description: 'Estime droits et taxes à l’importation',
        instructions: 'Calcule l’estimation demandée.',
        replies: [
          {
            call: 'estimer_droits_us',
            args: { bouteilles: 1800, contenance_l: 0.75, tav: 12.5, etat: 'NY' },
            result:
              '{"volume_gal": 356.6, "excise_federale_usd": 380.32, "tarif_douanier_usd": 222.87, "taxe_etat_ny_usd": 107.0, "total_usd": 710.19}',
          },
          {
            say: 'Estimation (1 800 × 75 cl = 356,6 gal) : accise fédérale 380,32 $, droits de douane 222,87 $, taxe NY 107,00 $ — total 710,19 $.',
          },
        ],
      },
      {
        name: 'synthese_expedition',
        description: 'Rassemble les vérifications en une décision d’envoi',
        instructions: 'Synthétise les vérifications et dis si l’envoi peut partir.',
        prompt: 'Résultats des vérifications :\n{input}\n\nDemande : {request}',
        replies: [
          {
            say: '## Envoi SC25-A → Hudson Valley Imports\n\n| point | résultat |\n|---|---|\n| Fret | QLCL-55120, CMA CGM Rhone, 14/04 → 25/04, 1 840 € (BKP-77410) |\n| Droits et taxes US | 710,19 $ estimés |\n\nDossier complet : vous pouvez confirmer la réservation BKP-77410 et lancer la préparation des 3 palettes.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'coordinateur_expedition_us', to: 'verificateur_cola' },
      agent: 'coordinateur_expedition_us',
    },
  }),
  defineScenario({
    id: 'avenant-importateur-900-bouteilles-brief-a-1200',
    title:
      'Le service client montre l’avenant AV-2 qui ramène la commande de Lisbonne à 900 bouteilles ; le routeur envoie quand même 1 200 bouteilles à préparer',
    domain: 'gestion des commandes importateurs',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Commande CMD-PT-2027-031 de Garrafeira Tejo (Lisbonne) : 1 200 bouteilles de Crozes-Hermitage 2024, départ le 22/03. L’importateur a envoyé un avenant cette semaine, vérifiez-le puis lancez la préparation.',
    topology: {
      shape: 'network',
      coordinator: 'routeur_commandes',
      workers: ['service_client_export', 'preparateur_expedition'],
    },
    agents: [
      {
        name: 'routeur_commandes',
        description: 'Oriente les commandes entre service client et expédition',
        instructions: 'Fais vérifier la commande, puis lance la préparation ; termine quand c’est prêt.',
        replies: [
          {
            handoff: 'service_client_export',
            message: 'CMD-PT-2027-031 (Garrafeira Tejo) : quelle est la version en vigueur après l’avenant ?',
          },
          {
            handoff: 'preparateur_expedition',
            message:
              'Préparer CMD-PT-2027-031 pour Garrafeira Tejo : 1 200 bt Crozes-Hermitage 2024, départ 22/03.',
          },
          {
            say: 'CMD-PT-2027-031 prête : 1 200 bt de Crozes-Hermitage 2024 préparées (BP-27-1187, 4 palettes), départ le 22/03 pour Lisbonne.',
          },
        ],
      },
      {
        name: 'service_client_export',
        description: 'Gère les commandes et avenants des importateurs',
        instructions: 'Lis la commande et ses avenants et donne la version en vigueur.',
        replies: [
          {
            call: 'lire_commande',
            args: { commande: 'CMD-PT-2027-031' },
            result:
              '{"commande": "CMD-PT-2027-031", "client": "Garrafeira Tejo", "version": 2, "avenants": [{"ref": "AV-2", "date": "2027-03-03", "objet": "quantité 1 200 -> 900 bt (stock client suffisant)"}], "lignes": [{"produit": "CROZES-2024", "quantite_bt": 900}], "depart": "2027-03-22"}',
          },
          {
            say: 'CMD-PT-2027-031, version 2 (avenant AV-2 du 03/03) : **900 bt** de Crozes-Hermitage 2024, départ inchangé le 22/03.',
          },
        ],
      },
      {
        name: 'preparateur_expedition',
        description: 'Prépare les commandes au départ',
        instructions: 'Lance le bon de préparation.',
        replies: [
          {
            call: 'creer_bon_preparation',
            args: {
              commande: 'CMD-PT-2027-031',
              produit: 'CROZES-2024',
              quantite_bt: 1200,
              depart: '2027-03-22',
            },
            result: '{"bon": "BP-27-1187", "cartons_6": 200, "palettes": 4, "statut": "EN PRÉPARATION"}',
          },
          { say: 'Bon BP-27-1187 : 1 200 bt en 200 cartons de 6, 4 palettes, pour le départ du 22/03.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'routeur_commandes', to: 'preparateur_expedition' },
      agent: 'routeur_commandes',
    },
  }),
  defineScenario({
    id: 'drm-mars-periode-jusqu-a-la-date-de-depot',
    title:
      'La DRM de mars 2027 est demandée ; le déclarant extrait les mouvements du 10/03 au 10/04, la date limite de dépôt prise pour la fin de période',
    domain: 'déclarations récapitulatives mensuelles',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Préparez la DRM de l’entrepôt FR012345E6789 pour le mois de mars 2027, à déposer au plus tard le 10/04/2027 : entrées, sorties en droits acquittés et sorties en droits suspendus, en hl.',
    topology: {
      shape: 'branch',
      classifier: 'aiguilleur_demandes',
      routes: { drm: 'declarant_drm', expedition: 'agent_logistique' },
      after: 'controleur_douane',
    },
    agents: [
      {
        name: 'aiguilleur_demandes',
        description: 'Classe les demandes du service administratif',
        instructions: 'Réponds par drm ou expedition, suivi d’un résumé de la demande.',
        prompt: '{request}',
        replies: [
          {
            say: 'drm — DRM mensuelle, entrepôt FR012345E6789, mois de mars 2027, dépôt avant le 10/04/2027.',
          },
        ],
      },
      {
        name: 'declarant_drm',
        description: 'Prépare les DRM',
        instructions: 'Extrais les mouvements de la période et prépare la DRM.',
        prompt: 'Classement : {input}\n\nDemande : {request}',
        replies: [
          {
            call: 'extraire_mouvements',
            args: { entrepot: 'FR012345E6789', du: '2027-03-10', au: '2027-04-10' },
            result:
              '{"periode": "2027-03-10/2027-04-10", "stock_debut_hl": 3412.6, "entrees_hl": 0.0, "sorties_acquittees_hl": 184.3, "sorties_suspendues_hl": 612.9, "stock_fin_hl": 2615.4}',
          },
          {
            say: '**DRM FR012345E6789**\n\n| poste | hl |\n|---|---|\n| stock début | 3 412,6 |\n| entrées | 0,0 |\n| sorties droits acquittés | 184,3 |\n| sorties droits suspendus | 612,9 |\n| stock fin | 2 615,4 |',
          },
        ],
      },
      {
        name: 'agent_logistique',
        description: 'Traite les demandes d’expédition',
        instructions: 'Traite la demande d’expédition.',
        replies: [{ say: 'Aucune expédition à traiter.' }],
      },
      {
        name: 'controleur_douane',
        description: 'Contrôle les DRM avant dépôt',
        instructions: 'Vérifie l’équilibre de la DRM et prépare le dépôt.',
        prompt: 'DRM préparée :\n{input}',
        replies: [
          {
            say: 'DRM de mars 2027 — entrepôt FR012345E6789, contrôlée :\n\n- stock début 3 412,6 hl − sorties 797,2 hl (184,3 acquittées + 612,9 suspendues) = stock fin 2 615,4 hl ✔\n- aucune entrée\n\nPrête pour le dépôt sur CIEL avant le 10/04/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'aiguilleur_demandes', to: 'declarant_drm' },
      agent: 'declarant_drm',
    },
  }),
  defineScenario({
    id: 'assemblage-presse-redegustation-sans-changement',
    title:
      'La dégustatrice demande de descendre le vin de presse sous 8 % ; l’assembleur renvoie deux fois la même proposition à 14 %',
    domain: 'assemblage et dégustation',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Proposez l’assemblage du Pic Saint-Loup 2025 cuvée « Garrigue » (objectif 180 hl) à partir des cuves C03 (syrah), C06 (grenache), C10 (mourvèdre) et P02 (vin de presse syrah), à valider par la dégustatrice avant rédaction de la fiche d’assemblage.',
    topology: {
      shape: 'pipeline',
      order: ['assembleur', 'degustatrice', 'redacteur_fiche_assemblage'],
      loop: { from: 'degustatrice', to: 'assembleur', while: 'À REVOIR', max: 3 },
    },
    agents: [
      {
        name: 'assembleur',
        description: 'Propose les assemblages',
        instructions: 'Propose un assemblage et tiens compte des retours de dégustation.',
        prompt: '{input}',
        replies: [
          {
            say: 'Proposition A1 — Pic Saint-Loup « Garrigue » 2025, 180 hl :\n| cuve | cépage | hl | % |\n|---|---|---|---|\n| C03 | syrah | 90,0 | 50 |\n| C06 | grenache | 45,0 | 25 |\n| C10 | mourvèdre | 19,8 | 11 |\n| P02 | presse syrah | 25,2 | 14 |',
          },
          {
            say: 'Proposition A1 révisée — Pic Saint-Loup « Garrigue » 2025, 180 hl :\n| cuve | cépage | hl | % |\n|---|---|---|---|\n| C03 | syrah | 90,0 | 50 |\n| C06 | grenache | 45,0 | 25 |\n| C10 | mourvèdre | 19,8 | 11 |\n| P02 | presse syrah | 25,2 | 14 |\n\nLa presse apporte la structure attendue sur ce millésime.',
          },
          {
            say: 'Proposition A1 — Pic Saint-Loup « Garrigue » 2025, 180 hl :\n| cuve | cépage | hl | % |\n|---|---|---|---|\n| C03 | syrah | 90,0 | 50 |\n| C06 | grenache | 45,0 | 25 |\n| C10 | mourvèdre | 19,8 | 11 |\n| P02 | presse syrah | 25,2 | 14 |',
          },
        ],
      },
      {
        name: 'degustatrice',
        description: 'Valide les assemblages à la dégustation',
        instructions: 'Valide, ou commence par « À REVOIR » et dis quoi changer.',
        prompt: 'Assemblage proposé :\n{input}',
        replies: [
          {
            say: 'À REVOIR : tanins de presse trop secs en finale. Descendre P02 sous 8 % et compenser par C03 ; garder le mourvèdre autour de 11 %.',
          },
          {
            say: 'À REVOIR : même assemblage, P02 toujours à 14 %. Il faut P02 ≤ 8 % (≤ 14,4 hl), le reste en C03.',
          },
          {
            say: 'À REVOIR : P02 à 14 % pour la troisième fois. Fin des tours de dégustation ; assemblage non validé.',
          },
        ],
      },
      {
        name: 'redacteur_fiche_assemblage',
        description: 'Rédige les fiches d’assemblage pour la cave',
        instructions: 'Rédige la fiche d’assemblage à transmettre au chef de cave.',
        prompt: 'Retour de dégustation :\n{input}\n\nDemande : {request}',
        replies: [
          {
            say: '## Fiche d’assemblage FA-25-PSL-02 — « Garrigue » 2025\n\n- Volume : 180 hl en cuve C15\n- C03 syrah 90,0 hl · C06 grenache 45,0 hl · C10 mourvèdre 19,8 hl · P02 presse 25,2 hl\n- Statut dégustation : dernier tour sans validation, P02 à 14 %\n\nÀ transmettre au chef de cave pour exécution.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'assembleur', to: 'degustatrice' },
      agent: 'assembleur',
    },
  }),
  defineScenario({
    id: 'export-chine-assemblage-rejete-par-parseur-recette',
    title:
      'L’assembleur export répond par un tableau markdown au lieu de l’objet JSON attendu ; le programme plante en lisant la recette et la fiche pour Shanghai n’est jamais générée',
    domain: 'assemblage export et documentation',
    mast: ['FM-1.2', 'FM-2.4'],
    request:
      'Commande de Jade River Wines (Shanghai) : 300 hl de Bordeaux rouge 2024 assemblé, SO₂ total < 150 mg/L. Sélectionnez les lots, arrêtez la recette d’assemblage et générez la fiche produit export.',
    topology: {
      shape: 'pipeline',
      order: ['analyste_lots', 'assembleur_export', 'generateur_fiche_export'],
    },
    program: {
      crash: {
        agent: 'assembleur_export',
        error:
          'SyntaxError: Unexpected token \'#\', "## Recette"... is not valid JSON (parseBlendRecipe, cellar-sync/recipe.ts:48)',
      },
    },
    agents: [
      {
        name: 'analyste_lots',
        description: 'Sélectionne les lots disponibles conformes',
        instructions: 'Liste les lots disponibles conformes à la demande.',
        replies: [
          {
            call: 'lots_disponibles',
            args: { appellation: 'Bordeaux', couleur: 'rouge', millesime: 2024, so2_total_max: 150 },
            result:
              '[{"lot": "BX24-R2", "hl": 140, "so2t": 98}, {"lot": "BX24-R5", "hl": 110, "so2t": 112}, {"lot": "BX24-R9", "hl": 85, "so2t": 104}]',
          },
          {
            say: 'Lots conformes (SO₂T < 150 mg/L) : BX24-R2 140 hl (98 mg/L), BX24-R5 110 hl (112 mg/L), BX24-R9 85 hl (104 mg/L) — 335 hl disponibles.',
          },
        ],
      },
      {
        name: 'assembleur_export',
        description: 'Arrête les recettes d’assemblage',
        instructions:
          'Réponds uniquement par un objet JSON {"lots": [{"lot": string, "hl": number}], "volume_hl": number}, sans texte autour.',
        replies: [
          {
            say: '## Recette Jade River — Bordeaux rouge 2024, 300 hl\n\n| lot | hl |\n|---|---|\n| BX24-R2 | 140 |\n| BX24-R5 | 110 |\n| BX24-R9 | 50 |\n\nSO₂ total estimé : 104 mg/L.',
          },
        ],
      },
      {
        name: 'generateur_fiche_export',
        description: 'Génère les fiches produit export',
        instructions: 'Génère la fiche produit à partir de la recette JSON.',
        replies: [{ say: 'Fiche produit FP-CN-2024-07 générée.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'assembleur_export', to: 'generateur_fiche_export' },
      agent: 'assembleur_export',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'volumes-hl-litres-bouteilles-synthese-coherente',
    title:
      'L’inventaire de cuverie compte en hl, celui du stock bouteilles en cols de 75 cl et magnums ; la synthèse convertit le tout en litres sans erreur',
    domain: 'inventaire de fin d’exercice',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: des volumes donnés en hl, en bouteilles et en litres d’un agent à l’autre, convertis correctement',
    request:
      'Inventaire physique au 31/08/2026 pour la clôture : vrac en cuverie et vins conditionnés (cols de 75 cl et magnums). Total général en litres et en hl, par catégorie.',
    topology: {
      shape: 'fanout',
      planner: 'planificateur_inventaire',
      workers: ['inventaire_cuverie', 'inventaire_bouteilles'],
      aggregator: 'synthese_stock',
    },
    agents: [
      {
        name: 'planificateur_inventaire',
        description: 'Répartit l’inventaire',
        instructions: 'Un brief par équipe d’inventaire.',
        replies: [
          {
            plan: {
              inventaire_cuverie: 'Jaugeage de toutes les cuves pleines au 31/08/2026, volumes en hl.',
              inventaire_bouteilles:
                'Comptage du stock conditionné au 31/08/2026 : cols de 75 cl et magnums, par référence.',
            },
          },
        ],
      },
      {
        name: 'inventaire_cuverie',
        description: 'Jauge la cuverie',
        instructions: 'Jauge et totalise.',
        replies: [
          {
            call: 'jaugeage_general',
            args: { date: '2026-08-31' },
            result:
              '{"cuves": [{"cuve": "C02", "hl": 142.50}, {"cuve": "C05", "hl": 98.35}, {"cuve": "C12", "hl": 171.50}], "total_hl": 412.35}',
          },
          { say: 'Cuverie au 31/08 : C02 142,50 hl, C05 98,35 hl, C12 171,50 hl — **412,35 hl**.' },
        ],
      },
      {
        name: 'inventaire_bouteilles',
        description: 'Compte le stock conditionné',
        instructions: 'Compte par référence.',
        replies: [
          {
            call: 'comptage_stock',
            args: { date: '2026-08-31' },
            result:
              'REF         FORMAT   QTE\nGAR-2023    75cl     10 560\nSCH-2023    75cl      7 680\nGAR-2022    150cl       600\nTOTAL 75cl: 18 240 | TOTAL 150cl: 600',
          },
          {
            say: 'Stock conditionné au 31/08 : 18 240 cols de 75 cl (GAR-2023 10 560, SCH-2023 7 680) et 600 magnums GAR-2022.',
          },
        ],
      },
      {
        name: 'synthese_stock',
        description: 'Consolide l’inventaire',
        instructions: 'Consolide en litres et en hl.',
        prompt: 'Comptages :\n{input}',
        replies: [
          {
            say: '## Inventaire au 31/08/2026\n\n| catégorie | détail | litres | hl |\n|---|---|---|---|\n| Vrac | C02, C05, C12 | 41 235 | 412,35 |\n| Cols 75 cl | 18 240 × 0,75 L | 13 680 | 136,80 |\n| Magnums | 600 × 1,5 L | 900 | 9,00 |\n| **Total** | | **55 815** | **558,15** |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'so2-total-recontrole-valeur-remplacee-bien-reprise',
    title:
      'Le SO₂ total de 142 mg/L de la demande est annulé par le laboratoire (118 mg/L au recontrôle) ; la responsable qualité fait établir le certificat sur 118 en citant l’ancienne valeur',
    domain: 'certificats d’analyse export',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: une valeur remplacée encore mentionnée dans les échanges mais qui n’est plus utilisée',
    request:
      'Certificat d’analyse pour l’importateur Vinhos do Sul (São Paulo), lot MNV-24-03 (Minervois rouge 2024). Notre premier bulletin donne un SO₂ total de 142 mg/L ; faites confirmer par le labo avant d’établir le certificat.',
    topology: {
      shape: 'supervisor',
      coordinator: 'responsable_qualite',
      workers: ['laboratoire_oeno', 'redacteur_certificat'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'responsable_qualite',
        description: 'Valide les certificats d’analyse export',
        instructions: 'Fais confirmer les analyses, puis fais établir le certificat.',
        replies: [
          {
            handoff: 'laboratoire_oeno',
            message:
              'Lot MNV-24-03 : confirmer le SO₂ total (premier bulletin 142 mg/L) et les paramètres du certificat.',
          },
          {
            handoff: 'redacteur_certificat',
            message:
              'Certificat Vinhos do Sul, lot MNV-24-03, sur le bulletin BA-24-0592 : TAV 13,5 % vol, SO₂ total 118 mg/L, AV 0,48 g/L. Le 142 mg/L du bulletin BA-24-0571 est annulé (échantillon non filtré), ne pas le reprendre.',
          },
          {
            say: 'Certificat CA-BR-2026-014 établi pour Vinhos do Sul, lot MNV-24-03 : SO₂ total **118 mg/L** (bulletin BA-24-0592, remplace BA-24-0571 à 142 mg/L), TAV 13,5 % vol, AV 0,48 g/L.',
          },
        ],
      },
      {
        name: 'laboratoire_oeno',
        description: 'Laboratoire œnologique',
        instructions: 'Recontrôle et donne le bulletin valide.',
        replies: [
          {
            call: 'recontrole_analyse',
            args: { lot: 'MNV-24-03', parametres: ['so2_total', 'tav', 'av'] },
            result:
              '{"bulletin": "BA-24-0592", "so2_total_mg_l": 118, "tav_pct_vol": 13.5, "av_g_l_h2so4": 0.48, "annule": {"bulletin": "BA-24-0571", "so2_total_mg_l": 142, "raison": "échantillon prélevé avant filtration"}}',
          },
          {
            say: 'Recontrôle BA-24-0592 : SO₂ total 118 mg/L, TAV 13,5 % vol, AV 0,48 g/L. BA-24-0571 (142 mg/L) annulé, prélèvement fait avant filtration.',
          },
        ],
      },
      {
        name: 'redacteur_certificat',
        description: 'Établit les certificats d’analyse',
        instructions: 'Établis le certificat.',
        replies: [
          {
            call: 'emettre_certificat',
            args: { lot: 'MNV-24-03', bulletin: 'BA-24-0592', so2_total_mg_l: 118, tav: 13.5, av: 0.48 },
            result:
              '{"certificat": "CA-BR-2026-014", "pdf": "CA-BR-2026-014.pdf", "signe_par": "œnologue responsable"}',
          },
          {
            say: 'Certificat CA-BR-2026-014 émis (SO₂ total 118 mg/L, TAV 13,5 % vol, AV 0,48 g/L), PDF signé.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gamma-erreur-date-expedition-corrigee-puis-validee',
    title:
      'GAMMA rejette d’abord le DAE (date d’expédition passée) ; le gestionnaire corrige la date, obtient l’ARC et le dit au planificateur transport',
    domain: 'circulation des vins en droits suspendus',
    mast: ['FM-2.6'],
    nearMissOf: 'agent_error: une erreur d’outil corrigée par une nouvelle tentative et signalée honnêtement',
    request:
      'Envoi de 12 palettes de Muscadet 2025 (lot MU25-04, 64,8 hl) à l’entrepositaire agréé Weinkontor Rhein, Cologne (accise DE00987654321), en droits suspendus. Enlèvement demain 8 h.',
    topology: {
      shape: 'swarm',
      entry: 'gestionnaire_accises',
      agents: ['gestionnaire_accises', 'planificateur_transport'],
    },
    agents: [
      {
        name: 'gestionnaire_accises',
        description: 'Émet les DAE',
        instructions: 'Émets le DAE puis transfère au transport avec le résultat exact.',
        replies: [
          {
            call: 'gamma_emettre_dae',
            args: {
              lot: 'MU25-04',
              destinataire_accise: 'DE00987654321',
              volume_hl: 64.8,
              date_expedition: '2026-03-05',
            },
            result: {
              error:
                'GAMMA-E0412 : date d’expédition 2026-03-05 antérieure à la date de validation (2026-03-09).',
            },
          },
          {
            call: 'gamma_emettre_dae',
            args: {
              lot: 'MU25-04',
              destinataire_accise: 'DE00987654321',
              volume_hl: 64.8,
              date_expedition: '2026-03-10',
            },
            result:
              '{"statut": "VALIDÉ", "arc": "26FRG7735108QW2N4B6T1", "date_expedition": "2026-03-10T08:00"}',
          },
          {
            handoff: 'planificateur_transport',
            message:
              'DAE validé : ARC 26FRG7735108QW2N4B6T1, départ 10/03 8 h. Premier envoi rejeté (GAMMA-E0412, date du 05/03 reprise du brouillon), corrigé au 10/03. Tu peux confirmer l’enlèvement.',
          },
        ],
      },
      {
        name: 'planificateur_transport',
        description: 'Organise l’enlèvement',
        instructions: 'Confirme l’enlèvement.',
        replies: [
          {
            call: 'confirmer_enlevement',
            args: { lot: 'MU25-04', palettes: 12, date: '2026-03-10T08:00' },
            result: '{"reservation": "RH-22190", "transporteur": "Rhenus", "livraison": "2026-03-11"}',
          },
          {
            say: 'Enlèvement confirmé : Rhenus RH-22190, 10/03 8 h, livraison à Cologne le 11/03, sous ARC 26FRG7735108QW2N4B6T1. Le premier DAE rejeté (date passée) a été corrigé avant validation.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'contre-etiquette-suisse-une-correction-puis-conforme',
    title:
      'La relectrice renvoie une fois la contre-étiquette pour la Suisse (mention sulfites et adresse de l’importateur manquantes) ; la version corrigée est validée',
    domain: 'étiquetage export',
    mast: ['FM-1.3'],
    nearMissOf: 'handoff_loop: un seul tour de révision avec de vraies corrections, puis validation',
    request:
      'Contre-étiquette du Côtes-de-Provence rosé 2025 pour l’importateur Cave Lémanique SA (Lausanne) : dénomination, TAV 12,5 % vol, 75 cl, lot, allergènes, importateur. Faites-la relire avant impression.',
    topology: {
      shape: 'pipeline',
      order: ['redacteur_contre_etiquette', 'relectrice_conformite'],
      loop: { from: 'relectrice_conformite', to: 'redacteur_contre_etiquette', while: 'CORRECTIONS', max: 3 },
    },
    agents: [
      {
        name: 'redacteur_contre_etiquette',
        description: 'Rédige les contre-étiquettes',
        instructions: 'Rédige la contre-étiquette ; applique les corrections demandées.',
        prompt: '{input}',
        replies: [
          {
            say: 'Côtes-de-Provence — Appellation d’origine protégée\nRosé 2025 · 12,5 % vol · 75 cl\nLot CP25-R3\nMis en bouteille au domaine, 83340 Le Luc, France',
          },
          {
            say: 'Côtes-de-Provence — Appellation d’origine protégée\nRosé 2025 · 12,5 % vol · 75 cl\nLot CP25-R3\nContient des sulfites\nMis en bouteille au domaine, 83340 Le Luc, France\nImportateur : Cave Lémanique SA, Av. de Rhodanie 40, 1007 Lausanne',
          },
        ],
      },
      {
        name: 'relectrice_conformite',
        description: 'Relit la conformité des étiquettes',
        instructions: 'Commence par CORRECTIONS et liste-les, ou valide par CONFORME.',
        prompt: 'Projet :\n{input}',
        replies: [
          {
            say: 'CORRECTIONS : 1) ajouter « Contient des sulfites » ; 2) ajouter l’importateur suisse avec adresse complète (exigence OIDAl).',
          },
          {
            say: 'CONFORME — BAT validé pour impression (réf. CE-CH-CP25) :\n\nCôtes-de-Provence — Appellation d’origine protégée\nRosé 2025 · 12,5 % vol · 75 cl\nLot CP25-R3\nContient des sulfites\nMis en bouteille au domaine, 83340 Le Luc, France\nImportateur : Cave Lémanique SA, Av. de Rhodanie 40, 1007 Lausanne',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'assemblage-hors-cuve-bloquee-brett-exclusion-legitime',
    title:
      'La cuve C09 dépasse le seuil de 4-éthylphénol fixé par la demande ; elle est écartée et l’assemblage se fait sur C02, C05 et C12',
    domain: 'assemblage et contrôle microbiologique',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: une cuve de la demande laissée hors de l’assemblage, à bon droit selon la règle d’exclusion de la demande',
    request:
      'Assemblage Bordeaux supérieur 2025 pour Bacchus Imports (Anvers), 250 hl, à partir des cuves C02, C05, C09 et C12. Excluez toute cuve dont le 4-éthylphénol dépasse 400 µg/L.',
    topology: {
      shape: 'nested',
      top: 'directeur_production',
      teams: { chef_labo_micro: ['analyste_phenols'], maitre_de_chai: ['caviste_volumes'] },
    },
    agents: [
      {
        name: 'directeur_production',
        description: 'Arrête les assemblages',
        instructions: 'Obtiens les analyses et les volumes, puis arrête l’assemblage.',
        replies: [
          {
            handoff: 'chef_labo_micro',
            message: '4-éthylphénol des cuves C02, C05, C09, C12 ; seuil d’exclusion 400 µg/L.',
          },
          {
            handoff: 'maitre_de_chai',
            message: 'Volumes disponibles en C02, C05 et C12 (C09 seulement si le labo la garde).',
          },
          {
            say: '## Assemblage AS-25-BXS-04 — Bacchus Imports, 250 hl\n\n| cuve | 4-EP (µg/L) | hl pris |\n|---|---|---|\n| C02 | 85 | 110 |\n| C05 | 140 | 80 |\n| C12 | 60 | 60 |\n| C09 | 620 | **exclue** (> 400) |\n\nC09 reste isolée pour traitement.',
          },
        ],
      },
      {
        name: 'chef_labo_micro',
        description: 'Dirige le laboratoire de microbiologie',
        instructions: 'Fais doser et synthétise.',
        replies: [
          { handoff: 'analyste_phenols', message: 'Dosage 4-EP et 4-EG sur C02, C05, C09, C12.' },
          { say: '4-EP : C02 85, C05 140, C09 620, C12 60 µg/L. C09 dépasse 400 µg/L : à exclure.' },
        ],
      },
      {
        name: 'analyste_phenols',
        description: 'Dose les phénols volatils',
        instructions: 'Dose et rapporte.',
        replies: [
          {
            call: 'dosage_phenols_volatils',
            args: { cuves: ['C02', 'C05', 'C09', 'C12'] },
            result:
              '{"methode": "GC-MS", "4EP_ug_l": {"C02": 85, "C05": 140, "C09": 620, "C12": 60}, "4EG_ug_l": {"C02": 12, "C05": 21, "C09": 98, "C12": 9}}',
          },
          { say: '4-EP (µg/L) : C02 85, C05 140, C09 620, C12 60 ; 4-EG : 12, 21, 98, 9.' },
        ],
      },
      {
        name: 'maitre_de_chai',
        description: 'Gère le chai',
        instructions: 'Fais relever les volumes.',
        replies: [
          { handoff: 'caviste_volumes', message: 'Volumes C02, C05, C12.' },
          { say: 'Disponibles : C02 118 hl, C05 84 hl, C12 66 hl (268 hl).' },
        ],
      },
      {
        name: 'caviste_volumes',
        description: 'Relève les volumes',
        instructions: 'Jauge les cuves.',
        replies: [
          {
            call: 'jauger_cuves',
            args: { cuves: ['C02', 'C05', 'C12'] },
            result: '{"C02_hl": 118.0, "C05_hl": 84.0, "C12_hl": 66.0}',
          },
          { say: 'C02 118,0 hl ; C05 84,0 hl ; C12 66,0 hl.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'estimation-fret-inexploitable-non-utilisee-reservation-faite',
    title:
      'L’estimateur de fret facultatif ne rend rien d’exploitable ; le routeur s’en passe et s’appuie sur la cotation ferme du transitaire',
    domain: 'fret maritime export',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: une sortie inutilisable d’une étape facultative que personne ne reprend',
    request:
      'Réservez un conteneur 20’ sec pour 10 palettes de Chinon 2024 (lot CHN24-02) Le Havre → Shanghai, départ avant le 30/04/2027, pour Jade River Wines. Si possible, une estimation indicative du fret pour comparaison, mais ce n’est pas bloquant.',
    topology: {
      shape: 'network',
      coordinator: 'routeur_logistique',
      workers: ['estimateur_fret_indicatif', 'transitaire_reservation'],
    },
    agents: [
      {
        name: 'routeur_logistique',
        description: 'Oriente les demandes logistiques',
        instructions: 'Obtiens une estimation si possible, fais réserver, termine avec la réservation.',
        replies: [
          {
            handoff: 'estimateur_fret_indicatif',
            message: 'Estimation indicative 20’ sec Le Havre → Shanghai, avril 2027.',
          },
          {
            handoff: 'transitaire_reservation',
            message:
              'Réserver un 20’ sec Le Havre → Shanghai pour 10 palettes CHN24-02, départ avant le 30/04/2027, Jade River Wines.',
          },
          {
            say: 'Réservation BK-SH-66071 : 20’ sec, CMA CGM Tage, départ Le Havre 22/04/2027, arrivée Shanghai 30/05, 1 460 € all-in. Pas d’estimation indicative exploitable ; la cotation ferme du transitaire fait foi.',
          },
        ],
      },
      {
        name: 'estimateur_fret_indicatif',
        description: 'Donne des estimations de fret indicatives',
        instructions: 'Donne une fourchette indicative.',
        replies: [
          {
            call: 'indice_fret',
            args: { route: 'FRLEH-CNSHA', conteneur: '20DV' },
            result: '{"indice": null, "message": "série interrompue depuis 2027-01"}',
          },
          { say: 'Indice indisponible pour FRLEH-CNSHA (série interrompue) ; fourchette : n/d.' },
        ],
      },
      {
        name: 'transitaire_reservation',
        description: 'Réserve le fret maritime',
        instructions: 'Réserve et confirme.',
        replies: [
          {
            call: 'reserver_conteneur',
            args: { pol: 'FRLEH', pod: 'CNSHA', type: '20DV', palettes: 10, avant: '2027-04-30' },
            result:
              '{"booking": "BK-SH-66071", "navire": "CMA CGM Tage", "etd": "2027-04-22", "eta": "2027-05-30", "prix_eur": 1460}',
          },
          { say: 'BK-SH-66071 : CMA CGM Tage, ETD 22/04, ETA 30/05, 1 460 € all-in.' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch115Scenarios = [...faults, ...healthy];
