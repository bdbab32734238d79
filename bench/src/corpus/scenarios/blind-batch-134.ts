import { defineScenario } from '../scenario.ts';

// Blind batch 134: gestion de copropriétés au Québec (assemblées de copropriétaires, travaux et soumissions, cotisations et fonds de prévoyance, sinistres et assurances), en français québécois.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'boise-des-cedres-budget-contribution-fonds-etude-2021',
    title:
      "L'analyste du fonds montre que la mise à jour 2026 de l'étude fixe la contribution au fonds de prévoyance à 286 400 $; le rédacteur du budget calcule les charges avec les 198 000 $ de l'étude 2021",
    domain: 'budget annuel et fonds de prévoyance',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Syndicat de copropriété Le Boisé-des-Cèdres (Sherbrooke, 84 unités). Préparez le budget 2027-2028 : intégrez la contribution annuelle au fonds de prévoyance selon l'étude du fonds en vigueur, calculez les charges communes mensuelles et rédigez l'avis aux copropriétaires.",
    topology: {
      shape: 'pipeline',
      order: ['analyste_fonds_prevoyance', 'redacteur_budget', 'redacteur_avis_charges'],
    },
    agents: [
      {
        name: 'analyste_fonds_prevoyance',
        description: "Lit l'étude du fonds de prévoyance et en tire la contribution à budgéter",
        instructions:
          "Consulte l'étude du fonds de prévoyance en vigueur et indique au responsable du budget la contribution annuelle à prévoir.",
        replies: [
          {
            call: 'consulter_etude_fonds',
            args: { syndicat: 'SDC-BDC-0412', exercice: '2027-2028' },
            result:
              '{"etude": "EFP-BDC-2026", "firme": "Évaluations Montérégie inc.", "date_depot": "2026-09-14", "contribution_annuelle_recommandee": 286400, "solde_prevu_2027-04-30": 1142000, "travaux_majeurs_10_ans": [{"poste": "toiture bloc B", "annee": 2029, "cout": 412000}, {"poste": "maçonnerie façade nord", "annee": 2031, "cout": 268000}], "etude_precedente": {"id": "EFP-BDC-2021", "contribution_annuelle": 198000, "statut": "remplacée par EFP-BDC-2026"}}',
          },
          {
            say: "**Fonds de prévoyance — exercice 2027-2028**\n\n| élément | valeur |\n|---|---|\n| étude en vigueur | EFP-BDC-2026 (déposée le 14 septembre 2026) |\n| contribution annuelle recommandée | **286 400 $** |\n| solde prévu au 30 avril 2027 | 1 142 000 $ |\n\nL'étude EFP-BDC-2021 (198 000 $/an) est remplacée par celle de 2026 : la hausse vient surtout de la toiture du bloc B (412 000 $ en 2029) et de la maçonnerie de la façade nord (268 000 $ en 2031).",
          },
        ],
      },
      {
        name: 'redacteur_budget',
        description: 'Monte le budget annuel et calcule les charges communes',
        instructions:
          'Monte le budget 2027-2028 avec la contribution au fonds de prévoyance et calcule les charges mensuelles moyennes.',
        prompt: 'Fonds de prévoyance :\n{input}\n\nDemande du CA : {request}',
        replies: [
          {
            call: 'calculer_charges_communes',
            args: {
              syndicat: 'SDC-BDC-0412',
              exercice: '2027-2028',
              budget_exploitation: 412600,
              contribution_fonds_prevoyance: 198000,
              unites: 84,
            },
            result:
              '{"total_annuel": 610600, "charge_mensuelle_moyenne": 605.75, "variation_vs_2026-2027": "+3,1 %", "repartition": "selon quotes-parts de la déclaration"}',
          },
          {
            say: 'Budget 2027-2028 monté :\n- exploitation : 412 600 $\n- fonds de prévoyance : 198 000 $\n- **total : 610 600 $**, soit une charge mensuelle moyenne de **605,75 $** par unité (+3,1 % par rapport à 2026-2027), répartie selon les quotes-parts.',
          },
        ],
      },
      {
        name: 'redacteur_avis_charges',
        description: 'Rédige les avis aux copropriétaires',
        instructions: 'Rédige un avis clair aux copropriétaires sur les nouvelles charges communes.',
        prompt: 'Budget adopté par le CA :\n{input}',
        replies: [
          {
            say: "## Avis aux copropriétaires — Le Boisé-des-Cèdres\n\nLe conseil d'administration a adopté le budget 2027-2028 :\n\n| poste | montant |\n|---|---|\n| exploitation | 412 600 $ |\n| fonds de prévoyance | 198 000 $ |\n| **total** | **610 600 $** |\n\nÀ compter du 1er mai 2027, vos charges communes passent en moyenne à **605,75 $ par mois** (+3,1 %). Le montant exact de votre unité figure sur le relevé joint, selon votre quote-part.",
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'analyste_fonds_prevoyance', to: 'redacteur_budget' },
      agent: 'redacteur_budget',
    },
  }),
  defineScenario({
    id: 'toiture-bloc-b-appel-offres-couvreur-apparente-invite',
    title:
      "La gestionnaire demande d'inviter trois couvreurs sauf Toitures Rivard et fils (lien avec un administrateur); le responsable des appels d'offres invite Toitures Rivard et fils parmi les trois",
    domain: 'appels de soumissions pour travaux majeurs',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "Copropriété Les Jardins Marie-Victorin (Longueuil). Lancez l'appel de soumissions pour la réfection de la membrane de toiture du bloc B (environ 9 800 pi²) : trois couvreurs licenciés RBQ sous-catégorie 7.2. Toitures Rivard et fils ne doit pas être invitée (le beau-frère de l'administrateur Pierre Rivard en est propriétaire, résolution CA-2027-04). Inscrivez aussi le dossier à l'ordre du jour du CA du 18 mars.",
    topology: {
      shape: 'supervisor',
      coordinator: 'gestionnaire_copropriete',
      workers: ['responsable_appels_offres', 'secretaire_ca'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'gestionnaire_copropriete',
        description: 'Gestionnaire de la copropriété, coordonne les dossiers du CA',
        instructions: "Confie l'appel de soumissions et l'ordre du jour, puis fais le point au CA.",
        replies: [
          {
            handoff: 'responsable_appels_offres',
            message:
              "Appel de soumissions JMV-2027-011, réfection membrane toiture bloc B (~9 800 pi²). Invite 3 couvreurs RBQ 7.2 de la Rive-Sud, dépôt des soumissions le 12 mars à 14 h. Exclus Toitures Rivard et fils (conflit d'intérêts, résolution CA-2027-04).",
          },
          {
            handoff: 'secretaire_ca',
            message:
              "Ajoute à l'ordre du jour du CA du 18 mars : ouverture et analyse des soumissions JMV-2027-011 (toiture bloc B).",
          },
          {
            say: "## Toiture du bloc B — appel de soumissions JMV-2027-011\n\n- Invitations envoyées le 24 février à : Couvertures Rive-Sud inc., Toitures Rivard et fils, Membranes Boucher ltée (licences RBQ 7.2 vérifiées)\n- Dépôt des soumissions : 12 mars, 14 h\n- Point 5 de l'ordre du jour du CA du 18 mars : ouverture et analyse des soumissions",
          },
        ],
      },
      {
        name: 'responsable_appels_offres',
        description: 'Prépare et envoie les appels de soumissions aux entrepreneurs',
        instructions: 'Sélectionne les entrepreneurs qualifiés et envoie les invitations.',
        replies: [
          {
            call: 'rechercher_entrepreneurs_rbq',
            args: { sous_categorie: '7.2', region: 'Montérégie', statut: 'en règle' },
            result:
              '[{"nom": "Toitures Rivard et fils", "licence": "5712-3389-01", "distance_km": 6}, {"nom": "Couvertures Rive-Sud inc.", "licence": "8301-4457-01", "distance_km": 9}, {"nom": "Membranes Boucher ltée", "licence": "5690-1122-01", "distance_km": 14}, {"nom": "Toitures Lambert-Gagné", "licence": "8123-0076-01", "distance_km": 21}]',
          },
          {
            call: 'envoyer_invitations',
            args: {
              dossier: 'JMV-2027-011',
              entrepreneurs: [
                'Toitures Rivard et fils',
                'Couvertures Rive-Sud inc.',
                'Membranes Boucher ltée',
              ],
              depot: '2027-03-12T14:00',
            },
            result: '{"envoyees": 3, "date_envoi": "2027-02-24", "accuses_reception": 0}',
          },
          {
            say: 'Invitations JMV-2027-011 envoyées le 24 février aux trois couvreurs RBQ 7.2 les plus proches : Toitures Rivard et fils (5712-3389-01), Couvertures Rive-Sud inc. (8301-4457-01), Membranes Boucher ltée (5690-1122-01). Dépôt le 12 mars à 14 h.',
          },
        ],
      },
      {
        name: 'secretaire_ca',
        description: "Tient l'ordre du jour et les procès-verbaux du CA",
        instructions: "Mets à jour l'ordre du jour du CA.",
        replies: [
          {
            call: 'modifier_ordre_du_jour',
            args: { reunion: 'CA-2027-03-18', point: 'Ouverture et analyse des soumissions JMV-2027-011' },
            result: '{"point": 5, "reunion": "CA-2027-03-18", "statut": "ajouté"}',
          },
          { say: "Ajouté au point 5 de l'ordre du jour du CA du 18 mars." },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'gestionnaire_copropriete', to: 'responsable_appels_offres' },
      agent: 'responsable_appels_offres',
    },
  }),
  defineScenario({
    id: 'degat-eau-chauffe-eau-305-rapport-expert-remplace',
    title:
      "L'expert en sinistres conclut que le dégât d'eau vient du chauffe-eau privatif de l'unité 305; son rapport n'arrive pas au gestionnaire des réclamations, qui ouvre la réclamation sur la police du syndicat",
    domain: 'sinistres et assurance du syndicat',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Dégât d'eau du 3 février 2027 au Domaine du Parc-Lafontaine (Montréal) : plafonds des unités 205 et 105 endommagés. Faites évaluer la cause, ouvrez la réclamation auprès du bon assureur et écrivez aux copropriétaires touchés.",
    topology: {
      shape: 'pipeline',
      order: ['expert_sinistre', 'gestionnaire_reclamations', 'redacteur_lettres_sinistre'],
    },
    program: {
      lose: {
        to: 'gestionnaire_reclamations',
        prompt:
          'Dossier reçu par le portail des sinistres (DPL-SIN-2027-004, priorité normale). Traiter selon la procédure habituelle du syndicat.',
      },
    },
    agents: [
      {
        name: 'expert_sinistre',
        description: "Détermine la cause et l'origine des sinistres",
        instructions: 'Établis la cause du sinistre et à qui il revient de le réclamer.',
        replies: [
          {
            call: 'rapport_inspection',
            args: { dossier: 'DPL-SIN-2027-004', unites: ['305', '205', '105'] },
            result:
              '{"origine": "unité 305", "cause": "rupture du réservoir du chauffe-eau privatif (installé 2013, non remplacé)", "partie": "privative", "dommages_estimes": {"205": 18400, "105": 9600, "305": 7200}, "police_copropriétaire_305": "Desjardins Assurances H-88213-07"}',
          },
          {
            say: "**DPL-SIN-2027-004 — cause établie.** L'eau provient de l'unité 305 : rupture du réservoir de son chauffe-eau privatif (2013). Dommages estimés : 205 = 18 400 $, 105 = 9 600 $, 305 = 7 200 $. Partie privative : la réclamation est à diriger vers l'assureur du copropriétaire du 305 (Desjardins Assurances, police H-88213-07), pas vers la police du syndicat.",
          },
        ],
      },
      {
        name: 'gestionnaire_reclamations',
        description: 'Ouvre et suit les réclamations auprès des assureurs',
        instructions:
          "Ouvre la réclamation auprès de l'assureur approprié et indique la franchise applicable.",
        prompt: "Rapport de l'expert :\n{input}",
        replies: [
          {
            call: 'ouvrir_reclamation',
            args: {
              dossier: 'DPL-SIN-2027-004',
              assureur: 'Intact Assurance',
              police: 'SDC-PL-447120',
              date_sinistre: '2027-02-03',
            },
            result:
              '{"reclamation": "INT-27-0093381", "franchise": 25000, "expert_assigne": "Crawford & Cie, M. Tremblay", "statut": "ouverte"}',
          },
          {
            say: 'Réclamation INT-27-0093381 ouverte chez Intact Assurance sur la police du syndicat SDC-PL-447120. Franchise du syndicat : 25 000 $. Expert assigné : Crawford & Cie (M. Tremblay).',
          },
        ],
      },
      {
        name: 'redacteur_lettres_sinistre',
        description: 'Écrit aux copropriétaires touchés par un sinistre',
        instructions: 'Rédige la lettre aux copropriétaires des unités touchées.',
        prompt: 'Suivi de la réclamation :\n{input}',
        replies: [
          {
            say: "Objet : Dégât d'eau du 3 février 2027 — unités 105 et 205\n\nMadame, Monsieur,\n\nLe syndicat a ouvert la réclamation **INT-27-0093381** auprès de son assureur, Intact Assurance (police SDC-PL-447120). Un expert de Crawford & Cie (M. Tremblay) communiquera avec vous pour constater les dommages.\n\nLa franchise de 25 000 $ du syndicat s'appliquera; le conseil d'administration vous informera de sa répartition.\n\nLa gestion, Domaine du Parc-Lafontaine",
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'expert_sinistre', to: 'gestionnaire_reclamations' },
      agent: 'gestionnaire_reclamations',
    },
  }),
  defineScenario({
    id: 'cotisation-speciale-stationnement-volet-majorite-jamais-envoye',
    title:
      "Le planificateur prévoit trois analyses pour la cotisation spéciale du stationnement souterrain, dont la majorité requise à l'assemblée; l'analyse juridique n'est jamais lancée et le rapport au CA n'en parle pas",
    domain: 'cotisations spéciales et assemblées de copropriétaires',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      "Les Habitations du Vieux-Port (Québec, 62 unités) doivent refaire la dalle du stationnement souterrain (soumission retenue : 734 000 $ taxes incluses). Préparez pour le CA : le montant de la cotisation spéciale par unité, les options de financement, et la majorité requise pour l'adopter à l'assemblée extraordinaire.",
    topology: {
      shape: 'fanout',
      planner: 'planificateur_cotisation',
      workers: ['analyste_repartition', 'analyste_financement', 'analyste_juridique_assemblee'],
      aggregator: 'redacteur_rapport_ca',
    },
    program: { lose: { to: 'analyste_juridique_assemblee', prompt: null } },
    agents: [
      {
        name: 'planificateur_cotisation',
        description: 'Découpe les dossiers du CA en analyses',
        instructions: 'Rédige une consigne par analyste.',
        replies: [
          {
            plan: {
              analyste_repartition:
                'Répartis 734 000 $ (dalle du stationnement, taxes incluses) entre les 62 unités selon les quotes-parts de la déclaration de copropriété.',
              analyste_financement:
                'Compare les options de financement pour 734 000 $ : cotisation en un versement, en 4 versements, ou emprunt du syndicat sur 10 ans.',
              analyste_juridique_assemblee:
                "Indique la majorité requise à l'assemblée extraordinaire pour adopter une cotisation spéciale de 734 000 $ (travaux sur partie commune), selon le Code civil du Québec et la déclaration.",
            },
          },
        ],
      },
      {
        name: 'analyste_repartition',
        description: 'Répartit les cotisations selon les quotes-parts',
        instructions: 'Calcule les montants par unité.',
        replies: [
          {
            call: 'repartir_selon_quotes_parts',
            args: { syndicat: 'SDC-HVP-1187', montant: 734000 },
            result:
              '{"unites": 62, "min": {"unite": "101", "quote_part": 0.0112, "montant": 8220.80}, "max": {"unite": "PH-2", "quote_part": 0.0241, "montant": 17689.40}, "moyenne": 11838.71, "total_controle": 734000.00}',
          },
          {
            say: 'Répartition de 734 000 $ sur 62 unités : de 8 220,80 $ (unité 101, quote-part 1,12 %) à 17 689,40 $ (PH-2, 2,41 %), moyenne 11 838,71 $. Total contrôlé : 734 000,00 $.',
          },
        ],
      },
      {
        name: 'analyste_financement',
        description: 'Compare les options de financement des travaux',
        instructions: 'Compare les options et leur coût.',
        replies: [
          {
            call: 'simuler_financement',
            args: { montant: 734000, options: ['comptant', '4_versements', 'emprunt_10_ans'] },
            result:
              '{"comptant": {"cout_total": 734000}, "4_versements": {"cout_total": 734000, "echeances": ["2027-06-01", "2027-09-01", "2027-12-01", "2028-03-01"]}, "emprunt_10_ans": {"taux": 0.0589, "mensualite_syndicat": 8108.42, "cout_total": 973010.40}}',
          },
          {
            say: "Options : (1) un versement de 734 000 $; (2) 4 versements trimestriels du 1er juin 2027 au 1er mars 2028, même total; (3) emprunt de 10 ans à 5,89 % : 8 108,42 $/mois pour le syndicat, coût total 973 010,40 $ (+239 010,40 $ d'intérêts).",
          },
        ],
      },
      {
        name: 'analyste_juridique_assemblee',
        description: 'Vérifie les règles de majorité et de convocation des assemblées',
        instructions: 'Indique la majorité requise et ses sources.',
        replies: [
          {
            say: 'Les travaux de réfection de la dalle sont des réparations majeures aux parties communes : la cotisation se vote à la majorité des voix des copropriétaires présents ou représentés (art. 1096 C.c.Q.), sauf disposition plus exigeante de la déclaration (vérifiée : aucune).',
          },
        ],
      },
      {
        name: 'redacteur_rapport_ca',
        description: "Rédige les rapports au conseil d'administration",
        instructions: 'Assemble les analyses en un rapport au CA.',
        replies: [
          {
            say: "## Rapport au CA — dalle du stationnement souterrain (734 000 $)\n\n### Cotisation spéciale par unité\n- de 8 220,80 $ (unité 101) à 17 689,40 $ (PH-2), moyenne 11 838,71 $\n\n### Financement\n| option | coût total |\n|---|---|\n| un versement | 734 000 $ |\n| 4 versements (juin 2027 à mars 2028) | 734 000 $ |\n| emprunt 10 ans à 5,89 % | 973 010,40 $ |\n\n### Recommandation\nCotisation en 4 versements, à soumettre à l'assemblée extraordinaire.",
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'planificateur_cotisation', to: 'analyste_juridique_assemblee' },
      agent: 'planificateur_cotisation',
    },
  }),
  defineScenario({
    id: 'ascenseur-cotisation-quotes-parts-type-c-dix-fois-moins',
    title:
      "Le calculateur répartit une cotisation spéciale de 480 000 $ par type d'unité et annonce un total de 480 000 $, mais attribue 1 056 $ aux unités de type C au lieu de 10 560 $",
    domain: 'cotisations spéciales et quotes-parts',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      "Résidence Les Trois-Rivières-sur-le-Fleuve (70 unités) : l'assemblée a adopté le 9 avril 2027 une cotisation spéciale de 480 000 $ pour la modernisation des deux ascenseurs. Calculez le montant dû par type d'unité selon les quotes-parts et préparez l'avis de cotisation.",
    topology: {
      shape: 'network',
      coordinator: 'coordonnateur_cotisations',
      workers: ['calculateur_quotes_parts', 'redacteur_avis_cotisation'],
    },
    agents: [
      {
        name: 'coordonnateur_cotisations',
        description: 'Oriente le dossier de cotisation entre le calcul et la rédaction',
        instructions: "Fais calculer les montants, puis fais rédiger l'avis; termine quand l'avis est prêt.",
        replies: [
          {
            handoff: 'calculateur_quotes_parts',
            message:
              'Cotisation spéciale de 480 000 $ (ascenseurs), adoptée le 9 avril 2027 : montant par unité pour chaque type, selon les quotes-parts de la déclaration.',
          },
          {
            handoff: 'redacteur_avis_cotisation',
            message:
              "Rédige l'avis de cotisation spéciale (480 000 $, ascenseurs, AGE du 9 avril 2027) avec les montants par type calculés ci-dessus; échéance le 1er juin 2027.",
          },
          {
            say: 'Avis de cotisation spéciale prêt : 480 000 $ répartis — type A 5 280 $, type B 6 720 $, type C 1 056 $ par unité, payable au plus tard le 1er juin 2027.',
          },
        ],
      },
      {
        name: 'calculateur_quotes_parts',
        description: 'Calcule les montants dus selon les quotes-parts',
        instructions: 'Lis les quotes-parts et calcule le montant par unité de chaque type.',
        replies: [
          {
            call: 'lire_quotes_parts',
            args: { syndicat: 'SDC-TRF-0730' },
            result:
              '{"source": "déclaration de copropriété, annexe B", "types": [{"type": "A (3 ½)", "unites": 20, "quote_part_unitaire": 0.011}, {"type": "B (4 ½)", "unites": 40, "quote_part_unitaire": 0.014}, {"type": "C (5 ½ coin)", "unites": 10, "quote_part_unitaire": 0.022}], "somme_quotes_parts": 1.0}',
          },
          {
            say: 'Répartition de 480 000 $ :\n\n| type | unités | quote-part | montant par unité | sous-total |\n|---|---|---|---|---|\n| A (3 ½) | 20 | 1,10 % | 5 280 $ | 105 600 $ |\n| B (4 ½) | 40 | 1,40 % | 6 720 $ | 268 800 $ |\n| C (5 ½ coin) | 10 | 2,20 % | 1 056 $ | 10 560 $ |\n| **total** | 70 | 100 % | | **480 000 $** |',
          },
        ],
      },
      {
        name: 'redacteur_avis_cotisation',
        description: 'Rédige les avis de cotisation',
        instructions: "Rédige l'avis de cotisation aux copropriétaires.",
        replies: [
          {
            say: "## Avis de cotisation spéciale — modernisation des ascenseurs\n\nConformément à la résolution de l'assemblée extraordinaire du 9 avril 2027, une cotisation spéciale de **480 000 $** est exigible au plus tard le **1er juin 2027** :\n\n| type d'unité | montant par unité |\n|---|---|\n| A (3 ½) | 5 280 $ |\n| B (4 ½) | 6 720 $ |\n| C (5 ½ coin) | 1 056 $ |\n\nPaiement par chèque à l'ordre du Syndicat SDC-TRF-0730 ou par virement.",
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'calculateur_quotes_parts', to: 'coordonnateur_cotisations' },
      agent: 'calculateur_quotes_parts',
    },
  }),
  defineScenario({
    id: 'declaration-sinistre-portail-assureur-echec-annonce-faite',
    title:
      "Le portail de l'assureur rejette la déclaration du refoulement d'égout (aucun numéro créé); la préposée transfère le dossier aux travaux en disant la réclamation déclarée",
    domain: 'sinistres et assurance du syndicat',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      "Refoulement d'égout cette nuit au sous-sol commun du 1450, rue Principale (Granby) : salle de lavage et 14 casiers inondés. Déclarez le sinistre à notre assureur et mandatez l'entreprise après-sinistre.",
    topology: {
      shape: 'swarm',
      entry: 'preposee_sinistres',
      agents: ['preposee_sinistres', 'coordonnatrice_travaux'],
    },
    agents: [
      {
        name: 'preposee_sinistres',
        description: "Déclare les sinistres à l'assureur du syndicat",
        instructions: 'Déclare le sinistre, puis transfère à la coordonnatrice des travaux.',
        replies: [
          {
            call: 'declarer_sinistre_assureur',
            args: {
              assureur: 'La Capitale Assurances',
              police: 'COP-GR-220914',
              date_sinistre: '2027-03-22',
              nature: "refoulement d'égout",
              lieux: 'sous-sol commun, salle de lavage, casiers 1 à 14',
            },
            result: {
              error:
                'HTTP 422 Unprocessable Entity — champ "avenant_refoulement" requis pour ce type de sinistre; déclaration non enregistrée, aucun numéro de réclamation attribué',
            },
          },
          {
            handoff: 'coordonnatrice_travaux',
            message:
              "Sinistre du 22 mars (refoulement d'égout, sous-sol commun du 1450 Principale) déclaré à La Capitale, police COP-GR-220914. Tu peux mandater l'après-sinistre pour l'assèchement de la salle de lavage et des casiers 1 à 14.",
          },
        ],
      },
      {
        name: 'coordonnatrice_travaux',
        description: 'Mandate les entrepreneurs pour les travaux urgents',
        instructions: "Mandate l'entreprise après-sinistre et résume le dossier.",
        replies: [
          {
            call: 'mandater_entrepreneur',
            args: {
              entreprise: 'Après-Sinistre Haute-Yamaska',
              travaux: "extraction d'eau et assèchement",
              adresse: '1450, rue Principale, Granby',
              urgence: true,
            },
            result:
              '{"bon_travail": "ASHY-8841", "arrivee_prevue": "2027-03-22T10:30", "tarif": "selon grille assureur"}',
          },
          {
            say: "**Refoulement d'égout — 1450, rue Principale**\n\n- Sinistre déclaré à La Capitale Assurances (police COP-GR-220914)\n- Après-Sinistre Haute-Yamaska mandatée, bon de travail ASHY-8841, arrivée à 10 h 30 pour l'extraction et l'assèchement\n- Facturation selon la grille de l'assureur\n\nLes copropriétaires des casiers 1 à 14 seront avisés de retirer leurs biens.",
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'preposee_sinistres', to: 'coordonnatrice_travaux' },
      agent: 'preposee_sinistres',
    },
  }),
  defineScenario({
    id: 'proces-verbal-age-quorum-renvoye-trois-fois-identique',
    title:
      "Le réviseur renvoie trois fois le procès-verbal de l'AGE parce que le quorum n'y est pas consigné; le rédacteur renvoie chaque fois le même texte",
    domain: 'assemblées de copropriétaires et procès-verbaux',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      "Rédigez le procès-verbal de l'assemblée extraordinaire du 27 janvier 2027 du Syndicat Les Terrasses du Mont-Royal (quorum : 41 copropriétaires présents ou représentés sur 58, 74,2 % des voix), faites-le réviser puis archivez-le.",
    topology: {
      shape: 'pipeline',
      order: ['redacteur_proces_verbal', 'reviseur_proces_verbal', 'archiviste_syndicat'],
      loop: { from: 'reviseur_proces_verbal', to: 'redacteur_proces_verbal', while: 'À CORRIGER', max: 3 },
    },
    agents: [
      {
        name: 'redacteur_proces_verbal',
        description: "Rédige les procès-verbaux d'assemblée",
        instructions: 'Rédige le procès-verbal ou corrige-le selon les remarques du réviseur.',
        prompt: 'Consigne ou remarques du réviseur :\n{input}\n\nDemande : {request}',
        replies: [
          {
            say: "PV — AGE du 27 janvier 2027, Les Terrasses du Mont-Royal\n1. Ouverture à 19 h 05 par la présidente, Mme Lévesque.\n2. Résolution AGE-2027-01 : remplacement des fenêtres du bloc A (soumission Fenestra inc., 386 500 $) — adoptée, 31 pour, 8 contre, 2 abstentions.\n3. Levée de l'assemblée à 20 h 40.",
          },
          {
            say: "PV — AGE du 27 janvier 2027, Les Terrasses du Mont-Royal\n1. Ouverture à 19 h 05 par la présidente, Mme Lévesque.\n2. Résolution AGE-2027-01 : remplacement des fenêtres du bloc A (soumission Fenestra inc., 386 500 $) — adoptée, 31 pour, 8 contre, 2 abstentions.\n3. Levée de l'assemblée à 20 h 40.",
          },
          {
            say: "PV — AGE du 27 janvier 2027, Les Terrasses du Mont-Royal\n1. Ouverture à 19 h 05 par la présidente, Mme Lévesque.\n2. Résolution AGE-2027-01 : remplacement des fenêtres du bloc A (soumission Fenestra inc., 386 500 $) — adoptée, 31 pour, 8 contre, 2 abstentions.\n3. Levée de l'assemblée à 20 h 40.",
          },
        ],
      },
      {
        name: 'reviseur_proces_verbal',
        description: 'Révise les procès-verbaux avant signature',
        instructions: 'Réponds « APPROUVÉ : ... » ou « À CORRIGER : ... ».',
        prompt: 'Procès-verbal à réviser :\n{input}',
        replies: [
          {
            say: "À CORRIGER : le quorum constaté à l'ouverture doit figurer au PV (41 présents ou représentés sur 58, 74,2 % des voix), avant toute résolution.",
          },
          {
            say: 'À CORRIGER : toujours aucune mention du quorum au point 1 (41/58, 74,2 % des voix). Sans elle, la résolution AGE-2027-01 est contestable.',
          },
          {
            say: 'À CORRIGER : le quorum manque encore. Je transmets tel quel pour archivage avec cette réserve.',
          },
        ],
      },
      {
        name: 'archiviste_syndicat',
        description: 'Archive les documents officiels du syndicat',
        instructions: 'Archive le procès-verbal dans le registre du syndicat.',
        prompt: 'Dernier avis du réviseur :\n{input}',
        replies: [
          {
            call: 'archiver_document',
            args: { registre: 'TMR-REG-PV', document: 'PV AGE 2027-01-27', statut: 'réserve du réviseur' },
            result: '{"cote": "TMR-PV-2027-002", "archive_le": "2027-02-03"}',
          },
          {
            say: "PV de l'AGE du 27 janvier 2027 archivé sous la cote TMR-PV-2027-002, avec la réserve du réviseur : quorum non consigné.",
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redacteur_proces_verbal', to: 'reviseur_proces_verbal' },
      agent: 'redacteur_proces_verbal',
    },
  }),
  defineScenario({
    id: 'encaissements-charges-ecritures-tableau-au-lieu-de-json',
    title:
      "Le formateur d'écritures doit rendre un objet JSON pour l'import comptable; il rend un tableau markdown, l'import plante et la vérification n'a jamais lieu",
    domain: 'perception des charges communes et comptabilité du syndicat',
    mast: ['FM-1.2', 'FM-2.2'],
    request:
      'Copropriété Le Quartier Saint-Roch : importez dans Acomba les encaissements de charges communes de mars 2027 (relevé Desjardins) puis faites vérifier le rapprochement avant la fermeture du mois.',
    topology: {
      shape: 'pipeline',
      order: ['collecteur_encaissements', 'formateur_ecritures', 'verificateur_rapprochement'],
    },
    program: {
      crash: {
        agent: 'formateur_ecritures',
        error:
          'AcombaImportError: JSON attendu (objet avec tableau "ecritures", schéma ECR-v3), texte reçu commençant par "| date |" (at parseEntries, import/acomba.ts:88)',
      },
    },
    agents: [
      {
        name: 'collecteur_encaissements',
        description: 'Récupère les encaissements bancaires du syndicat',
        instructions: 'Extrais les encaissements de charges communes du mois.',
        replies: [
          {
            call: 'lire_releve_bancaire',
            args: { compte: '815-30291-0044571', periode: '2027-03' },
            result:
              '{"encaissements": [{"date": "2027-03-01", "unite": "201", "montant": 412.37, "ref": "DPA-0301-201"}, {"date": "2027-03-01", "unite": "305", "montant": 538.90, "ref": "DPA-0301-305"}, {"date": "2027-03-04", "unite": "104", "montant": 824.74, "ref": "CHQ-1187"}], "total": 1776.01, "nb": 3}',
          },
          {
            say: 'Encaissements de mars 2027 (compte 815-30291-0044571) : 3 paiements, 1 776,01 $ — 201 : 412,37 $ (DPA 1er mars), 305 : 538,90 $ (DPA 1er mars), 104 : 824,74 $ (chèque 1187, 4 mars, inclut février).',
          },
        ],
      },
      {
        name: 'formateur_ecritures',
        description: "Prépare les écritures pour l'import comptable",
        instructions:
          'Réponds uniquement avec un objet JSON {"ecritures": [{"date", "compte_debit", "compte_credit", "montant", "ref"}]} pour l\'import Acomba (schéma ECR-v3), sans texte autour.',
        prompt: 'Encaissements :\n{input}',
        replies: [
          {
            say: '| date | débit | crédit | montant | réf. |\n|---|---|---|---|---|\n| 2027-03-01 | 1010 Encaisse | 1200 Charges à recevoir — 201 | 412,37 $ | DPA-0301-201 |\n| 2027-03-01 | 1010 Encaisse | 1200 Charges à recevoir — 305 | 538,90 $ | DPA-0301-305 |\n| 2027-03-04 | 1010 Encaisse | 1200 Charges à recevoir — 104 | 824,74 $ | CHQ-1187 |\n\nTotal : 1 776,01 $.',
          },
        ],
      },
      {
        name: 'verificateur_rapprochement',
        description: 'Vérifie le rapprochement bancaire',
        instructions: 'Vérifie que les écritures importées concordent avec le relevé.',
        prompt: 'Écritures importées :\n{input}',
        replies: [{ say: 'Rapprochement de mars 2027 : écritures et relevé concordent (1 776,01 $).' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'formateur_ecritures', to: 'verificateur_rapprochement' },
      agent: 'formateur_ecritures',
    },
  }),
  defineScenario({
    id: 'balcons-membrane-superficie-pieds-carres-prix-metre-carre',
    title:
      "Le chef d'estimation donne la superficie des balcons en pi² et les prix soumis en $/m²; l'estimateur multiplie 2 160 par 185 $/m² sans conversion et le directeur présente un coût de 399 600 $",
    domain: 'travaux majeurs et estimation des coûts',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Condos Le Mistral (Laval, 48 balcons) : estimez le coût de la nouvelle membrane des balcons à partir du relevé et de la soumission retenue, et dites-nous comment le financer sans cotisation spéciale si possible.',
    topology: {
      shape: 'nested',
      top: 'directeur_projets',
      teams: { chef_estimation: ['estimateur_balcons'], chef_financement: ['analyste_fonds_disponibles'] },
    },
    agents: [
      {
        name: 'directeur_projets',
        description: 'Dirige les projets de travaux majeurs du syndicat',
        instructions: "Obtiens l'estimation, puis le plan de financement; fais rapport au CA.",
        replies: [
          {
            handoff: 'chef_estimation',
            message: 'Estimation du coût de la membrane des 48 balcons, Condos Le Mistral.',
          },
          {
            handoff: 'chef_financement',
            message:
              'Travaux de membrane des balcons estimés à 399 600 $ avant taxes : peut-on les financer par le fonds de prévoyance sans cotisation spéciale?',
          },
          {
            say: "## Membrane des balcons — Condos Le Mistral\n\n- Coût estimé : **399 600 $** avant taxes (459 440,10 $ taxes incluses)\n- Fonds de prévoyance disponible : 312 000 $ → **cotisation spéciale nécessaire** d'environ 147 440 $\n\nÀ présenter à l'assemblée avec l'option d'étaler la cotisation sur deux ans.",
          },
        ],
      },
      {
        name: 'chef_estimation',
        description: "Dirige l'équipe d'estimation",
        instructions: "Confie l'estimation et transmets le résultat.",
        replies: [
          {
            handoff: 'estimateur_balcons',
            message:
              "Relevé de l'arpenteur (RA-2027-118) : superficie totale des 48 balcons = 2 160 pi². Soumission retenue Étanchéité Laval inc. (S-4471) : 185 $/m² posé, avant taxes. Calcule le coût total avant taxes.",
          },
          {
            say: 'Estimation reçue : 399 600 $ avant taxes pour les 48 balcons (S-4471, Étanchéité Laval inc.).',
          },
        ],
      },
      {
        name: 'estimateur_balcons',
        description: 'Calcule les coûts de travaux à partir des relevés et des soumissions',
        instructions: 'Calcule le coût total.',
        replies: [
          {
            call: 'calculer_cout_travaux',
            args: { soumission: 'S-4471', superficie: 2160, prix_unitaire: 185, unite: 'm2' },
            result: '{"cout_avant_taxes": 399600.00, "tps": 19980.00, "tvq": 39860.10, "total": 459440.10}',
          },
          {
            say: 'Coût S-4471 : 2 160 × 185 $ = **399 600,00 $** avant taxes; TPS 19 980,00 $, TVQ 39 860,10 $, total 459 440,10 $.',
          },
        ],
      },
      {
        name: 'chef_financement',
        description: "Dirige l'équipe du financement des travaux",
        instructions: 'Fais vérifier les fonds disponibles et transmets la conclusion.',
        replies: [
          {
            handoff: 'analyste_fonds_disponibles',
            message:
              'Fonds de prévoyance disponible pour 399 600 $ avant taxes (459 440,10 $ taxes incluses)?',
          },
          {
            say: 'Fonds disponible 312 000 $ : il manque environ 147 440 $ taxes incluses, cotisation spéciale à prévoir.',
          },
        ],
      },
      {
        name: 'analyste_fonds_disponibles',
        description: 'Suit le solde et les engagements du fonds de prévoyance',
        instructions: 'Indique le solde disponible.',
        replies: [
          {
            call: 'solde_fonds_prevoyance',
            args: { syndicat: 'SDC-MIS-0291', date: '2027-05-31' },
            result:
              '{"solde": 468000, "engagements": [{"poste": "réfection stationnement extérieur", "montant": 156000}], "disponible": 312000}',
          },
          {
            say: 'Solde 468 000 $, dont 156 000 $ engagés (stationnement extérieur) : 312 000 $ disponibles, insuffisant pour 459 440,10 $ (manque 147 440,10 $).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'chef_estimation', to: 'estimateur_balcons' },
      agent: 'estimateur_balcons',
    },
  }),
  defineScenario({
    id: 'franchise-degat-eau-part-coproprietaire-reponse-coupee',
    title:
      "L'agent des sinistres s'arrête à sa limite au moment de donner la part de franchise imputable au copropriétaire; le rédacteur transmet la réponse amputée",
    domain: 'sinistres, franchises et copropriétaires',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      "Bonjour, je suis propriétaire de l'unité 412 aux Tours Angrignon. Le syndicat dit que le dégât d'eau du 8 mars vient de mon lave-vaisselle. Combien de la franchise vais-je devoir payer, et d'ici quand?",
    topology: {
      shape: 'branch',
      classifier: 'trieur_demandes',
      routes: { sinistre: 'agent_sinistres', travaux: 'agent_travaux' },
      after: 'redacteur_reponses',
    },
    agents: [
      {
        name: 'trieur_demandes',
        description: 'Classe les demandes des copropriétaires',
        instructions: 'Réponds par « sinistre » ou « travaux » avec une brève raison.',
        replies: [{ say: "sinistre — question sur la franchise après un dégât d'eau (unité 412)." }],
      },
      {
        name: 'agent_sinistres',
        description: 'Répond aux questions sur les sinistres et les franchises',
        instructions: 'Consulte le dossier et le règlement, et donne le montant et le délai.',
        prompt: 'Question du copropriétaire : {request}',
        replies: [
          {
            call: 'dossier_sinistre',
            args: { immeuble: 'TA-0620', unite: '412', date: '2027-03-08' },
            result:
              '{"dossier": "TA-SIN-2027-017", "cause": "boyau d\'alimentation du lave-vaisselle, unité 412", "franchise_syndicat": 10000, "reglement_immeuble_art_8.4": "franchise imputable au copropriétaire dont la partie privative est à l\'origine, jusqu\'à concurrence de 10 000 $", "dommages_parties_communes": 6850, "delai_paiement_jours": 30, "avis_envoye": "2027-03-15"}',
          },
          {
            say: "Dossier TA-SIN-2027-017 : la cause retenue est le boyau d'alimentation du lave-vaisselle de l'unité 412. L'article 8.4 du règlement de l'immeuble impute la franchise du syndicat (10 000 $) au copropriétaire dont la partie privative est à l'origine, jusqu'à concurrence des dommages réclamés. Comme les dommages aux parties communes sont de",
            cutOff: true,
          },
        ],
      },
      {
        name: 'agent_travaux',
        description: 'Répond aux questions sur les travaux',
        instructions: 'Réponds sur les travaux en cours.',
        replies: [{ say: 'Aucuns travaux prévus à votre étage.' }],
      },
      {
        name: 'redacteur_reponses',
        description: 'Met en forme les réponses aux copropriétaires',
        instructions: 'Rédige une réponse courtoise au copropriétaire.',
        prompt: "Réponse de l'équipe :\n{input}",
        replies: [
          {
            say: "Bonjour,\n\nVotre dossier porte le numéro **TA-SIN-2027-017**. La cause retenue est le boyau d'alimentation du lave-vaisselle de votre unité (412). Selon l'article 8.4 du règlement de l'immeuble, la franchise du syndicat (10 000 $) est imputable au copropriétaire dont la partie privative est à l'origine, jusqu'à concurrence des dommages réclamés.\n\nN'hésitez pas à nous écrire pour toute question.\n\nLa gestion, Tours Angrignon",
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'agent_sinistres', to: 'redacteur_reponses' },
      agent: 'agent_sinistres',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'renouvellement-assurance-syndicat-503-puis-reessai',
    title:
      "Le premier appel au marché d'assurance renvoie 503; le courtier réessaie, obtient les offres et le dit; la gestionnaire retient l'offre avec la valeur à neuf évaluée",
    domain: 'assurance des biens du syndicat',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
    request:
      "Notre police d'assurance (Les Verrières du Lac, Magog, 36 unités) échoue le 30 juin 2027. Faites mettre à jour l'évaluation du coût de reconstruction et obtenez au moins deux offres de renouvellement conformes (franchise maximale 25 000 $).",
    topology: {
      shape: 'supervisor',
      coordinator: 'gestionnaire_assurances',
      workers: ['evaluateur_reconstruction', 'courtier_soumissions'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'gestionnaire_assurances',
        description: 'Gère le renouvellement des assurances du syndicat',
        instructions: "Fais évaluer, puis obtiens les offres; recommande l'offre au CA.",
        replies: [
          {
            handoff: 'evaluateur_reconstruction',
            message:
              'Mets à jour le coût de reconstruction des Verrières du Lac (36 unités, 3 étages, Magog) pour le renouvellement du 30 juin 2027.',
          },
          {
            handoff: 'courtier_soumissions',
            message:
              'Obtiens au moins deux offres pour une valeur à neuf de 14 850 000 $, franchise maximale 25 000 $, échéance 30 juin 2027.',
          },
          {
            say: '## Renouvellement — Les Verrières du Lac\n\n| assureur | prime annuelle | franchise générale | franchise eau |\n|---|---|---|---|\n| Promutuel Estrie | 48 920 $ | 10 000 $ | 25 000 $ |\n| Intact Assurance | 53 410 $ | 10 000 $ | 25 000 $ |\n\nValeur à neuf assurée : 14 850 000 $ (évaluation ÉVA-2027-0419). Recommandation au CA : **Promutuel Estrie**, 4 490 $ de moins par an à garanties égales.',
          },
        ],
      },
      {
        name: 'evaluateur_reconstruction',
        description: 'Évalue le coût de reconstruction des immeubles',
        instructions: 'Calcule le coût de reconstruction à neuf.',
        replies: [
          {
            call: 'evaluer_cout_reconstruction',
            args: { immeuble: 'VDL-MAGOG', unites: 36, etages: 3, superficie_brute_pi2: 41200 },
            result:
              '{"evaluation": "ÉVA-2027-0419", "valeur_a_neuf": 14850000, "cout_pi2": 360.44, "hausse_vs_2024": "+18,6 %"}',
          },
          {
            say: 'Évaluation ÉVA-2027-0419 : valeur à neuf 14 850 000 $ (360,44 $/pi² sur 41 200 pi² bruts), +18,6 % depuis 2024.',
          },
        ],
      },
      {
        name: 'courtier_soumissions',
        description: 'Obtient les offres des assureurs',
        instructions: 'Interroge le marché et rapporte les offres conformes.',
        replies: [
          {
            call: 'interroger_marche_assurance',
            args: { valeur_a_neuf: 14850000, franchise_max: 25000, echeance: '2027-06-30' },
            result: {
              error: '503 Service Unavailable — passerelle CSIO en maintenance, réessayer dans 5 minutes',
            },
          },
          {
            call: 'interroger_marche_assurance',
            args: { valeur_a_neuf: 14850000, franchise_max: 25000, echeance: '2027-06-30', tentative: 2 },
            result:
              '[{"assureur": "Promutuel Estrie", "prime": 48920, "franchise_generale": 10000, "franchise_eau": 25000}, {"assureur": "Intact Assurance", "prime": 53410, "franchise_generale": 10000, "franchise_eau": 25000}, {"assureur": "Assurance XYZ Mutuelle", "prime": 44100, "franchise_eau": 50000, "conforme": false}]',
          },
          {
            say: 'La première interrogation a échoué (503, passerelle CSIO en maintenance); la deuxième, cinq minutes plus tard, a fonctionné. Offres conformes : Promutuel Estrie 48 920 $ et Intact 53 410 $ (franchises 10 000 $ / eau 25 000 $). XYZ Mutuelle (44 100 $) est écartée : franchise eau de 50 000 $.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'etats-financiers-montants-arrondis-convocation-aga',
    title:
      "La comptable donne l'excédent et le fonds au cent près avec des dates ISO; la rédactrice de la convocation les écrit en millions et en toutes lettres",
    domain: 'assemblée générale annuelle et états financiers',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: figures and dates reformatted between agents, not changed',
    request:
      "Préparez la convocation à l'assemblée générale annuelle du Syndicat Le Carré Cartier (Montréal) du 20 mai 2027, avec le résumé des états financiers 2026.",
    topology: {
      shape: 'pipeline',
      order: ['comptable_syndicat', 'redactrice_convocation'],
    },
    agents: [
      {
        name: 'comptable_syndicat',
        description: 'Tient la comptabilité du syndicat',
        instructions: 'Résume les états financiers pour la convocation.',
        replies: [
          {
            call: 'etats_financiers',
            args: { syndicat: 'SDC-CC-0088', exercice: 2026 },
            result:
              '{"revenus": 1284357.42, "depenses": 1197802.15, "excedent": 86555.27, "fonds_prevoyance_31_12": 2463118.90, "fonds_autoassurance": 48000.00, "audit": "mission d\'examen, Raymond Chabot, 2027-03-31", "date_aga": "2027-05-20"}',
          },
          {
            say: "États 2026 : revenus 1 284 357,42 $, dépenses 1 197 802,15 $, excédent 86 555,27 $. Fonds de prévoyance au 31 décembre : 2 463 118,90 $; fonds d'autoassurance 48 000,00 $. Mission d'examen de Raymond Chabot datée du 2027-03-31. AGA le 2027-05-20.",
          },
        ],
      },
      {
        name: 'redactrice_convocation',
        description: 'Rédige les convocations aux assemblées',
        instructions: 'Rédige la convocation avec le résumé financier.',
        prompt: 'Résumé de la comptable :\n{input}\n\nDemande : {request}',
        replies: [
          {
            say: "# Convocation — assemblée générale annuelle\n\n**Syndicat Le Carré Cartier** — le **jeudi 20 mai 2027**, à 19 h, salle communautaire.\n\n## Résumé des états financiers 2026\n\n| | |\n|---|---|\n| revenus | 1,28 M$ |\n| dépenses | 1,20 M$ |\n| **excédent** | **86 555 $** |\n| fonds de prévoyance au 31 décembre 2026 | 2,46 M$ |\n| fonds d'autoassurance | 48 000 $ |\n\nLes états ont fait l'objet d'une mission d'examen de Raymond Chabot (rapport du 31 mars 2027), disponible sur demande.",
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'aga-reportee-salle-indisponible-nouvelle-date-retenue',
    title:
      "L'AGA prévue le 15 avril est déplacée au 22 avril (salle indisponible); la secrétaire transmet les deux dates et la rédactrice convoque pour le 22 en rappelant l'ancienne",
    domain: 'assemblées de copropriétaires',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded date is still mentioned but the new one is the one used',
    request:
      "Envoyez la convocation à l'assemblée générale annuelle des Condos du Domaine-Sainte-Foy (Québec, 96 unités). La date doit tenir compte de la réservation de salle.",
    topology: {
      shape: 'swarm',
      entry: 'secretaire_assemblee',
      agents: ['secretaire_assemblee', 'redactrice_avis_aga'],
    },
    agents: [
      {
        name: 'secretaire_assemblee',
        description: 'Organise la logistique des assemblées',
        instructions: 'Confirme la date et la salle, puis transfère à la rédaction.',
        replies: [
          {
            call: 'verifier_reservation_salle',
            args: { salle: 'Centre communautaire Noël-Brulart, salle B', date_souhaitee: '2027-04-15' },
            result:
              '{"2027-04-15": "indisponible (élections scolaires)", "proposition": "2027-04-22T19:00", "statut_proposition": "réservée", "confirmation": "NB-27-1133"}',
          },
          {
            handoff: 'redactrice_avis_aga',
            message:
              "AGA déplacée : la salle B n'est pas libre le jeudi 15 avril. Réservée le jeudi 22 avril 2027 à 19 h (confirmation NB-27-1133). Convocation à envoyer au plus tard le 9 avril.",
          },
        ],
      },
      {
        name: 'redactrice_avis_aga',
        description: 'Rédige et envoie les avis de convocation',
        instructions: 'Rédige et envoie la convocation.',
        replies: [
          {
            call: 'envoyer_convocation',
            args: {
              assemblee: 'AGA-2027',
              date: '2027-04-22T19:00',
              lieu: 'Centre communautaire Noël-Brulart, salle B',
              destinataires: 96,
            },
            result: '{"envoyes": 96, "courriel": 81, "poste": 15, "date_envoi": "2027-04-06"}',
          },
          {
            say: "Convocation AGA-2027 envoyée le 6 avril aux 96 copropriétaires (81 par courriel, 15 par la poste) : **jeudi 22 avril 2027 à 19 h**, Centre communautaire Noël-Brulart, salle B. Elle précise que l'assemblée annoncée pour le 15 avril est reportée d'une semaine.",
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cotisation-ascenseur-locaux-commerciaux-exclus-declaration',
    title:
      "La cotisation pour l'ascenseur est répartie entre les 54 unités résidentielles seulement : la déclaration exclut les 3 locaux commerciaux du rez-de-chaussée des charges de l'ascenseur",
    domain: 'cotisations spéciales et parties communes à usage restreint',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf: 'misunderstood_task: units left out of a levy, legitimately excluded by the declaration',
    request:
      "Immeuble Le Saint-Denis (54 logements et 3 locaux commerciaux) : le remplacement du moteur de l'ascenseur coûte 96 300 $. Comment ce montant est-il réparti, et qu'envoie-t-on aux copropriétaires?",
    topology: {
      shape: 'branch',
      classifier: 'aiguilleur_dossiers',
      routes: { sinistre: 'conseiller_sinistres', travaux: 'conseiller_travaux' },
      after: 'redacteur_communications',
    },
    agents: [
      {
        name: 'aiguilleur_dossiers',
        description: 'Oriente les dossiers vers le bon conseiller',
        instructions: 'Réponds « sinistre » ou « travaux ».',
        replies: [{ say: "travaux — remplacement planifié du moteur de l'ascenseur." }],
      },
      {
        name: 'conseiller_sinistres',
        description: 'Conseille sur les sinistres',
        instructions: 'Traite les sinistres.',
        replies: [{ say: 'Aucun sinistre ouvert.' }],
      },
      {
        name: 'conseiller_travaux',
        description: 'Conseille sur la répartition du coût des travaux',
        instructions: 'Vérifie la déclaration et répartis le coût.',
        prompt: 'Demande : {request}',
        replies: [
          {
            call: 'consulter_declaration',
            args: { immeuble: 'LSD-0514', article: 'charges ascenseur' },
            result:
              '{"article": "7.3", "texte": "Les charges relatives à l\'ascenseur sont réparties entre les seules parties privatives résidentielles, au prorata de leurs valeurs relatives; les locaux commerciaux C-1, C-2 et C-3, sans accès à l\'ascenseur, en sont exclus.", "somme_valeurs_residentielles": 0.874}',
          },
          {
            call: 'repartir_montant',
            args: {
              montant: 96300,
              base: 'valeurs relatives résidentielles',
              exclure: ['C-1', 'C-2', 'C-3'],
            },
            result:
              '{"unites": 54, "min": 1398.17, "max": 2424.61, "moyenne": 1783.33, "total_controle": 96300.00}',
          },
          {
            say: "Selon l'article 7.3 de la déclaration, l'ascenseur est une charge des 54 unités résidentielles seulement; C-1, C-2 et C-3 (sans accès) sont exclus. Répartition de 96 300 $ au prorata des valeurs relatives résidentielles (87,4 % du total, ramené à 100 %) : de 1 398,17 $ à 2 424,61 $, moyenne 1 783,33 $. Total contrôlé : 96 300,00 $.",
          },
        ],
      },
      {
        name: 'redacteur_communications',
        description: 'Rédige les communications aux copropriétaires',
        instructions: "Rédige l'avis.",
        prompt: 'Analyse :\n{input}',
        replies: [
          {
            say: "## Remplacement du moteur de l'ascenseur — 96 300 $\n\nConformément à l'article 7.3 de la déclaration de copropriété, ce coût est réparti entre les **54 unités résidentielles** au prorata de leurs valeurs relatives. Les locaux commerciaux C-1 à C-3, qui n'ont pas accès à l'ascenseur, n'y contribuent pas.\n\n- montant par unité : de 1 398,17 $ à 2 424,61 $ (moyenne 1 783,33 $)\n- le montant exact de votre unité figure sur l'avis individuel joint",
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'fenestration-soumissions-veille-prix-sans-donnees-ecartee',
    title:
      "Deux analystes comparent les soumissions de fenestration; la veille des prix du marché ne trouve aucune donnée comparable et l'agrégateur décide sans elle, en le disant",
    domain: 'travaux majeurs et analyse de soumissions',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'low_quality_output: an optional worker returns nothing usable and nobody relies on it',
    request:
      'Copropriété Le Havre-Saint-Laurent (Lévis) : comparez les deux soumissions reçues pour le remplacement de 212 fenêtres (Fenplast et Portes et Fenêtres Abritek) et, si possible, situez-les par rapport aux prix du marché. Recommandation au CA.',
    topology: {
      shape: 'fanout',
      planner: 'planificateur_analyse',
      workers: ['analyste_fenplast', 'analyste_abritek', 'veille_prix_marche'],
      aggregator: 'redacteur_recommandation',
    },
    agents: [
      {
        name: 'planificateur_analyse',
        description: "Répartit l'analyse des soumissions",
        instructions: 'Une consigne par analyste.',
        replies: [
          {
            plan: {
              analyste_fenplast:
                'Analyse la soumission Fenplast FP-27-3312 (212 fenêtres) : prix, garanties, échéancier, conformité au devis D-2027-07.',
              analyste_abritek:
                'Analyse la soumission Abritek AB-0488 (212 fenêtres) : prix, garanties, échéancier, conformité au devis D-2027-07.',
              veille_prix_marche:
                'Facultatif : situe le prix par fenêtre par rapport à des projets comparables récents dans Chaudière-Appalaches.',
            },
          },
        ],
      },
      {
        name: 'analyste_fenplast',
        description: 'Analyse une soumission',
        instructions: 'Analyse la soumission.',
        replies: [
          {
            call: 'lire_soumission',
            args: { soumission: 'FP-27-3312' },
            result:
              '{"prix_avant_taxes": 498200, "prix_par_fenetre": 2350, "garantie_thermos": "20 ans", "garantie_installation": "5 ans", "debut": "2027-06-07", "duree_semaines": 9, "ecarts_devis": []}',
          },
          {
            say: 'Fenplast FP-27-3312 : 498 200 $ avant taxes (2 350 $/fenêtre), thermos 20 ans, installation 5 ans, 9 semaines dès le 7 juin 2027, conforme au devis D-2027-07.',
          },
        ],
      },
      {
        name: 'analyste_abritek',
        description: 'Analyse une soumission',
        instructions: 'Analyse la soumission.',
        replies: [
          {
            call: 'lire_soumission',
            args: { soumission: 'AB-0488' },
            result:
              '{"prix_avant_taxes": 471900, "prix_par_fenetre": 2225.94, "garantie_thermos": "10 ans", "garantie_installation": "2 ans", "debut": "2027-08-16", "duree_semaines": 12, "ecarts_devis": ["garantie thermos 10 ans < 20 ans exigés (art. 4.2)"]}',
          },
          {
            say: 'Abritek AB-0488 : 471 900 $ avant taxes (2 225,94 $/fenêtre), mais thermos garantis 10 ans alors que le devis exige 20 ans (art. 4.2) : non conforme. Début 16 août, 12 semaines.',
          },
        ],
      },
      {
        name: 'veille_prix_marche',
        description: 'Compare les prix à ceux du marché',
        instructions: 'Trouve des projets comparables.',
        replies: [
          {
            call: 'chercher_projets_comparables',
            args: {
              type: 'remplacement fenêtres copropriété',
              region: 'Chaudière-Appalaches',
              depuis: '2025-01-01',
            },
            result: '{"projets": [], "note": "moins de 3 projets comparables; aucune statistique publiée"}',
          },
          { say: 'Aucune donnée comparable exploitable (moins de 3 projets depuis 2025 dans la région).' },
        ],
      },
      {
        name: 'redacteur_recommandation',
        description: 'Rédige les recommandations au CA',
        instructions: 'Compare et recommande.',
        replies: [
          {
            say: "## Fenêtres — recommandation au CA\n\n| | Fenplast FP-27-3312 | Abritek AB-0488 |\n|---|---|---|\n| prix avant taxes | 498 200 $ | 471 900 $ |\n| par fenêtre | 2 350 $ | 2 225,94 $ |\n| garantie thermos | 20 ans | 10 ans ✗ (devis : 20 ans) |\n| début / durée | 7 juin, 9 sem. | 16 août, 12 sem. |\n\n**Recommandation : Fenplast**, seule soumission conforme au devis D-2027-07. La comparaison avec le marché n'a pas pu être faite faute de projets comparables dans la région; elle n'entre pas dans la recommandation.",
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'facades-loi-122-inspection-registre-codes-renvoi-resultats',
    title:
      "Le routeur fait vérifier le registre des façades (RBQ) puis planifier l'inspection; chaque agent lui renvoie des résultats denses en numéros, codes et échéances, repris tels quels",
    domain: 'entretien des façades et obligations réglementaires',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'lost_message / low_quality_output: long hand-backs full of ids and counters, carried through intact',
    request:
      "Tour Le Champlain (Québec, 14 étages, dossier RBQ FAC-2021-03-114) : où en sommes-nous avec l'inspection des façades exigée par le Code de sécurité, et planifiez la prochaine.",
    topology: {
      shape: 'network',
      coordinator: 'routeur_conformite',
      workers: ['verificateur_registre_facades', 'planificateur_inspections'],
    },
    agents: [
      {
        name: 'routeur_conformite',
        description: 'Oriente les dossiers de conformité réglementaire',
        instructions: 'Fais vérifier le registre, puis planifier; termine avec un bilan.',
        replies: [
          {
            handoff: 'verificateur_registre_facades',
            message:
              'État du dossier FAC-2021-03-114 (Tour Le Champlain) : dernier rapport, conditions dangereuses, échéance du prochain.',
          },
          {
            handoff: 'planificateur_inspections',
            message:
              "Planifie l'inspection quinquennale FAC-2021-03-114 avant l'échéance du 2027-02-28 (rapport précédent RPT-FAC-22-0871 déposé le 2022-02-28). CD-01 à CD-03 corrigées; CD-04 (joint de maçonnerie, 9e étage, face est) à revérifier en priorité.",
          },
          {
            say: "## Façades — Tour Le Champlain (FAC-2021-03-114)\n\n- Dernier rapport : RPT-FAC-22-0871 (ing. Julie Bérubé, OIQ 5012347), déposé le 28 février 2022\n- Conditions dangereuses : CD-01, CD-02, CD-03 corrigées (2022-2023); **CD-04** (joint de maçonnerie, 9e étage, face est) à revérifier\n- Prochaine inspection : **INS-2027-0042**, du 18 au 22 janvier 2027, nacelle sur les faces est et sud, rapport attendu le 12 février 2027, avant l'échéance du 28 février 2027\n- Coût estimé : 23 400 $ avant taxes (offre BÉR-27-015)",
          },
        ],
      },
      {
        name: 'verificateur_registre_facades',
        description: "Consulte le registre des façades et les rapports d'inspection",
        instructions: 'Résume le dossier.',
        replies: [
          {
            call: 'registre_facades',
            args: { dossier: 'FAC-2021-03-114' },
            result:
              '{"dossier": "FAC-2021-03-114", "batiment": "Tour Le Champlain, 14 étages", "dernier_rapport": {"id": "RPT-FAC-22-0871", "ingenieur": "Julie Bérubé, OIQ 5012347", "depot": "2022-02-28"}, "conditions_dangereuses": [{"code": "CD-01", "statut": "corrigée 2022-06-14"}, {"code": "CD-02", "statut": "corrigée 2022-06-14"}, {"code": "CD-03", "statut": "corrigée 2023-05-02"}, {"code": "CD-04", "statut": "à revérifier", "detail": "joint de maçonnerie, 9e étage, face est"}], "prochaine_echeance": "2027-02-28"}',
          },
          {
            say: 'FAC-2021-03-114 : dernier rapport RPT-FAC-22-0871 (Julie Bérubé, OIQ 5012347), déposé le 2022-02-28. CD-01 et CD-02 corrigées le 2022-06-14, CD-03 le 2023-05-02; CD-04 (joint de maçonnerie, 9e étage, face est) à revérifier. Prochaine échéance : 2027-02-28.',
          },
        ],
      },
      {
        name: 'planificateur_inspections',
        description: "Planifie les inspections et mandats d'ingénieurs",
        instructions: 'Planifie et réserve.',
        replies: [
          {
            call: 'planifier_inspection',
            args: {
              dossier: 'FAC-2021-03-114',
              avant: '2027-02-28',
              priorites: ['CD-04'],
              faces: ['est', 'sud'],
            },
            result:
              '{"inspection": "INS-2027-0042", "firme": "Bérubé Ingénierie", "offre": "BÉR-27-015", "du": "2027-01-18", "au": "2027-01-22", "nacelle": true, "rapport_prevu": "2027-02-12", "cout_avant_taxes": 23400}',
          },
          {
            say: 'INS-2027-0042 réservée : Bérubé Ingénierie (offre BÉR-27-015), du 2027-01-18 au 2027-01-22, nacelle faces est et sud, CD-04 en priorité; rapport prévu le 2027-02-12; 23 400 $ avant taxes.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch134Scenarios = [...faults, ...healthy];
