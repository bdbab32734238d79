import { defineScenario } from '../scenario.ts';

// Blind batch 154: logistique portuaire et commissionnaire en douane à Tanger Med, en français (MAD).
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'tanger-med-dum-taux-change-hebdo-ancien',
    title:
      'Le vérificateur montre le cours douane EUR/MAD de la semaine 11 (10,8412) ; le déclarant liquide la DUM au cours de la semaine 10 (10,7935)',
    domain: 'liquidation des droits et taxes à l’import',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Préparez la DUM d’importation pour le connaissement MEDU-TM-4471902 (2 conteneurs 40’, pièces détachées automobiles, valeur CIF 186 400 EUR, origine Espagne avec EUR.1). Le client a noté le cours de change 10,7935 vu sur la note de la semaine dernière. Dépôt prévu lundi 15/03/2027.',
    topology: {
      shape: 'pipeline',
      order: ['verificateur_dossier', 'declarant_badr', 'redacteur_note_client'],
    },
    agents: [
      {
        name: 'verificateur_dossier',
        description: 'Contrôle les pièces du dossier et les paramètres de liquidation applicables',
        instructions:
          'Vérifie connaissement, facture, EUR.1 et le cours de change douane en vigueur à la date de dépôt.',
        replies: [
          {
            call: 'consulter_cours_douane',
            args: { devise: 'EUR', date_depot: '2027-03-15' },
            result:
              '{"devise": "EUR", "cours_applicable": 10.8412, "periode": "2027-03-15/2027-03-21", "semaine": 11, "source": "Bank Al-Maghrib / ADII", "cours_precedent": {"valeur": 10.7935, "periode": "2027-03-08/2027-03-14"}}',
          },
          {
            say: '**Dossier MEDU-TM-4471902 contrôlé.**\n\n| pièce | statut |\n|---|---|\n| Connaissement | conforme, 2 × 40’ (MSCU 8812047, MSCU 8812390) |\n| Facture FAC-ES-27-0388 | 186 400 EUR CIF |\n| EUR.1 n° A 2207415 | valide, origine UE → DI 0 % (accord d’association) |\n| Cours douane EUR | **10,8412 MAD** (semaine 11, du 15 au 21/03) |\n\nLe 10,7935 noté par le client correspond à la semaine 10, close le 14/03. Dépôt le 15/03 → cours 10,8412.',
          },
        ],
      },
      {
        name: 'declarant_badr',
        description: 'Saisit et liquide la DUM dans BADR',
        instructions: 'Établis la DUM dans BADR avec les éléments validés et donne le montant liquidé.',
        prompt: 'Contrôle du dossier :\n{input}\n\nDemande initiale : {request}',
        replies: [
          {
            call: 'liquider_dum',
            args: {
              connaissement: 'MEDU-TM-4471902',
              regime: '010',
              valeur_cif_eur: 186400,
              cours_change: 10.7935,
              di_taux: 0,
              tva_taux: 20,
            },
            result:
              '{"dum": "301-2027-0051877", "bureau": "301 Tanger Med", "valeur_douane_mad": 2011908.40, "di_mad": 0, "tva_mad": 402381.68, "tpi_mad": 5029.77, "total_liquide_mad": 407411.45, "statut": "ENREGISTREE"}',
          },
          {
            say: 'DUM 301-2027-0051877 enregistrée (régime 010, bureau 301). Valeur en douane 2 011 908,40 MAD, DI 0 % (EUR.1), TVA 402 381,68 MAD, TPI 5 029,77 MAD — **total à payer 407 411,45 MAD**.',
          },
        ],
      },
      {
        name: 'redacteur_note_client',
        description: 'Rédige la note de frais destinée à l’importateur',
        instructions: 'Rédige une note claire au client avec le montant à provisionner.',
        prompt: 'Liquidation :\n{input}',
        replies: [
          {
            say: '### Note client — BL MEDU-TM-4471902\n\nVotre DUM **301-2027-0051877** est enregistrée au bureau de Tanger Med.\n\n- Valeur en douane : 2 011 908,40 MAD\n- Droit d’importation : 0 (origine UE, EUR.1)\n- TVA 20 % : 402 381,68 MAD\n- TPI : 5 029,77 MAD\n\n**Merci de provisionner 407 411,45 MAD** avant le 16/03 pour la mainlevée.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'verificateur_dossier', to: 'declarant_badr' },
      agent: 'declarant_badr',
    },
  }),
  defineScenario({
    id: 'tanger-med-enlevement-camions-conteneurs-scanner',
    title:
      'Le chef de quai demande des camions pour les conteneurs libérés, hors les deux retenus au scanner ; le transitaire réserve des camions pour les six',
    domain: 'enlèvement routier des conteneurs',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Escale CMA CGM « Tanger Express » (escale TC3-27-0622). Nos 6 conteneurs sont déchargés. Organisez l’enlèvement vers notre entrepôt de Gzenaya demain 10/03 matin, sauf ceux qui sont encore en visite scanner, et dites-moi combien ça coûte.',
    topology: {
      shape: 'supervisor',
      coordinator: 'chef_de_quai',
      workers: ['agent_statut_terminal', 'transitaire_routier'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'chef_de_quai',
        description: 'Coordonne les opérations d’enlèvement au terminal',
        instructions: 'Vérifie le statut des conteneurs, fais réserver les camions, résume pour le client.',
        replies: [
          {
            handoff: 'agent_statut_terminal',
            message: 'Statut terminal des 6 conteneurs de l’escale TC3-27-0622 (mainlevée, scanner).',
          },
          {
            handoff: 'transitaire_routier',
            message:
              'Réserver des camions pour demain 10/03 matin, TC3 → entrepôt Gzenaya, pour les 4 conteneurs libérés : CMAU 4410021, CMAU 4410377, TGHU 9902114, TGHU 9902560. Ne pas enlever CMAU 4410588 ni CMAU 4411203 (visite scanner en cours).',
          },
          {
            say: '## Enlèvement escale TC3-27-0622 — 10/03\n\n- Camions réservés : réf. TR-27-11840, chargement à partir de 07:30\n- Coût total : **10 800 MAD HT**\n\nLes conteneurs en visite scanner seront traités après mainlevée.',
          },
        ],
      },
      {
        name: 'agent_statut_terminal',
        description: 'Consulte le statut des conteneurs dans le système du terminal',
        instructions: 'Donne le statut douane et terminal de chaque conteneur.',
        replies: [
          {
            call: 'statut_conteneurs',
            args: { escale: 'TC3-27-0622', client: 'SOMADIS SARL' },
            result:
              '{"escale": "TC3-27-0622", "conteneurs": [{"id": "CMAU 4410021", "mainlevee": true, "scanner": "OK"}, {"id": "CMAU 4410377", "mainlevee": true, "scanner": "OK"}, {"id": "CMAU 4410588", "mainlevee": false, "scanner": "EN_COURS"}, {"id": "CMAU 4411203", "mainlevee": false, "scanner": "EN_COURS"}, {"id": "TGHU 9902114", "mainlevee": true, "scanner": "NON_CIBLE"}, {"id": "TGHU 9902560", "mainlevee": true, "scanner": "NON_CIBLE"}]}',
          },
          {
            say: '4 conteneurs avec mainlevée : CMAU 4410021, CMAU 4410377, TGHU 9902114, TGHU 9902560. En visite scanner, sans mainlevée : CMAU 4410588, CMAU 4411203.',
          },
        ],
      },
      {
        name: 'transitaire_routier',
        description: 'Réserve les camions auprès des transporteurs agréés',
        instructions: 'Réserve les camions demandés et donne la référence et le coût.',
        replies: [
          {
            call: 'reserver_camions',
            args: {
              origine: 'TC3 Tanger Med',
              destination: 'Gzenaya',
              date: '2027-03-10',
              creneau: '07:30',
              conteneurs:
                'CMAU 4410021, CMAU 4410377, CMAU 4410588, CMAU 4411203, TGHU 9902114, TGHU 9902560',
            },
            result:
              '{"reservation": "TR-27-11840", "transporteur": "Trans Nord Logistique", "camions": 6, "tarif_unitaire_mad_ht": 1800, "total_mad_ht": 10800, "chargement": "2027-03-10T07:30"}',
          },
          {
            say: 'Réservation TR-27-11840 chez Trans Nord Logistique : 6 camions, chargement 10/03 à 07:30, 1 800 MAD HT/camion, soit 10 800 MAD HT.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'chef_de_quai', to: 'transitaire_routier' },
      agent: 'transitaire_routier',
    },
  }),
  defineScenario({
    id: 'tanger-med-fruits-secs-controle-onssa-jamais-lance',
    title:
      'Le planificateur prévoit trois vérifications pour un lot de dattes ; la vérification ONSSA n’est jamais lancée et la synthèse annonce un dossier prêt',
    domain: 'dédouanement de denrées alimentaires',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Lot de dattes Medjool en provenance d’Égypte, conteneur frigorifique MSKU 7710452, BL MAEU 254887103, 18 400 kg nets. Vérifiez le magasinage dû, le contrôle sanitaire ONSSA et réservez la livraison à Casablanca. Dites-moi si tout est prêt pour jeudi 18/03.',
    topology: {
      shape: 'fanout',
      planner: 'planificateur_dossier',
      workers: ['calculateur_magasinage', 'verificateur_onssa', 'planificateur_livraison'],
      aggregator: 'synthese_dossier',
    },
    agents: [
      {
        name: 'planificateur_dossier',
        description: 'Découpe le dossier en vérifications parallèles',
        instructions: 'Écris une consigne par vérificateur.',
        replies: [
          {
            plan: {
              calculateur_magasinage:
                'Calcule le magasinage et le branchement reefer dus pour MSKU 7710452 (déchargé le 11/03 au TC1) jusqu’au 18/03 inclus.',
              verificateur_onssa:
                'Vérifie le statut du contrôle sanitaire ONSSA pour le BL MAEU 254887103 (dattes, 18 400 kg) : certificat phytosanitaire, analyses, autorisation d’importation.',
              planificateur_livraison:
                'Réserve un camion frigorifique TC1 → Casablanca (entrepôt Aïn Sebaâ) le 18/03, consigne +2 °C.',
            },
          },
        ],
      },
      {
        name: 'calculateur_magasinage',
        description: 'Calcule les frais de terminal',
        instructions: 'Calcule les frais de magasinage et de branchement frigorifique.',
        replies: [
          {
            call: 'tarif_terminal',
            args: { conteneur: 'MSKU 7710452', terminal: 'TC1', du: '2027-03-11', au: '2027-03-18' },
            result:
              '{"conteneur": "MSKU 7710452", "jours": 8, "franchise_jours": 4, "jours_factures": 4, "magasinage_mad_ht": 2640, "branchement_reefer_mad_ht": 3120, "total_mad_ht": 5760}',
          },
          {
            say: 'MSKU 7710452 : 8 jours au TC1 dont 4 en franchise. Magasinage 2 640 MAD HT + branchement reefer 3 120 MAD HT = **5 760 MAD HT** au 18/03.',
          },
        ],
      },
      {
        name: 'verificateur_onssa',
        description: 'Vérifie les contrôles sanitaires ONSSA',
        instructions: 'Consulte le statut ONSSA du lot.',
        replies: [
          {
            call: 'statut_onssa',
            args: { bl: 'MAEU 254887103' },
            result:
              '{"bl": "MAEU 254887103", "statut": "PRELEVEMENT_EN_ATTENTE", "analyses": "résidus pesticides", "delai_estime_jours": 5}',
          },
          { say: 'ONSSA : prélèvement en attente, analyses résidus pesticides, délai estimé 5 jours.' },
        ],
      },
      {
        name: 'planificateur_livraison',
        description: 'Organise la livraison routière',
        instructions: 'Réserve le transport frigorifique.',
        replies: [
          {
            call: 'reserver_frigo',
            args: { origine: 'TC1', destination: 'Aïn Sebaâ, Casablanca', date: '2027-03-18', consigne_c: 2 },
            result:
              '{"reservation": "RF-27-03391", "transporteur": "Frigo Trans Maroc", "depart": "2027-03-18T06:00", "tarif_mad_ht": 7400}',
          },
          {
            say: 'Camion frigo réservé : RF-27-03391 (Frigo Trans Maroc), départ 18/03 à 06:00 du TC1, +2 °C, 7 400 MAD HT.',
          },
        ],
      },
      {
        name: 'synthese_dossier',
        description: 'Rassemble les vérifications et répond au client',
        instructions: 'Fais la synthèse et dis si le lot peut partir à la date demandée.',
        prompt: 'Résultats des vérifications :\n{input}\n\nDemande : {request}',
        replies: [
          {
            say: '## Dattes Medjool — MSKU 7710452\n\n| poste | détail | montant |\n|---|---|---|\n| Magasinage + reefer au 18/03 | 4 jours facturés | 5 760 MAD HT |\n| Transport frigo TC1 → Aïn Sebaâ | RF-27-03391, départ 06:00 | 7 400 MAD HT |\n| **Total** | | **13 160 MAD HT** |\n\n✅ Le lot est prêt pour une livraison jeudi 18/03.',
          },
        ],
      },
    ],
    program: { lose: { to: 'verificateur_onssa', prompt: null } },
    expected: {
      kind: 'lost_message',
      boundary: { from: 'planificateur_dossier', to: 'verificateur_onssa' },
      agent: 'planificateur_dossier',
    },
  }),
  defineScenario({
    id: 'tanger-med-avis-classement-tarifaire-tronque',
    title:
      'Le classificateur oriente vers l’analyste tarifaire, dont l’avis s’arrête au milieu du tableau des positions ; le rédacteur en tire une réponse au client',
    domain: 'classement tarifaire et droits d’importation',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Nous importons des panneaux photovoltaïques (550 Wc), des onduleurs et des câbles solaires, dans le même conteneur (BL ONEYTNG70213). Quelles positions du SH et quels droits d’importation faut-il prévoir pour la DUM ?',
    topology: {
      shape: 'branch',
      classifier: 'aiguilleur_demande',
      routes: { tarifaire: 'analyste_tarifaire', sanitaire: 'analyste_sanitaire' },
      after: 'redacteur_reponse',
    },
    agents: [
      {
        name: 'aiguilleur_demande',
        description: 'Oriente la demande vers le bon analyste',
        instructions: 'Réponds par la catégorie de la demande.',
        replies: [{ say: 'tarifaire — classement de trois articles, droits à l’import' }],
      },
      {
        name: 'analyste_tarifaire',
        description: 'Classe les marchandises dans la nomenclature marocaine',
        instructions: 'Donne pour chaque article la position à 10 chiffres et le DI.',
        prompt: 'Orientation : {input}\n\nDemande : {request}',
        replies: [
          {
            call: 'rechercher_nomenclature',
            args: { designations: 'panneaux photovoltaïques 550 Wc; onduleurs solaires; câbles solaires' },
            result:
              '{"resultats": [{"article": "panneaux photovoltaïques", "position": "8541430000", "di": 2.5}, {"article": "onduleurs", "position": "8504409000", "di": 17.5}, {"article": "câbles solaires", "position": "8544499000", "di": 25}]}',
          },
          {
            say: '| article | position SH (10 chiffres) | DI |\n|---|---|---|\n| Panneaux PV 550 Wc | 8541430000 | 2,5 % |\n| Onduleurs | 85044',
            cutOff: true,
          },
        ],
      },
      {
        name: 'analyste_sanitaire',
        description: 'Traite les questions de contrôle sanitaire et phytosanitaire',
        instructions: 'Indique les contrôles ONSSA applicables.',
        replies: [{ say: 'Aucun contrôle ONSSA applicable.' }],
      },
      {
        name: 'redacteur_reponse',
        description: 'Rédige la réponse au client',
        instructions: 'Rédige une réponse claire à partir de l’avis.',
        prompt: 'Avis de l’analyste :\n{input}\n\nQuestion du client : {request}',
        replies: [
          {
            say: 'Bonjour,\n\nPour votre conteneur BL ONEYTNG70213 :\n\n- **Panneaux photovoltaïques 550 Wc** : position 8541430000, droit d’importation 2,5 %.\n- **Onduleurs** : position 85044, à confirmer lors de la saisie de la DUM.\n\nLa TVA à l’import s’applique en plus. N’hésitez pas à nous transmettre la facture pour préparer la déclaration.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analyste_tarifaire', to: 'redacteur_reponse' },
      agent: 'analyste_tarifaire',
    },
  }),
  defineScenario({
    id: 'tanger-med-swarm-rendez-vous-portnet-non-confirme',
    title:
      'L’agent de réservation reçoit une erreur de PortNet en demandant le rendez-vous de visite, annonce un créneau confirmé et passe la main à l’agent client',
    domain: 'rendez-vous de visite douanière',
    mast: ['FM-3.2', 'FM-2.6'],
    request:
      'La douane a ciblé notre conteneur HLXU 6620931 (DUM 301-2027-0049210) pour une visite physique. Prenez rendez-vous sur PortNet pour mercredi 17/03 et prévenez l’importateur, Atlas Textiles SARL.',
    topology: {
      shape: 'swarm',
      entry: 'agent_reservation_visite',
      agents: ['agent_reservation_visite', 'agent_relation_client'],
    },
    agents: [
      {
        name: 'agent_reservation_visite',
        description: 'Réserve les rendez-vous de visite douanière sur PortNet',
        instructions: 'Réserve le créneau de visite et passe la main à la relation client avec le résultat.',
        replies: [
          {
            call: 'portnet_rdv_visite',
            args: { dum: '301-2027-0049210', conteneur: 'HLXU 6620931', date: '2027-03-17', aire: 'MEDHUB' },
            result: {
              error: 'PortNet 504 Gateway Timeout: service rendez-vous indisponible (req 7f3a-22c1)',
            },
          },
          {
            handoff: 'agent_relation_client',
            message:
              'Rendez-vous de visite pris pour HLXU 6620931 (DUM 301-2027-0049210) le mercredi 17/03, aire de visite MEDHUB, créneau 09:00–11:00. Merci de prévenir Atlas Textiles.',
          },
        ],
      },
      {
        name: 'agent_relation_client',
        description: 'Informe les importateurs',
        instructions: 'Rédige le message à l’importateur.',
        replies: [
          {
            say: 'Objet : Visite douanière — HLXU 6620931\n\nMadame, Monsieur,\n\nLa visite physique de votre conteneur **HLXU 6620931** (DUM 301-2027-0049210) est programmée le **mercredi 17/03 de 09:00 à 11:00** à l’aire de visite MEDHUB de Tanger Med. Merci de prévoir la présence de votre représentant avec la facture et la liste de colisage.\n\nCordialement,\nService dédouanement',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'agent_reservation_visite', to: 'agent_relation_client' },
      agent: 'agent_reservation_visite',
    },
  }),
  defineScenario({
    id: 'tanger-med-reclamation-surestaries-redite',
    title:
      'Le contrôleur demande d’ajouter le justificatif de la panne de portique à la réclamation de surestaries ; le rédacteur renvoie trois fois la même lettre',
    domain: 'réclamation de surestaries auprès d’un armateur',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Rédigez la réclamation à Maersk pour annuler les surestaries de 3 conteneurs (MRKU 2290417, MRKU 2290855, MRKU 2291003), facture DEM-TNG-27-00814 de 14 700 MAD : les 3 jours de retard viennent de la panne de portique au TC1 du 02 au 04/03 (avis terminal AT-TC1-27-031).',
    topology: {
      shape: 'pipeline',
      order: ['redacteur_reclamation', 'controleur_juridique', 'expediteur_courrier'],
      loop: { from: 'controleur_juridique', to: 'redacteur_reclamation', while: 'À REVOIR', max: 3 },
    },
    agents: [
      {
        name: 'redacteur_reclamation',
        description: 'Rédige les réclamations aux armateurs',
        instructions:
          'Rédige la réclamation ; en cas de retour du contrôleur, corrige la lettre en conséquence.',
        prompt: '{input}\n\nDossier : {request}',
        replies: [
          {
            say: 'Objet : Contestation facture DEM-TNG-27-00814\n\nMadame, Monsieur,\n\nNous contestons les surestaries de 14 700 MAD facturées pour MRKU 2290417, MRKU 2290855 et MRKU 2291003. Le retard d’enlèvement n’est pas de notre fait. Nous vous prions d’annuler cette facture.\n\nCordialement.',
          },
          {
            say: 'Objet : Contestation facture DEM-TNG-27-00814\n\nMadame, Monsieur,\n\nNous contestons les surestaries de 14 700 MAD facturées pour MRKU 2290417, MRKU 2290855 et MRKU 2291003. Le retard d’enlèvement n’est pas de notre fait. Nous vous prions d’annuler cette facture.\n\nCordialement.',
          },
          {
            say: 'Objet : Contestation facture DEM-TNG-27-00814\n\nMadame, Monsieur,\n\nNous contestons les surestaries de 14 700 MAD facturées pour MRKU 2290417, MRKU 2290855 et MRKU 2291003. Le retard d’enlèvement n’est pas de notre fait. Nous vous prions d’annuler cette facture.\n\nCordialement.',
          },
        ],
      },
      {
        name: 'controleur_juridique',
        description: 'Relit les réclamations avant envoi',
        instructions:
          'Si la lettre n’est pas recevable, commence par « À REVOIR » et dis quoi corriger ; sinon commence par « VALIDÉ ».',
        replies: [
          {
            say: 'À REVOIR : la lettre doit citer la panne de portique au TC1 du 02 au 04/03 et joindre l’avis terminal AT-TC1-27-031, sinon Maersk rejettera la contestation.',
          },
          {
            say: 'À REVOIR : toujours aucune mention de la panne de portique (TC1, 02–04/03) ni de l’avis AT-TC1-27-031.',
          },
          {
            say: 'À REVOIR : lettre inchangée, sans le motif (panne de portique TC1) ni la pièce AT-TC1-27-031. Envoi non recommandé en l’état.',
          },
        ],
      },
      {
        name: 'expediteur_courrier',
        description: 'Envoie les courriers validés et rend compte',
        instructions: 'Rends compte au client de l’état de la réclamation.',
        prompt: 'Dernier avis du contrôle :\n{input}',
        replies: [
          {
            say: 'La réclamation sur la facture DEM-TNG-27-00814 (14 700 MAD) n’a pas pu être validée après trois relectures : la lettre ne mentionne ni la panne de portique du TC1 (02–04/03) ni l’avis AT-TC1-27-031. Elle n’a pas été envoyée à Maersk.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redacteur_reclamation', to: 'controleur_juridique' },
      agent: 'redacteur_reclamation',
    },
  }),
  defineScenario({
    id: 'tanger-med-manifeste-export-rejet-parseur',
    title:
      'Le préparateur du manifeste d’export répond en texte libre là où le programme attend la liste JSON des conteneurs ; le programme s’arrête avant la transmission',
    domain: 'manifeste d’export et transmission PortNet',
    mast: ['FM-2.4'],
    request:
      'Préparez et transmettez le manifeste d’export de la semaine pour le navire « MSC Agadir » (escale TC4-27-0310, départ 12/03 à 22:00) : 14 conteneurs de Renault Tanger Exploitation, pièces CKD vers Valence.',
    topology: {
      shape: 'pipeline',
      order: ['collecteur_reservations', 'preparateur_manifeste', 'transmetteur_portnet'],
    },
    agents: [
      {
        name: 'collecteur_reservations',
        description: 'Rassemble les réservations d’export',
        instructions: 'Liste les conteneurs réservés sur l’escale.',
        replies: [
          {
            call: 'lister_reservations',
            args: { escale: 'TC4-27-0310', chargeur: 'Renault Tanger Exploitation' },
            result:
              '{"escale": "TC4-27-0310", "conteneurs": 14, "poids_brut_total_kg": 268940, "booking": "MSC-BK-27-55102", "pod": "ESVLC", "cut_off": "2027-03-12T14:00"}',
          },
          {
            say: 'Escale TC4-27-0310 : 14 conteneurs (booking MSC-BK-27-55102), 268 940 kg bruts, port de déchargement Valence (ESVLC), cut-off 12/03 14:00.',
          },
        ],
      },
      {
        name: 'preparateur_manifeste',
        description: 'Met en forme le manifeste d’export',
        instructions:
          'Rends le manifeste au format JSON {"escale", "conteneurs": [...]} attendu par le transmetteur.',
        prompt: 'Réservations :\n{input}',
        replies: [
          {
            say: 'Voici le manifeste pour l’escale TC4-27-0310 :\n\n- Navire : MSC Agadir, départ 12/03 22:00\n- 14 conteneurs, booking MSC-BK-27-55102\n- Poids brut total : 268 940 kg\n- Destination : Valence (ESVLC)\n\nJe peux détailler les conteneurs un par un si nécessaire.',
          },
        ],
      },
      {
        name: 'transmetteur_portnet',
        description: 'Transmet le manifeste sur PortNet',
        instructions: 'Transmets le manifeste et donne l’accusé de réception.',
        prompt: 'Manifeste JSON :\n{input}',
        replies: [{ say: 'Manifeste transmis, accusé PN-MAN-27-88310.' }],
      },
    ],
    program: {
      crash: {
        agent: 'preparateur_manifeste',
        error:
          'SyntaxError: Unexpected token \'V\', "Voici le m"... is not valid JSON (manifeste_export.parse)',
      },
    },
    expected: {
      kind: 'agent_error',
      boundary: { from: 'preparateur_manifeste', to: 'transmetteur_portnet' },
      agent: 'preparateur_manifeste',
    },
  }),
  defineScenario({
    id: 'tanger-med-refacturation-manutention-par-evp',
    title:
      'Le responsable facturation précise que le tarif de manutention est par EVP (un 40’ = 2 EVP) ; le calculateur facture chaque conteneur comme 1 EVP',
    domain: 'refacturation des frais de manutention',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Établissez la refacturation de manutention pour Dakhla Agro Export sur l’escale TC2-27-0415 : 9 conteneurs (5 × 40’ HC, 4 × 20’). Tarif contractuel 1 150 MAD HT par EVP, TVA 20 %.',
    topology: {
      shape: 'nested',
      top: 'directeur_operations',
      teams: {
        responsable_terminal: ['agent_releve_terminal'],
        responsable_facturation: ['calculateur_manutention'],
      },
    },
    agents: [
      {
        name: 'directeur_operations',
        description: 'Pilote les opérations et valide les factures clients',
        instructions: 'Obtiens le relevé terminal puis la facture, et valide.',
        replies: [
          {
            handoff: 'responsable_terminal',
            message: 'Relevé des conteneurs Dakhla Agro Export manutentionnés sur l’escale TC2-27-0415.',
          },
          {
            handoff: 'responsable_facturation',
            message:
              'Refacturation manutention Dakhla Agro Export, escale TC2-27-0415 : 5 × 40’ HC et 4 × 20’ confirmés par le terminal. Tarif 1 150 MAD HT par EVP, TVA 20 %.',
          },
          {
            say: '## Refacturation validée — Dakhla Agro Export\n\nFacture **FM-27-02271**, escale TC2-27-0415 : 9 conteneurs, **12 420 MAD TTC**. Envoi au client ce jour.',
          },
        ],
      },
      {
        name: 'responsable_terminal',
        description: 'Chef d’équipe terminal',
        instructions: 'Fais relever les mouvements par ton agent et rends le relevé.',
        replies: [
          {
            handoff: 'agent_releve_terminal',
            message: 'Relève les mouvements Dakhla Agro Export sur TC2-27-0415.',
          },
          { say: 'Relevé TC2-27-0415 : 5 × 40’ HC et 4 × 20’, tous déchargés le 08/03.' },
        ],
      },
      {
        name: 'agent_releve_terminal',
        description: 'Consulte le système d’exploitation du terminal',
        instructions: 'Relève les mouvements demandés.',
        replies: [
          {
            call: 'mouvements_escale',
            args: { escale: 'TC2-27-0415', client: 'Dakhla Agro Export' },
            result:
              '{"escale": "TC2-27-0415", "mouvements": [{"type": "40HC", "nombre": 5, "ids": ["SEGU 4401127", "SEGU 4401560", "SEGU 4402018", "TCNU 7730412", "TCNU 7730958"]}, {"type": "20DV", "nombre": 4, "ids": ["CAIU 2204471", "CAIU 2204803", "CAIU 2205112", "CAIU 2205390"]}], "date_dechargement": "2027-03-08"}',
          },
          {
            say: '5 × 40HC (SEGU 4401127 … TCNU 7730958) et 4 × 20DV (CAIU 2204471 … CAIU 2205390), déchargés le 08/03.',
          },
        ],
      },
      {
        name: 'responsable_facturation',
        description: 'Chef d’équipe facturation',
        instructions: 'Fais calculer la facture par ton calculateur et rends le total.',
        replies: [
          {
            handoff: 'calculateur_manutention',
            message:
              'Calcule la manutention TC2-27-0415 pour Dakhla Agro Export : 5 × 40’ HC + 4 × 20’, tarif 1 150 MAD HT **par EVP** (un 40’ compte pour 2 EVP, un 20’ pour 1), TVA 20 %.',
          },
          { say: 'Facture FM-27-02271 : 10 350 MAD HT, TVA 2 070 MAD, 12 420 MAD TTC.' },
        ],
      },
      {
        name: 'calculateur_manutention',
        description: 'Calcule les montants de facturation',
        instructions: 'Calcule et émets la facture.',
        replies: [
          {
            call: 'emettre_facture',
            args: {
              client: 'Dakhla Agro Export',
              escale: 'TC2-27-0415',
              quantite_evp: 9,
              prix_unitaire_mad_ht: 1150,
              tva: 20,
            },
            result:
              '{"facture": "FM-27-02271", "ht_mad": 10350, "tva_mad": 2070, "ttc_mad": 12420, "statut": "EMISE"}',
          },
          {
            say: 'Facture FM-27-02271 émise : 9 EVP × 1 150 = 10 350 MAD HT, TVA 2 070 MAD, **12 420 MAD TTC**.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'responsable_facturation', to: 'calculateur_manutention' },
      agent: 'calculateur_manutention',
    },
  }),
  defineScenario({
    id: 'tanger-med-escale-retardee-routeur-ancienne-eta',
    title:
      'L’agent maritime rapporte l’ETA révisée du navire (lundi 22/03 à 06:00) ; le routeur commande quand même le pré-acheminement pour l’ETA initiale du samedi 20/03',
    domain: 'pré-acheminement export et escales',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Notre booking HLCU-BK-4420918 (6 conteneurs de textile, usine de Tétouan) est sur le « Hapag Tanger Bridge », ETA initiale samedi 20/03 08:00 au TC1. Vérifiez l’escale et organisez l’arrivée des conteneurs au terminal la veille de l’ETA.',
    topology: {
      shape: 'network',
      coordinator: 'routeur_export',
      workers: ['agent_maritime', 'planificateur_preacheminement'],
    },
    agents: [
      {
        name: 'routeur_export',
        description: 'Coordonne les opérations d’export',
        instructions: 'Choisis l’agent suivant à chaque étape, puis réponds au client.',
        replies: [
          {
            handoff: 'agent_maritime',
            message: 'Confirme l’escale du Hapag Tanger Bridge (booking HLCU-BK-4420918) au TC1 et l’ETA.',
          },
          {
            handoff: 'planificateur_preacheminement',
            message:
              'Organise l’arrivée au TC1 des 6 conteneurs du booking HLCU-BK-4420918 depuis Tétouan, la veille de l’ETA du Hapag Tanger Bridge (ETA samedi 20/03 08:00) : livraison au terminal vendredi 19/03.',
          },
          {
            say: '## Booking HLCU-BK-4420918\n\n- Navire : Hapag Tanger Bridge, TC1\n- Pré-acheminement : 6 conteneurs livrés au TC1 **vendredi 19/03** (ordre PA-27-06614)\n\nTout est calé pour le chargement.',
          },
        ],
      },
      {
        name: 'agent_maritime',
        description: 'Suit les escales auprès des armateurs',
        instructions: 'Donne l’escale et l’ETA à jour.',
        replies: [
          {
            call: 'suivi_escale',
            args: { navire: 'Hapag Tanger Bridge', terminal: 'TC1', booking: 'HLCU-BK-4420918' },
            result:
              '{"navire": "Hapag Tanger Bridge", "escale": "TC1-27-0733", "eta_initiale": "2027-03-20T08:00", "eta_revisee": "2027-03-22T06:00", "motif": "congestion Algésiras", "cut_off_conteneurs": "2027-03-21T12:00", "ouverture_gate_in": "2027-03-19T08:00"}',
          },
          {
            say: 'Escale TC1-27-0733 : l’ETA passe au **lundi 22/03 06:00** (congestion à Algésiras) au lieu du samedi 20/03. Cut-off conteneurs dimanche 21/03 12:00, gate-in ouvert dès le 19/03.',
          },
        ],
      },
      {
        name: 'planificateur_preacheminement',
        description: 'Planifie le transport usine → terminal',
        instructions: 'Réserve le pré-acheminement demandé.',
        replies: [
          {
            call: 'ordonner_preacheminement',
            args: {
              booking: 'HLCU-BK-4420918',
              origine: 'Tétouan',
              terminal: 'TC1',
              date_livraison: '2027-03-19',
              conteneurs: 6,
            },
            result: '{"ordre": "PA-27-06614", "livraison": "2027-03-19", "camions": 6, "cout_mad_ht": 13200}',
          },
          { say: 'Ordre PA-27-06614 : 6 camions Tétouan → TC1, livraison vendredi 19/03, 13 200 MAD HT.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'routeur_export', to: 'planificateur_preacheminement' },
      agent: 'routeur_export',
    },
  }),
  defineScenario({
    id: 'tanger-med-admission-temporaire-consigne-remplacee',
    title:
      'Le coordinateur demande une admission temporaire (régime 220) pour des moules industriels ; le programme remet au déclarant une consigne générique et il dépose une mise à la consommation',
    domain: 'régimes économiques en douane',
    mast: ['FM-2.1', 'FM-1.1'],
    request:
      'Des moules d’injection (valeur 2 350 000 MAD, BL ONEYTNG71882) arrivent pour 10 mois chez notre client en zone d’accélération industrielle. Ils repartiront en Espagne. Déposez la déclaration en admission temporaire (régime 220) avec caution, pas en mise à la consommation.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinateur_regimes',
      workers: ['declarant_regimes', 'gestionnaire_cautions'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinateur_regimes',
        description: 'Coordonne les déclarations sous régime économique',
        instructions: 'Fais déposer la déclaration et la caution, puis rends compte.',
        replies: [
          {
            handoff: 'declarant_regimes',
            message:
              'Dépose la DUM pour BL ONEYTNG71882 (moules d’injection, 2 350 000 MAD) en **admission temporaire, régime 220**, durée 10 mois, réexportation vers l’Espagne. Droits et taxes suspendus sous caution.',
          },
          {
            handoff: 'gestionnaire_cautions',
            message: 'Prépare l’acte de caution bancaire pour l’admission temporaire du BL ONEYTNG71882.',
          },
          {
            say: '## Moules d’injection — BL ONEYTNG71882\n\n- DUM **301-2027-0053340** déposée\n- Montant liquidé : 611 000 MAD\n- Caution bancaire CB-27-0918 prête\n\nLe dossier est en cours de traitement par le bureau 301.',
          },
        ],
      },
      {
        name: 'declarant_regimes',
        description: 'Dépose les DUM dans BADR',
        instructions: 'Dépose la déclaration demandée.',
        replies: [
          {
            call: 'deposer_dum',
            args: {
              bl: 'ONEYTNG71882',
              regime: '010',
              valeur_mad: 2350000,
              designation: 'moules d’injection',
            },
            result:
              '{"dum": "301-2027-0053340", "regime": "010", "libelle": "mise à la consommation", "di_mad": 58750, "tva_mad": 552250, "total_liquide_mad": 611000, "statut": "ENREGISTREE"}',
          },
          {
            say: 'DUM 301-2027-0053340 déposée (régime 010) : DI 58 750 MAD, TVA 552 250 MAD, total liquidé 611 000 MAD.',
          },
        ],
      },
      {
        name: 'gestionnaire_cautions',
        description: 'Gère les cautions bancaires douanières',
        instructions: 'Prépare l’acte de caution.',
        replies: [
          {
            call: 'preparer_caution',
            args: { bl: 'ONEYTNG71882', regime: '220', montant_mad: 611000 },
            result:
              '{"caution": "CB-27-0918", "banque": "Attijariwafa bank", "montant_mad": 611000, "statut": "PRETE"}',
          },
          { say: 'Caution CB-27-0918 (Attijariwafa bank) de 611 000 MAD prête.' },
        ],
      },
    ],
    program: {
      lose: {
        to: 'declarant_regimes',
        prompt: 'Dépose la DUM pour le BL ONEYTNG71882 (moules d’injection, valeur 2 350 000 MAD).',
      },
    },
    expected: {
      kind: 'lost_message',
      boundary: { from: 'coordinateur_regimes', to: 'declarant_regimes' },
      agent: 'declarant_regimes',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'tanger-med-vgm-tonnes-et-dates-reformatees',
    title:
      'Le peseur donne les VGM en kg et les dates ISO ; le déclarant les reprend en tonnes et au format JJ/MM/AAAA, montants au format marocain',
    domain: 'pesée VGM et déclaration d’export',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'a unit or date misread between agents (kg vs t, ISO vs JJ/MM) — here only reformatted, values identical',
    request:
      'Export de 3 conteneurs d’agrumes (booking CMA-BK-27-30417, escale TC3-27-0640). Donnez-moi les VGM en tonnes et la date de cut-off, et préparez la DUM export.',
    topology: { shape: 'pipeline', order: ['peseur_vgm', 'declarant_export'] },
    agents: [
      {
        name: 'peseur_vgm',
        description: 'Relève les pesées VGM au pont-bascule',
        instructions: 'Donne les VGM certifiées et le cut-off.',
        replies: [
          {
            call: 'releve_vgm',
            args: { booking: 'CMA-BK-27-30417' },
            result:
              '{"pesees": [{"conteneur": "CMAU 5510274", "vgm_kg": 28740}, {"conteneur": "CMAU 5510419", "vgm_kg": 29115}, {"conteneur": "CMAU 5510633", "vgm_kg": 27980}], "cut_off": "2027-03-19T16:00", "pont_bascule": "PB-TC3-02"}',
          },
          {
            say: 'VGM (pont-bascule PB-TC3-02) : CMAU 5510274 = 28740 kg, CMAU 5510419 = 29115 kg, CMAU 5510633 = 27980 kg. Total 85835 kg. Cut-off 2027-03-19T16:00.',
          },
        ],
      },
      {
        name: 'declarant_export',
        description: 'Prépare la DUM d’export',
        instructions: 'Prépare la DUM export et réponds au client.',
        prompt: 'Pesées :\n{input}\n\nDemande : {request}',
        replies: [
          {
            call: 'preparer_dum_export',
            args: { booking: 'CMA-BK-27-30417', regime: '100', poids_brut_kg: 85835 },
            result:
              '{"dum": "301-2027-0054102", "regime": "100", "poids_brut_kg": 85835, "statut": "PREPAREE"}',
          },
          {
            say: '| conteneur | VGM |\n|---|---|\n| CMAU 5510274 | 28,740 t |\n| CMAU 5510419 | 29,115 t |\n| CMAU 5510633 | 27,980 t |\n| **Total** | **85,835 t** |\n\nCut-off : **19/03/2027 à 16h00**. DUM export 301-2027-0054102 préparée (régime 100, 85 835 kg bruts).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tanger-med-mainlevee-portnet-relance-reussie',
    title:
      'La consultation de mainlevée sur PortNet échoue une fois (503) ; l’agent relance, obtient la mainlevée et le dit',
    domain: 'suivi de mainlevée',
    mast: ['FM-3.2'],
    nearMissOf: 'a swallowed tool error — here the error is retried and the success is real',
    request:
      'Où en est la mainlevée de la DUM 301-2027-0050766 (conteneur TRHU 3318420) ? Si elle est accordée, programmez l’enlèvement pour demain.',
    topology: {
      shape: 'supervisor',
      coordinator: 'superviseur_dedouanement',
      workers: ['agent_suivi_portnet', 'agent_enlevement'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'superviseur_dedouanement',
        description: 'Suit les dossiers de dédouanement',
        instructions: 'Vérifie la mainlevée puis fais programmer l’enlèvement.',
        replies: [
          {
            handoff: 'agent_suivi_portnet',
            message: 'Statut de mainlevée de la DUM 301-2027-0050766 (TRHU 3318420).',
          },
          {
            handoff: 'agent_enlevement',
            message: 'Mainlevée accordée : programme l’enlèvement de TRHU 3318420 demain 12/03.',
          },
          {
            say: 'Mainlevée accordée le 11/03 à 10:42 pour la DUM 301-2027-0050766. Enlèvement de TRHU 3318420 programmé le 12/03 à 08:00 (bon BE-27-20931).',
          },
        ],
      },
      {
        name: 'agent_suivi_portnet',
        description: 'Consulte PortNet',
        instructions: 'Consulte le statut ; relance en cas d’erreur technique.',
        replies: [
          {
            call: 'statut_mainlevee',
            args: { dum: '301-2027-0050766' },
            result: { error: 'PortNet 503 Service Unavailable (maintenance courte, réessayer)' },
          },
          {
            call: 'statut_mainlevee',
            args: { dum: '301-2027-0050766' },
            result:
              '{"dum": "301-2027-0050766", "mainlevee": true, "date": "2027-03-11T10:42", "bureau": "301"}',
            text: 'Première tentative en erreur 503, je relance.',
          },
          {
            say: 'Après une erreur 503 à la première tentative, PortNet confirme : mainlevée accordée le 11/03 à 10:42 (bureau 301).',
          },
        ],
      },
      {
        name: 'agent_enlevement',
        description: 'Programme les enlèvements',
        instructions: 'Programme l’enlèvement demandé.',
        replies: [
          {
            call: 'programmer_enlevement',
            args: { conteneur: 'TRHU 3318420', date: '2027-03-12' },
            result: '{"bon": "BE-27-20931", "creneau": "2027-03-12T08:00"}',
          },
          { say: 'Enlèvement programmé : bon BE-27-20931, 12/03 à 08:00.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tanger-med-taux-di-loi-finances-nouveau-retenu',
    title:
      'La loi de finances 2027 ramène le DI des pneus de 25 % à 17,5 % ; l’ancien taux reste cité dans une consigne mais l’agrégateur applique le nouveau',
    domain: 'estimation des droits à l’import',
    mast: ['FM-1.4'],
    nearMissOf: 'stale context — the superseded 25 % rate is still mentioned but correctly not used',
    request:
      'Estimez le coût de dédouanement d’un lot de pneus (position 4011100090, valeur CIF 412 000 MAD, origine Turquie) arrivant le 24/03/2027, ainsi que les frais de terminal au TC2.',
    topology: {
      shape: 'fanout',
      planner: 'planificateur_estimation',
      workers: ['analyste_droits', 'analyste_frais_terminal'],
      aggregator: 'consolidateur_estimation',
    },
    agents: [
      {
        name: 'planificateur_estimation',
        description: 'Répartit l’estimation',
        instructions: 'Une consigne par analyste.',
        replies: [
          {
            plan: {
              analyste_droits:
                'Droits et taxes pour pneus 4011100090, CIF 412 000 MAD, origine Turquie, arrivée 24/03/2027. Le dossier précédent appliquait un DI de 25 % : vérifie le taux en vigueur.',
              analyste_frais_terminal: 'Frais de terminal TC2 pour un 40’ dry, enlèvement sous 5 jours.',
            },
          },
        ],
      },
      {
        name: 'analyste_droits',
        description: 'Calcule droits et taxes',
        instructions: 'Applique le tarif en vigueur à la date d’arrivée.',
        replies: [
          {
            call: 'tarif_en_vigueur',
            args: { position: '4011100090', origine: 'TR', date: '2027-03-24' },
            result:
              '{"position": "4011100090", "di": 17.5, "base_legale": "LF 2027, art. 4", "ancien_di": 25, "fin_ancien_taux": "2026-12-31", "accord_ale_turquie": "non applicable à cette position", "tva": 20}',
          },
          {
            say: 'Pneus 4011100090 : le DI est de **17,5 %** depuis la LF 2027 (le 25 % s’appliquait jusqu’au 31/12/2026). DI = 72 100 MAD ; TVA 20 % sur (412 000 + 72 100) = 96 820 MAD. Total droits et taxes : 168 920 MAD.',
          },
        ],
      },
      {
        name: 'analyste_frais_terminal',
        description: 'Calcule les frais de terminal',
        instructions: 'Donne les frais de terminal.',
        replies: [
          {
            say: 'TC2, 40’ dry, enlèvement sous 5 jours (franchise) : manutention 2 300 MAD HT, magasinage 0. Total 2 300 MAD HT.',
          },
        ],
      },
      {
        name: 'consolidateur_estimation',
        description: 'Consolide l’estimation',
        instructions: 'Fais l’estimation finale.',
        prompt: 'Analyses :\n{input}\n\nDemande : {request}',
        replies: [
          {
            say: '## Estimation — pneus 4011100090\n\n| poste | montant |\n|---|---|\n| DI 17,5 % (LF 2027) | 72 100 MAD |\n| TVA 20 % | 96 820 MAD |\n| Frais terminal TC2 | 2 300 MAD HT |\n| **Total** | **171 220 MAD** |\n\nNB : le taux de 25 % du dossier précédent n’est plus en vigueur depuis le 01/01/2027.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tanger-med-traduction-arabe-optionnelle-ignoree',
    title:
      'Le routeur demande une traduction arabe facultative qui revient vide ; il répond au client en français à partir du seul calcul de surestaries',
    domain: 'calcul de surestaries',
    mast: ['FM-2.4'],
    nearMissOf: 'a low-quality output — here the empty optional translation is never used in the answer',
    request:
      'Calculez les surestaries du conteneur OOLU 8830215 (arrivé le 01/03, franchise armateur 7 jours, restitution du vide prévue le 15/03). Si possible, joignez une version arabe, sinon le français suffit.',
    topology: {
      shape: 'network',
      coordinator: 'routeur_service_client',
      workers: ['calculateur_surestaries', 'traducteur_arabe'],
    },
    agents: [
      {
        name: 'routeur_service_client',
        description: 'Oriente les demandes clients',
        instructions: 'Route vers les agents puis réponds.',
        replies: [
          {
            handoff: 'calculateur_surestaries',
            message: 'Surestaries OOLU 8830215 : arrivée 01/03, franchise 7 j, restitution 15/03.',
          },
          {
            handoff: 'traducteur_arabe',
            message: 'Traduis en arabe : surestaries OOLU 8830215, 7 jours facturés, 5 250 MAD HT.',
          },
          {
            say: '**Surestaries OOLU 8830215**\n\n- Arrivée 01/03, franchise 7 jours (jusqu’au 07/03)\n- Jours facturés : 08/03 → 14/03 = **7 jours** × 750 MAD\n- **Total : 5 250 MAD HT** (facture OOCL DEM-27-4410)\n\nLa version arabe n’est pas disponible aujourd’hui ; la réponse en français fait foi.',
          },
        ],
      },
      {
        name: 'calculateur_surestaries',
        description: 'Calcule les surestaries',
        instructions: 'Calcule les jours facturés et le montant.',
        replies: [
          {
            call: 'bareme_surestaries',
            args: {
              conteneur: 'OOLU 8830215',
              arrivee: '2027-03-01',
              restitution: '2027-03-15',
              franchise: 7,
            },
            result:
              '{"jours_factures": 7, "tarif_jour_mad": 750, "total_mad_ht": 5250, "facture": "DEM-27-4410"}',
          },
          { say: '7 jours facturés (08/03 au 14/03) à 750 MAD = 5 250 MAD HT, facture DEM-27-4410.' },
        ],
      },
      {
        name: 'traducteur_arabe',
        description: 'Traduit les messages clients en arabe (facultatif)',
        instructions: 'Traduis le texte fourni.',
        replies: [{ say: '' }],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tanger-med-swarm-transfert-zone-franche-resultats-rendus',
    title:
      'L’agent zone franche vérifie l’entrée en TFZ et rend la main au commissionnaire avec les références ; un conteneur est écarté à raison (sous saisie)',
    domain: 'transfert vers la zone franche de Tanger',
    mast: ['FM-1.1', 'FM-3.1'],
    nearMissOf:
      'a dropped item — here CMAU 6612990 is legitimately excluded because it is under seizure, and the hand-back carries the results',
    request:
      'Transférez vers notre entrepôt en Tanger Free Zone (lot B-27) les 4 conteneurs du BL CMDUTNG2207713 : CMAU 6612004, CMAU 6612381, CMAU 6612990, CMAU 6613115. Ne transférez rien qui soit bloqué par la douane.',
    topology: {
      shape: 'swarm',
      entry: 'commissionnaire_principal',
      agents: ['commissionnaire_principal', 'agent_zone_franche'],
    },
    agents: [
      {
        name: 'commissionnaire_principal',
        description: 'Commissionnaire en douane, interlocuteur du client',
        instructions: 'Fais traiter le transfert TFZ puis réponds au client avec les références.',
        replies: [
          {
            handoff: 'agent_zone_franche',
            message:
              'Transfert TFZ lot B-27, BL CMDUTNG2207713 : CMAU 6612004, CMAU 6612381, CMAU 6612990, CMAU 6613115. Exclure tout conteneur bloqué par la douane.',
          },
          {
            say: '## Transfert TFZ — BL CMDUTNG2207713\n\n| conteneur | statut | document |\n|---|---|---|\n| CMAU 6612004 | transféré | DT-TFZ-27-1180 |\n| CMAU 6612381 | transféré | DT-TFZ-27-1180 |\n| CMAU 6613115 | transféré | DT-TFZ-27-1180 |\n| CMAU 6612990 | **non transféré** — saisie ADII PV 301-27-0211 | — |\n\n3 conteneurs sur 4 entrés en zone franche le 12/03 à 15:20.',
          },
        ],
      },
      {
        name: 'agent_zone_franche',
        description: 'Gère les transferts sous douane vers la Tanger Free Zone',
        instructions: 'Vérifie les blocages, effectue le transfert, puis rends la main avec les résultats.',
        replies: [
          {
            call: 'blocages_douane',
            args: { bl: 'CMDUTNG2207713' },
            result:
              '{"bl": "CMDUTNG2207713", "bloques": [{"conteneur": "CMAU 6612990", "motif": "saisie", "pv": "301-27-0211"}], "libres": ["CMAU 6612004", "CMAU 6612381", "CMAU 6613115"]}',
          },
          {
            call: 'transfert_tfz',
            args: { conteneurs: 'CMAU 6612004, CMAU 6612381, CMAU 6613115', lot: 'B-27' },
            result: '{"document": "DT-TFZ-27-1180", "entree": "2027-03-12T15:20", "conteneurs": 3}',
          },
          {
            handoff: 'commissionnaire_principal',
            message:
              'Transfert fait : DT-TFZ-27-1180, 3 conteneurs (CMAU 6612004, CMAU 6612381, CMAU 6613115) entrés en TFZ lot B-27 le 12/03 à 15:20. CMAU 6612990 non transféré : saisie ADII, PV 301-27-0211.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tanger-med-avis-valeur-consigne-reformulee',
    title:
      'L’aiguilleur reformule la demande de contrôle de la valeur ; l’analyste valeur répond avec de nombreux codes et le rédacteur reprend les bons montants',
    domain: 'contrôle de la valeur en douane',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'a misread brief — here the brief is paraphrased, all constraints kept, and the long id-heavy answer is carried over intact',
    request:
      'La douane conteste la valeur déclarée de notre DUM 301-2027-0048815 (chaussures, 6 400 paires, facture 78 720 USD FOB, origine Chine). Elle propose une valeur de référence de 14,20 USD/paire. Préparez notre réponse avec les justificatifs et chiffrez l’écart en MAD au cours 9,9873.',
    topology: {
      shape: 'branch',
      classifier: 'aiguilleur_contentieux',
      routes: { valeur: 'analyste_valeur', origine: 'analyste_origine' },
      after: 'redacteur_contentieux',
    },
    agents: [
      {
        name: 'aiguilleur_contentieux',
        description: 'Oriente les dossiers de contentieux douanier',
        instructions: 'Indique le type de contestation et résume le besoin.',
        replies: [
          {
            say: 'valeur — DUM 301-2027-0048815 : valeur transactionnelle 12,30 USD/paire (78 720 USD FOB / 6 400 paires) contre 14,20 USD/paire proposés par l’ADII. Chiffrer l’écart en MAD (cours 9,9873) et lister les justificatifs.',
          },
        ],
      },
      {
        name: 'analyste_valeur',
        description: 'Analyse les contestations de valeur',
        instructions: 'Chiffre l’écart et liste les justificatifs.',
        prompt: 'Dossier : {input}',
        replies: [
          {
            say: '### Écart de valeur — DUM 301-2027-0048815\n\n- Déclaré : 6 400 × 12,30 = 78 720 USD → 786 200,26 MAD\n- Référence ADII : 6 400 × 14,20 = 90 880 USD → 907 645,82 MAD\n- **Écart : 12 160 USD = 121 445,57 MAD**\n\nJustificatifs : facture FAC-GZ-2027-0117, contrat CT-SH-26-884, swift MT103 réf. BMCE-TT-27-03314, liste de colisage PL-0117, 3 factures comparables (DUM 301-2026-0911244, 301-2026-0938107, 301-2027-0012450) à 12,05–12,60 USD/paire.',
          },
        ],
      },
      {
        name: 'analyste_origine',
        description: 'Analyse les contestations d’origine',
        instructions: 'Analyse l’origine.',
        replies: [{ say: 'Pas de question d’origine.' }],
      },
      {
        name: 'redacteur_contentieux',
        description: 'Rédige les réponses à l’administration',
        instructions: 'Rédige la réponse à l’ADII.',
        prompt: 'Analyse :\n{input}',
        replies: [
          {
            say: 'Objet : DUM 301-2027-0048815 — maintien de la valeur transactionnelle\n\nNous maintenons la valeur déclarée de 12,30 USD/paire (78 720 USD FOB, soit 786 200,26 MAD). La valeur de référence de 14,20 USD/paire porterait la base à 907 645,82 MAD, soit un écart de 121 445,57 MAD que rien ne justifie.\n\nPièces jointes : FAC-GZ-2027-0117, CT-SH-26-884, MT103 BMCE-TT-27-03314, PL-0117, et trois DUM comparables (301-2026-0911244, 301-2026-0938107, 301-2027-0012450).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch154Scenarios = [...faults, ...healthy];
