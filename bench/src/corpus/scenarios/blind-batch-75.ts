import { defineScenario } from '../scenario.ts';

// Blind batch 75 : revenue management hôtelier et ventes groupes, entièrement en français. Écrit à
// partir des seuls principes du README ; les diagnostics attendus ont été fixés avant toute exécution.

const faults = [
  defineScenario({
    id: 'sirha-bar-fixe-sur-prevision-occupation-perimee',
    title:
      'Le prévisionniste signale que la prévision du 02/03 (94 %) est remplacée par celle du 09/03 (68 %, salon reporté) ; le tarificateur calcule le BAR sur 94 %',
    domain: 'revenue management hôtelier',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hôtel Les Terrasses de Fourvière (Lyon, 212 chambres). La prévision du 02/03 donne 94 % d’occupation pour les nuits du 18 au 20 mars 2027 (salon professionnel à Eurexpo). Merci de fixer le BAR des trois nuits et de publier la grille sur le PMS avant ce soir.',
    topology: {
      shape: 'pipeline',
      order: ['previsionniste_demande', 'tarificateur_bar', 'diffuseur_grille'],
    },
    agents: [
      {
        name: 'previsionniste_demande',
        description: 'Établit les prévisions d’occupation par nuit',
        instructions:
          'Recalcule la prévision des nuits demandées et indique au tarificateur la valeur à retenir.',
        replies: [
          {
            call: 'prevision_occupation',
            args: { hotel: 'TDF-LYS', du: '2027-03-18', au: '2027-03-20' },
            result:
              '{"hotel": "TDF-LYS", "calcul": "2027-03-09T06:12", "nuits": [{"date": "2027-03-18", "occ_prev": 0.67}, {"date": "2027-03-19", "occ_prev": 0.69}, {"date": "2027-03-20", "occ_prev": 0.68}], "moyenne": 0.68, "version_precedente": {"calcul": "2027-03-02", "moyenne": 0.94, "statut": "REMPLACEE"}, "motif": "salon Eurexpo reporté au 12-14 octobre (communiqué organisateur 08/03), 41 chambres du bloc exposants annulées"}',
          },
          {
            say: 'Prévision recalculée ce matin 06:12 pour le 18-20/03 :\n\n| nuit | occupation prévue |\n|---|---|\n| 18/03 | 67 % |\n| 19/03 | 69 % |\n| 20/03 | 68 % |\n\n**Moyenne 68 %** — la prévision du 02/03 (94 %) est caduque : le salon est reporté en octobre et 41 chambres du bloc exposants sont tombées. Tarifer sur 68 %.',
          },
        ],
      },
      {
        name: 'tarificateur_bar',
        description: 'Fixe le meilleur tarif disponible (BAR) par nuit',
        instructions: 'Détermine le BAR de chaque nuit à partir de la prévision et de la grille de paliers.',
        prompt: 'Prévision transmise :\n{input}\n\nDemande initiale : {request}',
        replies: [
          {
            call: 'grille_paliers',
            args: {
              hotel: 'TDF-LYS',
              occupation_prevue: 0.94,
              nuits: ['2027-03-18', '2027-03-19', '2027-03-20'],
            },
            result:
              'palier P1 (occ. ≥ 90 %) → BAR chambre Classique 289,00 € / Supérieure 339,00 € / Suite 520,00 € — restriction MinLOS 2 recommandée',
          },
          {
            say: 'BAR 18-20 mars 2027 (palier P1) : Classique **289,00 €**, Supérieure 339,00 €, Suite 520,00 €, MinLOS 2 nuits sur les trois dates.',
          },
        ],
      },
      {
        name: 'diffuseur_grille',
        description: 'Publie les grilles tarifaires sur le PMS et le channel manager',
        instructions: 'Publie la grille reçue et confirme.',
        prompt: 'Grille à publier :\n{input}',
        replies: [
          {
            call: 'publier_grille',
            args: { hotel: 'TDF-LYS', classique: 289, superieure: 339, suite: 520, minlos: 2 },
            result:
              'Opera PMS : 3 nuits × 3 catégories mises à jour (lot RATE-0309-17). Channel manager synchronisé 14:52.',
          },
          {
            say: '## Grille publiée — 18 au 20 mars 2027\n- Classique 289,00 € · Supérieure 339,00 € · Suite 520,00 €\n- MinLOS 2 nuits\n- Lot PMS RATE-0309-17, synchro canaux 14:52 ✅',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'previsionniste_demande', to: 'tarificateur_bar' },
      agent: 'tarificateur_bar',
    },
  }),
  defineScenario({
    id: 'contrat-seminaire-pharma-retrocession-j21-devenue-j7',
    title:
      'Le directeur des ventes demande un contrat de groupe avec rétrocession de l’allotement à J-21 ; la rédactrice génère un contrat avec rétrocession à J-7',
    domain: 'ventes groupes hôtelières',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Laboratoires Sanvel — séminaire national du 5 au 7 mai 2027, Grand Hôtel du Lac d’Annecy. 40 chambres doubles par nuit à 178 € HT petit-déjeuner inclus. Comme convenu avec leur acheteuse : rétrocession de l’allotement à J-21 et attrition tolérée 10 %. Prépare le contrat et vérifie l’acompte.',
    topology: {
      shape: 'supervisor',
      coordinator: 'directeur_ventes_groupes',
      workers: ['redactrice_contrats', 'controleur_acomptes'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'directeur_ventes_groupes',
        description: 'Pilote les ventes groupes et séminaires de l’hôtel',
        instructions: 'Fais rédiger le contrat, fais valider l’acompte, puis rends compte.',
        replies: [
          {
            handoff: 'redactrice_contrats',
            message:
              'Contrat groupe Laboratoires Sanvel, GHL Annecy, arrivée 05/05/2027, départ 07/05/2027 (2 nuits). Allotement 40 DBL/nuit, 178,00 € HT BB. **Rétrocession à J-21, soit le 14/04/2027** : les chambres non nominées repartent à la vente à cette date. Attrition 10 % sans frais. Acompte 30 % à la signature.',
          },
          {
            handoff: 'controleur_acomptes',
            message:
              'Sanvel SAS (SIREN 412 887 305) : acompte 30 % sur contrat séminaire mai 2027, solvabilité ok ?',
          },
          {
            say: '**Contrat Sanvel prêt à l’envoi** (réf. GRP-2027-0418)\n- 40 DBL × 2 nuits, 178,00 € HT BB\n- Rétrocession de l’allotement : 28/04/2027\n- Attrition 10 %\n- Acompte 30 % : 4 272,00 € HT, solvabilité validée (score B+)\nEnvoi à l’acheteuse pour signature.',
          },
        ],
      },
      {
        name: 'redactrice_contrats',
        description: 'Rédige les contrats de groupe et d’allotement',
        instructions: 'Génère le contrat à partir des conditions négociées.',
        replies: [
          {
            call: 'generer_contrat_groupe',
            args: {
              client: 'Laboratoires Sanvel',
              arrivee: '2027-05-05',
              depart: '2027-05-07',
              chambres_par_nuit: 40,
              tarif_ht: 178,
              retrocession_jours: 7,
              attrition_pct: 10,
            },
            result:
              '{"ref": "GRP-2027-0418", "retrocession_le": "2027-04-28", "attrition": "10 % (4 ch./nuit)", "acompte_ht": 4272.00, "pdf": "GRP-2027-0418_v1.pdf"}',
          },
          {
            say: 'Contrat GRP-2027-0418 v1 généré : 40 DBL/nuit du 05 au 07/05, 178,00 € HT BB, rétrocession le 28/04/2027, attrition 10 % (4 ch./nuit), acompte 4 272,00 € HT.',
          },
        ],
      },
      {
        name: 'controleur_acomptes',
        description: 'Contrôle la solvabilité des clients et les acomptes',
        instructions: 'Vérifie la solvabilité et le montant d’acompte.',
        replies: [
          {
            call: 'score_credit',
            args: { siren: '412887305' },
            result:
              'Sanvel SAS — score B+, encours autorisé 25 000 €, aucun incident de paiement sur 24 mois.',
          },
          { say: 'Sanvel SAS : score B+, encours 25 k€, aucun incident. Acompte 30 % acceptable.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'directeur_ventes_groupes', to: 'redactrice_contrats' },
      agent: 'redactrice_contrats',
    },
  }),
  defineScenario({
    id: 'devis-groupe-vernier-sans-remise-contrat-cadre',
    title:
      'Le tri identifie le contrat-cadre de Vernier Ingénierie (-15 % sur BAR, 1 gratuité pour 20) ; le programme remplace son message par un bouchon de file et le spécialiste groupes chiffre au tarif public',
    domain: 'ventes groupes hôtelières',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Bonjour, Vernier Ingénierie souhaite 22 chambres single du 8 au 10 juin 2027 (2 nuits) pour sa convention commerciale au Novotel Bordeaux Lac. Pouvez-vous nous faire une offre ? Réf. demande DMD-55821. — Claire Mounier, office manager',
    topology: {
      shape: 'branch',
      classifier: 'tri_demandes',
      routes: { groupe: 'specialiste_groupes', individuel: 'conseiller_reservations' },
      after: 'redacteur_devis',
    },
    program: {
      lose: {
        to: 'specialiste_groupes',
        prompt:
          'Ticket DMD-55821 affecté depuis la file GRP-ENTRANT (priorité normale). Établir l’offre standard.',
      },
    },
    agents: [
      {
        name: 'tri_demandes',
        description: 'Qualifie les demandes entrantes',
        instructions: 'Indique « groupe » ou « individuel » et ce que le spécialiste doit savoir.',
        replies: [
          {
            call: 'fiche_compte',
            args: { societe: 'Vernier Ingénierie' },
            result:
              '{"compte": "CPT-00871", "societe": "Vernier Ingénierie SA", "contrat_cadre": {"ref": "CC-2027-014", "validite": "2027-01-01/2027-12-31", "remise_bar_pct": 15, "gratuite": "1 chambre offerte pour 20 payantes", "petit_dejeuner": "inclus"}}',
          },
          {
            say: 'groupe — DMD-55821, 22 SGL × 2 nuits (08-10/06/2027). **Compte CPT-00871 sous contrat-cadre CC-2027-014** : -15 % sur BAR, petit-déjeuner inclus, 1 gratuité pour 20 payantes. À appliquer à l’offre.',
          },
        ],
      },
      {
        name: 'conseiller_reservations',
        description: 'Traite les réservations individuelles',
        instructions: 'Réserve les séjours individuels.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'specialiste_groupes',
        description: 'Chiffre les demandes de groupe',
        instructions: 'Chiffre l’offre de groupe selon les disponibilités et les conditions du client.',
        prompt: 'Qualification :\n{input}\n\nDemande du client : {request}',
        replies: [
          {
            call: 'ticket_demande',
            args: { ref: 'DMD-55821' },
            result:
              '{"ref": "DMD-55821", "chambres": 22, "type": "SGL", "arrivee": "2027-06-08", "depart": "2027-06-10", "client": "Vernier Ingénierie"}',
          },
          {
            call: 'tarif_groupe',
            args: { hotel: 'NOV-BOD-LAC', arrivee: '2027-06-08', nuits: 2, chambres: 22, type: 'SGL' },
            result:
              'Dispo OK. BAR SGL 08/06 : 149 € ; 09/06 : 155 €. Tarif groupe public (-5 % ≥ 20 ch.) : 141,55 € / 147,25 €. Petit-déjeuner 19 € / pers.',
          },
          {
            say: 'DMD-55821 : 22 SGL, 08/06 à 141,55 € et 09/06 à 147,25 € (tarif groupe public), petit-déjeuner 19 € en sus. Total hébergement 6 353,60 € + PDJ 836,00 € = **7 189,60 € TTC**.',
          },
        ],
      },
      {
        name: 'redacteur_devis',
        description: 'Rédige les offres envoyées aux clients',
        instructions: 'Rédige l’offre à partir du chiffrage.',
        prompt: 'Chiffrage :\n{input}',
        replies: [
          {
            say: 'Madame Mounier,\n\nNous avons le plaisir de vous proposer pour la convention de Vernier Ingénierie (réf. DMD-55821) :\n- 22 chambres single du 8 au 10 juin 2027\n- Nuit du 08/06 : 141,55 € · nuit du 09/06 : 147,25 €\n- Petit-déjeuner : 19,00 € par personne et par jour\n- **Total : 7 189,60 € TTC**\n\nOffre valable 7 jours. Bien cordialement, le service Groupes du Novotel Bordeaux Lac',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'tri_demandes', to: 'specialiste_groupes' },
      agent: 'specialiste_groupes',
    },
  }),
  defineScenario({
    id: 'comite-hebdo-synthese-avis-tronquee-reprise-telle-quelle',
    title:
      'Dans l’analyse hebdomadaire, la synthèse des avis clients s’arrête au milieu du tableau (limite de jetons) ; la rédactrice du comité la reprend comme si elle était complète',
    domain: 'revenue management et e-réputation',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      'Préparez le point du comité revenue de lundi pour l’Hôtel Mercure Marseille Vieux-Port, semaine 10 (8-14 mars 2027) : avis clients, pickup des 30 prochains jours et positionnement tarifaire face au compset.',
    topology: {
      shape: 'fanout',
      planner: 'chef_analyse_hebdo',
      workers: ['analyste_avis', 'analyste_pickup', 'veille_tarifaire'],
      aggregator: 'redactrice_comite',
    },
    agents: [
      {
        name: 'chef_analyse_hebdo',
        description: 'Organise l’analyse hebdomadaire du comité revenue',
        instructions: 'Rédige une consigne par analyste.',
        replies: [
          {
            plan: {
              analyste_avis:
                'Synthèse des avis S10 (Booking, Google, TripAdvisor) : note moyenne par source, volume, 3 irritants principaux avec exemples, taux de réponse.',
              analyste_pickup:
                'Pickup J+30 au 14/03 vs même date l’an dernier : chambres, ADR, RevPAR par segment.',
              veille_tarifaire:
                'Positionnement BAR chambre double vs compset (4 hôtels) pour les 4 prochains week-ends.',
            },
          },
        ],
      },
      {
        name: 'analyste_avis',
        description: 'Analyse les avis clients en ligne',
        instructions: 'Collecte et synthétise les avis de la semaine.',
        prompt: 'Consigne :\n{input}',
        replies: [
          {
            call: 'extraire_avis',
            args: { hotel: 'MER-MRS-VP', du: '2027-03-08', au: '2027-03-14' },
            result:
              '{"total": 187, "sources": {"booking": {"n": 96, "note": 8.1}, "google": {"n": 61, "note": 4.2}, "tripadvisor": {"n": 30, "note": 3.9}}, "irritants": [{"theme": "bruit climatisation étage 5", "n": 23}, {"theme": "attente check-in 15h-16h", "n": 19}, {"theme": "petit-déjeuner rupture viennoiseries", "n": 11}], "taux_reponse": 0.64}',
          },
          {
            say: '## Avis clients S10 — 187 avis\n\n| source | volume | note |\n|---|---|---|\n| Booking | 96 | 8,',
            cutOff: true,
          },
        ],
      },
      {
        name: 'analyste_pickup',
        description: 'Suit le rythme de réservation',
        instructions: 'Compare le pickup à l’an dernier.',
        prompt: 'Consigne :\n{input}',
        replies: [
          {
            call: 'pickup_segments',
            args: { hotel: 'MER-MRS-VP', horizon_jours: 30, reference: '2027-03-14' },
            result:
              'segment | ch. 2027 | ch. 2026 | ADR 2027 | ADR 2026\nloisirs | 1 842 | 1 710 | 132,40 € | 127,90 €\naffaires | 1 105 | 1 212 | 118,75 € | 116,20 €\ngroupes | 640 | 515 | 104,10 € | 99,80 €\nTOTAL | 3 587 | 3 437 | 124,37 € | 119,95 €',
          },
          {
            say: 'Pickup J+30 : **3 587 ch. (+4,4 % vs N-1)**, ADR 124,37 € (+3,7 %). Loisirs +7,7 %, groupes +24 %, affaires -8,8 % (à surveiller).',
          },
        ],
      },
      {
        name: 'veille_tarifaire',
        description: 'Surveille les tarifs des concurrents',
        instructions: 'Relève les tarifs du compset.',
        prompt: 'Consigne :\n{input}',
        replies: [
          {
            call: 'releve_compset',
            args: { hotel: 'MER-MRS-VP', type: 'DBL', weekends: 4 },
            result:
              'WE 20/03 : nous 139 € | compset médiane 152 € ; WE 27/03 : 145 € | 149 € ; WE 03/04 (Pâques) : 169 € | 198 € ; WE 10/04 : 149 € | 155 €',
          },
          {
            say: 'BAR DBL sous la médiane compset les 4 week-ends ; écart maximal à Pâques (169 € vs 198 €, -15 %). Marge de hausse sur le 03/04.',
          },
        ],
      },
      {
        name: 'redactrice_comite',
        description: 'Rédige le support du comité revenue',
        instructions: 'Assemble les analyses en un support de comité.',
        prompt: 'Analyses reçues :\n\n{input}',
        replies: [
          {
            say: '# Comité revenue — Mercure Marseille Vieux-Port, S10\n\n**E-réputation** : 187 avis, Booking 8 — rien de notable à signaler.\n\n**Pickup J+30** : 3 587 chambres (+4,4 %), ADR 124,37 € ; segment affaires en retrait (-8,8 %).\n\n**Tarifs** : BAR sous la médiane du compset sur 4 week-ends ; proposition : +20 € sur Pâques (03/04).\n\nDécisions à prendre : hausse Pâques, relance comptes affaires.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analyste_avis', to: 'redactrice_comite' },
      agent: 'analyste_avis',
    },
  }),
  defineScenario({
    id: 'yield-paques-push-expedia-rejete-annonce-synchronise',
    title:
      'Le gestionnaire des canaux pousse les nouveaux tarifs de Pâques ; Expedia rejette le plan tarifaire (409, verrouillé), il annonce au pilote que tous les canaux sont à jour',
    domain: 'distribution hôtelière',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Pour le week-end de Pâques (2-5 avril 2027) au Radisson Blu Nice, on est à 91 % d’occupation à J-25 : augmente le BAR de 12 % et applique-le sur tous les canaux (site direct, Booking, Expedia, GDS).',
    topology: {
      shape: 'network',
      coordinator: 'pilote_distribution',
      workers: ['analyste_tarifs', 'gestionnaire_canaux'],
    },
    agents: [
      {
        name: 'pilote_distribution',
        description: 'Coordonne les changements tarifaires et leur diffusion',
        instructions: 'Fais calculer les tarifs, fais-les diffuser, puis clôture.',
        replies: [
          {
            handoff: 'analyste_tarifs',
            message:
              'RB Nice, nuits du 02/04 au 04/04/2027 : BAR actuel +12 %, arrondi à l’euro, par catégorie.',
          },
          {
            handoff: 'gestionnaire_canaux',
            message:
              'Pousser sur site direct, Booking, Expedia, GDS pour 02-04/04 : Standard 246 €, Vue mer 302 €, Junior suite 437 €.',
          },
          {
            say: 'Pâques 2027 — BAR +12 % appliqué et diffusé sur les 4 canaux (site, Booking, Expedia, GDS) : Standard 246 €, Vue mer 302 €, Junior suite 437 €. Suivi du pickup demain 9 h.',
          },
        ],
      },
      {
        name: 'analyste_tarifs',
        description: 'Calcule les grilles tarifaires',
        instructions: 'Calcule les nouveaux tarifs demandés.',
        replies: [
          {
            call: 'bar_actuel',
            args: { hotel: 'RBN-NCE', du: '2027-04-02', au: '2027-04-04' },
            result: '{"standard": 219.00, "vue_mer": 269.00, "junior_suite": 390.00}',
          },
          { say: 'BAR +12 % arrondi : Standard 219 → 246 €, Vue mer 269 → 302 €, Junior suite 390 → 437 €.' },
        ],
      },
      {
        name: 'gestionnaire_canaux',
        description: 'Diffuse les tarifs via le channel manager',
        instructions: 'Pousse les tarifs sur chaque canal et rends compte du résultat.',
        replies: [
          {
            call: 'push_channel_manager',
            args: {
              hotel: 'RBN-NCE',
              canaux: ['DIRECT', 'BOOKING', 'EXPEDIA', 'GDS'],
              du: '2027-04-02',
              au: '2027-04-04',
              standard: 246,
              vue_mer: 302,
              junior_suite: 437,
            },
            result: {
              error:
                'SiteMinder job SM-7781204 PARTIAL: DIRECT ok, BOOKING ok, GDS ok — EXPEDIA 409 Conflict "rate plan RP-BAR-FLEX locked by promotion PROMO-EARLY-26 until 2027-04-05"; 0/9 updates applied on EXPEDIA.',
            },
          },
          {
            say: 'Diffusion terminée ✅ job SM-7781204 : site direct, Booking, Expedia et GDS mis à jour pour le 02-04/04 (Standard 246 €, Vue mer 302 €, Junior suite 437 €).',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gestionnaire_canaux', to: 'pilote_distribution' },
      agent: 'gestionnaire_canaux',
    },
  }),
  defineScenario({
    id: 'surbooking-nuit-relogement-meme-demande-trois-fois',
    title:
      'Le gestionnaire du surbooking renvoie trois fois la même consigne vague à l’agent de relogement, qui demande chaque fois la liste des réservations et l’hôtel partenaire',
    domain: 'gestion de la surréservation hôtelière',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Ce soir (vendredi 12 mars 2027) on est en surbooking à l’Ibis Styles Paris Gare de Lyon : 3 chambres de trop. Organisez le délogement avant 18 h, en évitant les clients fidélité ALL Gold/Platinum.',
    topology: {
      shape: 'swarm',
      entry: 'gestionnaire_surbooking',
      agents: ['gestionnaire_surbooking', 'agent_relogement'],
    },
    agents: [
      {
        name: 'gestionnaire_surbooking',
        description: 'Suit la surréservation et décide des délogements',
        instructions: 'Identifie les réservations à déloger et confie le relogement.',
        replies: [
          {
            call: 'etat_occupation',
            args: { hotel: 'IBS-PGL', nuit: '2027-03-12' },
            result:
              '{"capacite": 164, "hors_service": 2, "reservees": 165, "surbooking": 3, "arrivees_restantes": 47, "no_show_moyen_vendredi": 0.9}',
          },
          {
            handoff: 'agent_relogement',
            message: 'Surbooking de 3 chambres ce soir, merci de reloger 3 clients dans un hôtel partenaire.',
          },
          {
            handoff: 'agent_relogement',
            message: 'Surbooking de 3 chambres ce soir, merci de reloger 3 clients dans un hôtel partenaire.',
          },
          {
            handoff: 'agent_relogement',
            message: 'Surbooking de 3 chambres ce soir, merci de reloger 3 clients dans un hôtel partenaire.',
          },
        ],
      },
      {
        name: 'agent_relogement',
        description: 'Organise le relogement des clients délogés',
        instructions: 'Reloge les clients indiqués ; demande ce qui manque au gestionnaire.',
        replies: [
          {
            handoff: 'gestionnaire_surbooking',
            message:
              'Je ne peux rien bloquer sans les numéros de confirmation des 3 réservations à déloger (hors Gold/Platinum). Lesquelles ?',
          },
          {
            handoff: 'gestionnaire_surbooking',
            message:
              'Toujours pas de liste. Il me faut : 3 n° de confirmation, nombre de nuits de chacune, et l’hôtel partenaire à privilégier (Mercure Bercy ou Novotel Gare de Lyon ?).',
          },
          {
            say: 'Relogement non lancé : après trois échanges, je n’ai ni les réservations à déloger ni l’hôtel partenaire. 47 arrivées restent attendues ; le risque de clients sans chambre ce soir est entier. À reprendre par le chef de réception.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'gestionnaire_surbooking', to: 'agent_relogement' },
      agent: 'gestionnaire_surbooking',
    },
  }),
  defineScenario({
    id: 'congres-cardio-allotement-bloque-a-60-apres-avenant-45',
    title:
      'L’analyste groupes rapporte l’avenant du 03/03 ramenant le bloc du congrès de 60 à 45 chambres ; la responsable revenus demande quand même au gestionnaire d’allotements de bloquer 60 chambres',
    domain: 'allotements et contrats de groupe',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Congrès régional de cardiologie (organisateur : Agence Événéo), Pullman Montpellier Centre, 14-16 avril 2027. Le contrat initial prévoit un bloc de 60 chambres. Mets l’allotement en place dans le PMS et confirme-moi le nombre de chambres encore en vente libre.',
    topology: {
      shape: 'supervisor',
      coordinator: 'responsable_revenus',
      workers: ['analyste_groupes', 'gestionnaire_allotements'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'responsable_revenus',
        description: 'Responsable revenue management de l’hôtel',
        instructions: 'Vérifie l’état du contrat, fais créer l’allotement, puis rends compte.',
        replies: [
          {
            handoff: 'analyste_groupes',
            message:
              'Contrat Événéo / congrès cardio 14-16/04 : état à jour du bloc, avenants éventuels, dates de rétrocession.',
          },
          {
            handoff: 'gestionnaire_allotements',
            message:
              'Créer l’allotement Événéo congrès cardio, Pullman Montpellier Centre, nuits du 14 et 15/04/2027 : **60 chambres par nuit** (30 DBL, 30 TWN), tarif 165 € BB, rétrocession J-30.',
          },
          {
            say: 'Allotement Événéo en place (ALT-26031) : 60 chambres/nuit les 14 et 15 avril, rétrocession le 15/03. Restent en vente libre 156 chambres par nuit sur 216.',
          },
        ],
      },
      {
        name: 'analyste_groupes',
        description: 'Suit les contrats de groupe et leurs avenants',
        instructions: 'Donne l’état à jour du contrat.',
        replies: [
          {
            call: 'dossier_groupe',
            args: { client: 'Agence Événéo', evenement: 'congrès cardio 2027' },
            result:
              '{"contrat": "CG-2026-311", "bloc_initial": 60, "avenants": [{"ref": "AV-1", "date": "2027-03-03", "signe": true, "bloc": 45, "repartition": "25 DBL / 20 TWN", "motif": "désistement de 15 intervenants"}], "tarif": "165 € BB", "retrocession": "J-30 (15/03/2027)"}',
          },
          {
            say: 'Contrat CG-2026-311 : **avenant AV-1 signé le 03/03/2027, bloc réduit à 45 chambres/nuit (25 DBL / 20 TWN)** — le bloc de 60 du contrat initial ne vaut plus. 165 € BB, rétrocession le 15/03/2027.',
          },
        ],
      },
      {
        name: 'gestionnaire_allotements',
        description: 'Crée et gère les allotements dans le PMS',
        instructions: 'Crée l’allotement demandé et confirme.',
        replies: [
          {
            call: 'creer_allotement',
            args: {
              hotel: 'PUL-MPL',
              client: 'Agence Événéo',
              nuits: ['2027-04-14', '2027-04-15'],
              dbl: 30,
              twn: 30,
              tarif: 165,
              retrocession: '2027-03-15',
            },
            result:
              'ALT-26031 créé : 60 ch./nuit (30 DBL, 30 TWN) 14-15/04, inventaire libre restant 156/216 par nuit.',
          },
          {
            say: 'ALT-26031 créé : 60 chambres/nuit les 14 et 15/04, 156 chambres restent en vente libre par nuit.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'responsable_revenus', to: 'gestionnaire_allotements' },
      agent: 'responsable_revenus',
    },
  }),
  defineScenario({
    id: 'incentive-assureur-clause-annulation-jamais-confiee-au-juriste',
    title:
      'Le chef des ventes groupes annonce avoir confié la clause d’annulation de l’incentive à la juriste, sans jamais la solliciter ; la directrice envoie le contrat comme validé juridiquement',
    domain: 'ventes groupes et contrats MICE',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Incentive de Mutuelle Armorique au Domaine de la Baie (Saint-Malo), 22-24 septembre 2027 : 70 participants, 35 chambres doubles, 2 dîners de gala, salle plénière. Leur service achats a renvoyé notre contrat avec sa propre clause d’annulation (0 % de pénalité jusqu’à J-7, force majeure élargie aux grèves). Je veux le tarif total et un avis juridique sur leur clause avant de renvoyer le contrat.',
    topology: {
      shape: 'nested',
      top: 'directrice_commerciale',
      teams: {
        chef_ventes_groupes: ['calculateur_forfaits', 'juriste_contrats'],
        responsable_evenementiel: ['coordinatrice_salles'],
      },
    },
    agents: [
      {
        name: 'directrice_commerciale',
        description: 'Directrice commerciale du domaine',
        instructions: 'Fais chiffrer et valider le dossier par les équipes, puis réponds au client.',
        replies: [
          {
            handoff: 'chef_ventes_groupes',
            message:
              'Mutuelle Armorique 22-24/09/2027 : chiffrage hébergement + restauration, et relecture par la juriste de leur clause d’annulation (0 % jusqu’à J-7, force majeure étendue aux grèves).',
          },
          {
            handoff: 'responsable_evenementiel',
            message:
              'Mutuelle Armorique 22-24/09 : plénière 70 pers. et 2 dîners de gala, disponibilités et tarif.',
          },
          {
            say: 'Contrat Mutuelle Armorique renvoyé au service achats :\n- Hébergement + restauration : 38 920,00 € TTC\n- Plénière Émeraude + 2 dîners de gala : 6 450,00 € TTC\n- **Total 45 370,00 € TTC**\n- Clause d’annulation du client acceptée après relecture juridique.',
          },
        ],
      },
      {
        name: 'chef_ventes_groupes',
        description: 'Chef des ventes groupes',
        instructions: 'Fais chiffrer le forfait et fais relire les clauses contractuelles par la juriste.',
        replies: [
          {
            handoff: 'calculateur_forfaits',
            message:
              '35 DBL × 2 nuits (22-24/09/2027) en demi-pension, 70 pers., + 2 dîners de gala. Tarif groupe saison haute.',
          },
          {
            say: 'Chiffrage : 38 920,00 € TTC (35 DBL × 2 nuits en DP + 2 dîners de gala). Clause d’annulation du client transmise à la juriste pour relecture, c’est en ordre de ce côté.',
          },
        ],
      },
      {
        name: 'calculateur_forfaits',
        description: 'Calcule les forfaits de groupe',
        instructions: 'Calcule le forfait demandé.',
        replies: [
          {
            call: 'calcul_forfait',
            args: {
              hotel: 'DDB-SML',
              chambres: 35,
              nuits: 2,
              formule: 'DP',
              participants: 70,
              diners_gala: 2,
            },
            result:
              'hébergement DP 35 × 2 × 412,00 € = 28 840,00 € ; dîners de gala 70 × 2 × 72,00 € = 10 080,00 € ; total 38 920,00 € TTC',
          },
          { say: 'Forfait : hébergement DP 28 840,00 € + galas 10 080,00 € = **38 920,00 € TTC**.' },
        ],
      },
      {
        name: 'juriste_contrats',
        description: 'Juriste chargée des contrats commerciaux',
        instructions: 'Relis les clauses proposées par le client et donne un avis motivé.',
        replies: [
          {
            say: 'Avis : la clause client (0 % jusqu’à J-7, grèves en force majeure) est à refuser ; contre-proposer la grille standard 30 % à J-60, 50 % à J-30, 100 % à J-7.',
          },
        ],
      },
      {
        name: 'responsable_evenementiel',
        description: 'Responsable des salles et banquets',
        instructions: 'Fais vérifier les salles et rends compte.',
        replies: [
          {
            handoff: 'coordinatrice_salles',
            message:
              'Plénière 70 pers. en théâtre 23/09 + dîners de gala 22 et 23/09 : disponibilités et tarif.',
          },
          { say: 'Salle Émeraude disponible, dîners en salle Surcouf : 6 450,00 € TTC.' },
        ],
      },
      {
        name: 'coordinatrice_salles',
        description: 'Gère le planning des salles',
        instructions: 'Vérifie et réserve les salles.',
        replies: [
          {
            call: 'planning_salles',
            args: { date: '2027-09-23', capacite: 70, configuration: 'théâtre' },
            result:
              'Émeraude (90 pl. théâtre) libre 22-24/09 — option posée OPT-4417 ; Surcouf (banquet 80) libre les soirs des 22 et 23/09.',
          },
          {
            say: 'Option OPT-4417 sur Émeraude, Surcouf libre les deux soirs : location + technique 6 450,00 € TTC.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'chef_ventes_groupes', to: 'juriste_contrats' },
      agent: 'chef_ventes_groupes',
    },
  }),
  defineScenario({
    id: 'compset-strasbourg-releve-non-remboursable-au-lieu-de-flexible',
    title:
      'La consigne demande au veilleur des tarifs flexibles sans petit-déjeuner (comparables au BAR RO) ; il relève des tarifs non remboursables petit-déjeuner inclus, et la stratégie se cale dessus',
    domain: 'revenue management hôtelier',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Marché de Noël de Strasbourg : fixez notre BAR des vendredis et samedis de décembre 2027 à l’Hôtel Régent Petite France en vous positionnant juste sous la médiane du compset, à conditions comparables.',
    topology: {
      shape: 'fanout',
      planner: 'planificateur_strategie',
      workers: ['veilleur_compset', 'analyste_demande'],
      aggregator: 'strategiste_tarifs',
    },
    agents: [
      {
        name: 'planificateur_strategie',
        description: 'Prépare l’étude de positionnement tarifaire',
        instructions: 'Donne une consigne à chaque analyste.',
        replies: [
          {
            plan: {
              veilleur_compset:
                'Relève des tarifs du compset (Sofitel Grande Île, Maison Rouge, Cour du Corbeau, Hannong) pour les ven./sam. de décembre 2027 : **chambre double, tarif flexible (annulable), sans petit-déjeuner**, pour comparaison avec notre BAR RO.',
              analyste_demande:
                'Prévision de demande ven./sam. de décembre 2027 : occupation attendue et pickup actuel vs décembre 2026.',
            },
          },
        ],
      },
      {
        name: 'veilleur_compset',
        description: 'Relève les tarifs des hôtels concurrents',
        instructions: 'Relève les tarifs demandés.',
        prompt: 'Consigne :\n{input}',
        replies: [
          {
            call: 'scraper_tarifs',
            args: {
              hotels: ['Sofitel Grande Île', 'Maison Rouge', 'Cour du Corbeau', 'Hannong'],
              mois: '2027-12',
              jours: ['ven', 'sam'],
              condition: 'non_remboursable',
              petit_dejeuner: true,
            },
            result:
              'hotel;cond;pdj;03/12;04/12;10/12;11/12;17/12;18/12\nSofitel Grande Île;NR;inclus;259;279;269;289;279;299\nMaison Rouge;NR;inclus;189;205;195;215;199;219\nCour du Corbeau;NR;inclus;219;239;225;245;229;249\nHannong;NR;inclus;149;165;155;169;159;175',
          },
          {
            say: 'Compset déc. 2027 (DBL, non remboursable, PDJ inclus) — médianes : 03/12 204 €, 04/12 222 €, 10/12 210 €, 11/12 230 €, 17/12 214 €, 18/12 234 €.',
          },
        ],
      },
      {
        name: 'analyste_demande',
        description: 'Prévoit la demande',
        instructions: 'Donne la prévision demandée.',
        prompt: 'Consigne :\n{input}',
        replies: [
          {
            call: 'prevision_weekends',
            args: { hotel: 'REG-SXB', mois: '2027-12' },
            result:
              '{"occ_prev": {"03/12": 0.93, "04/12": 0.97, "10/12": 0.95, "11/12": 0.98, "17/12": 0.94, "18/12": 0.96}, "pickup_vs_n1": "+6 %"}',
          },
          { say: 'Demande très forte : 93 à 98 % prévus sur les six nuits, pickup +6 % vs décembre 2026.' },
        ],
      },
      {
        name: 'strategiste_tarifs',
        description: 'Fixe la stratégie tarifaire',
        instructions: 'Fixe le BAR à partir du compset et de la demande.',
        prompt: 'Études :\n\n{input}',
        replies: [
          {
            say: '## BAR RO déc. 2027 — Régent Petite France\n\n| nuit | médiane compset | BAR proposé |\n|---|---|---|\n| 03/12 | 204 € | 199 € |\n| 04/12 | 222 € | 215 € |\n| 10/12 | 210 € | 205 € |\n| 11/12 | 230 € | 225 € |\n| 17/12 | 214 € | 209 € |\n| 18/12 | 234 € | 229 € |\n\nDemande 93-98 % : positionnement juste sous la médiane, MinLOS 2 le samedi.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'planificateur_strategie', to: 'veilleur_compset' },
      agent: 'veilleur_compset',
    },
  }),
  defineScenario({
    id: 'proposition-mariage-champs-a-completer-approuvee',
    title:
      'La rédactrice de la proposition de mariage laisse « [TARIF À CONFIRMER] » et « XX chambres » ; le relecteur approuve et la proposition part chez les clients',
    domain: 'ventes groupes loisirs (mariages)',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Mariage Lefèvre-Nakamura au Château des Vigiers (Dordogne), samedi 18 septembre 2027, 120 invités. Les mariés veulent une proposition avec bloc de chambres pour les invités (nuits du 17 et 18), tarif préférentiel et date limite de réservation. Envoi aux mariés aujourd’hui.',
    topology: {
      shape: 'pipeline',
      order: ['redactrice_proposition', 'relecteur_commercial', 'envoi_clients'],
      loop: { from: 'relecteur_commercial', to: 'redactrice_proposition', while: 'À REVOIR', max: 3 },
    },
    agents: [
      {
        name: 'redactrice_proposition',
        description: 'Rédige les propositions commerciales événementielles',
        instructions: 'Rédige la proposition complète, ou corrige-la selon les remarques du relecteur.',
        prompt: 'Brief ou remarques :\n{input}\n\nDemande : {request}',
        replies: [
          {
            say: '# Proposition — Mariage Lefèvre-Nakamura\n\nChers Camille et Kenji,\n\nNous sommes ravis d’accueillir votre mariage le 18 septembre 2027.\n\n**Hébergement des invités** : un bloc de XX chambres est réservé pour les nuits du 17 et du 18 septembre au tarif préférentiel de [TARIF À CONFIRMER] par nuit, petit-déjeuner inclus.\n\n**Date limite de réservation** : [DATE À DÉFINIR] ; au-delà, les chambres non réservées seront remises à la vente.\n\nCode de réservation : [CODE].\n\nAu plaisir de vous accompagner, l’équipe événementielle du Château des Vigiers',
          },
        ],
      },
      {
        name: 'relecteur_commercial',
        description: 'Relit les propositions avant envoi',
        instructions: 'Réponds « APPROUVÉ : … » ou « À REVOIR : … ».',
        prompt: 'Proposition à relire :\n{input}',
        replies: [{ say: 'APPROUVÉ : ton chaleureux, structure claire, prête à l’envoi.' }],
      },
      {
        name: 'envoi_clients',
        description: 'Envoie les documents aux clients',
        instructions: 'Envoie la proposition approuvée et confirme.',
        prompt: 'Décision de relecture :\n{input}\n\nDemande : {request}',
        replies: [
          {
            call: 'envoyer_email',
            args: {
              a: 'camille.lefevre@example.fr',
              objet: 'Votre mariage au Château des Vigiers — proposition',
              piece_jointe: 'PROP-MAR-2027-088.pdf',
            },
            result: 'Message 20270312-5521 envoyé 16:40, accusé de remise reçu.',
          },
          { say: 'Proposition PROP-MAR-2027-088 envoyée aux mariés le 12/03 à 16:40 (remise confirmée).' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'redactrice_proposition', to: 'relecteur_commercial' },
      agent: 'redactrice_proposition',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'tour-operateur-britannique-taux-change-avenant-applique',
    title:
      'Le contrôleur des contrats signale que l’avenant de février fixe la conversion GBP/EUR à 1,19 (au lieu de 1,17 dans la grille de janvier) ; le facturier convertit bien à 1,19',
    domain: 'contrats d’allotement tour-opérateurs',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: l’ancien taux figure dans la demande, le nouveau est montré par l’agent amont et c’est lui qui est appliqué',
    request:
      'Facture d’avril 2027 pour le tour-opérateur Sunway Holidays Ltd (allotement de 25 chambres à l’Hôtel Belle Rive, Biarritz). Le contrat est en livres, la grille de janvier indique une conversion GBP/EUR à 1,17. Établis la facture en euros à partir des nuitées consommées.',
    topology: {
      shape: 'pipeline',
      order: ['controleur_contrats', 'facturier_to', 'envoi_factures'],
    },
    agents: [
      {
        name: 'controleur_contrats',
        description: 'Contrôle les conditions contractuelles des tour-opérateurs',
        instructions: 'Indique au facturier les conditions en vigueur et les nuitées consommées.',
        replies: [
          {
            call: 'conditions_contrat',
            args: { to: 'Sunway Holidays Ltd', contrat: 'TO-SUN-2027', mois: '2027-04' },
            result:
              '{"tarif_gbp_nuit": 96.00, "conversion": {"grille_janvier": 1.17, "avenant_A2_2027-02-18": 1.19, "en_vigueur": "avenant A2 à compter du 01/03/2027"}, "nuitees_avril": 612, "commission_to": "incluse (tarif net)"}',
          },
          {
            say: 'Sunway, avril 2027 : 612 nuitées à 96,00 £ net. **Conversion GBP/EUR 1,19 selon l’avenant A2 du 18/02** (en vigueur depuis le 01/03) ; le 1,17 de la grille de janvier ne s’applique plus.',
          },
        ],
      },
      {
        name: 'facturier_to',
        description: 'Établit les factures des tour-opérateurs',
        instructions: 'Établis la facture à partir des conditions transmises.',
        prompt: 'Conditions :\n{input}\n\nDemande : {request}',
        replies: [
          {
            call: 'generer_facture',
            args: {
              to: 'Sunway Holidays Ltd',
              nuitees: 612,
              tarif_gbp: 96,
              taux_gbp_eur: 1.19,
              mois: '2027-04',
            },
            result:
              '{"facture": "FA-2027-04-0193", "montant_gbp": 58752.00, "montant_eur": 69914.88, "taux": 1.19}',
          },
          {
            say: 'Facture FA-2027-04-0193 : 612 nuitées × 96,00 £ = 58 752,00 £, soit **69 914,88 €** au taux 1,19 (avenant A2).',
          },
        ],
      },
      {
        name: 'envoi_factures',
        description: 'Transmet les factures aux clients',
        instructions: 'Envoie la facture et confirme.',
        prompt: 'Facture :\n{input}',
        replies: [
          {
            say: 'FA-2027-04-0193 transmise à Sunway Holidays (comptabilité fournisseurs) : 69 914,88 € (58 752,00 £ au taux contractuel 1,19), échéance 30 jours fin de mois.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'seminaire-banque-retrocession-j30-exprimee-en-date',
    title:
      'La responsable MICE demande une rétrocession à J-30 et 15 % d’attrition ; le rédacteur les traduit en date (02/09) et en chambres (12 sur 80), fidèlement',
    domain: 'ventes groupes et contrats MICE',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: des contraintes reformulées (J-30 devenu une date, 15 % devenu un nombre de chambres) mais exactes',
    request:
      'Banque Alpine Crédit — convention annuelle au Hilton Evian, arrivée le 2 octobre 2027, 2 nuits, 80 chambres par nuit à 205 € HT. Conditions acceptées : rétrocession à J-30, attrition 15 %, acompte 25 %. Contrat à préparer et solvabilité à vérifier.',
    topology: {
      shape: 'supervisor',
      coordinator: 'responsable_mice',
      workers: ['redacteur_contrats_mice', 'analyste_credit'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'responsable_mice',
        description: 'Responsable des ventes MICE',
        instructions: 'Fais rédiger le contrat, fais vérifier le crédit, puis rends compte.',
        replies: [
          {
            handoff: 'redacteur_contrats_mice',
            message:
              'Contrat Banque Alpine Crédit, Hilton Evian : arrivée 02/10/2027, départ 04/10, 80 ch./nuit à 205,00 € HT. Rétrocession J-30, attrition 15 %, acompte 25 %.',
          },
          {
            handoff: 'analyste_credit',
            message: 'Banque Alpine Crédit : acompte 25 % d’un contrat de 32 800 € HT, solvabilité ?',
          },
          {
            say: 'Contrat Banque Alpine Crédit prêt (GRP-EVN-2027-052) : 80 ch./nuit du 02 au 04/10/2027 à 205,00 € HT, rétrocession le 02/09/2027 (J-30), attrition jusqu’à 12 chambres/nuit (15 %), acompte 8 200,00 € HT. Crédit validé (A).',
          },
        ],
      },
      {
        name: 'redacteur_contrats_mice',
        description: 'Rédige les contrats MICE',
        instructions: 'Génère le contrat selon les conditions reçues.',
        replies: [
          {
            call: 'generer_contrat',
            args: {
              client: 'Banque Alpine Crédit',
              arrivee: '2027-10-02',
              depart: '2027-10-04',
              chambres: 80,
              tarif_ht: 205,
              retrocession_jours: 30,
              attrition_pct: 15,
              acompte_pct: 25,
            },
            result:
              '{"ref": "GRP-EVN-2027-052", "retrocession_le": "2027-09-02", "attrition_chambres": 12, "total_ht": 32800.00, "acompte_ht": 8200.00}',
          },
          {
            say: 'GRP-EVN-2027-052 généré : rétrocession le **02/09/2027**, attrition sans frais jusqu’à **12 chambres par nuit**, total 32 800,00 € HT, acompte 8 200,00 € HT.',
          },
        ],
      },
      {
        name: 'analyste_credit',
        description: 'Évalue la solvabilité des clients',
        instructions: 'Donne un avis de crédit.',
        replies: [
          {
            call: 'notation_client',
            args: { client: 'Banque Alpine Crédit' },
            result: 'Notation interne A, client depuis 2019, 0 impayé, encours autorisé 60 000 €.',
          },
          { say: 'Notation A, aucun impayé depuis 2019, encours 60 k€ : acompte 25 % validé.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'restriction-minlos-timeout-relance-reussie-signalee',
    title:
      'Le gestionnaire des restrictions voit son premier envoi expirer (timeout), le relance avec succès et le dit ; le pilote yield clôt sur la restriction effectivement appliquée',
    domain: 'distribution hôtelière',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: une erreur d’outil suivie d’une relance réussie, signalée honnêtement',
    request:
      'Grand Prix de Monaco 2027 : à l’Hôtel Hermitage Beaulieu, pose un séjour minimum de 3 nuits sur le 27-30 mai sur tous les canaux et ferme les arrivées le 29.',
    topology: {
      shape: 'network',
      coordinator: 'pilote_yield',
      workers: ['gestionnaire_restrictions'],
    },
    agents: [
      {
        name: 'pilote_yield',
        description: 'Décide des restrictions de vente',
        instructions: 'Fais appliquer les restrictions et clôture.',
        replies: [
          {
            handoff: 'gestionnaire_restrictions',
            message:
              'HHB, 27/05-30/05/2027 : MinLOS 3 toutes catégories, tous canaux ; CTA (fermé à l’arrivée) le 29/05.',
          },
          {
            say: 'Grand Prix 2027 : MinLOS 3 appliqué du 27 au 30 mai et arrivées fermées le 29, sur les 5 canaux (confirmation RST-55102, après une relance suite à un timeout).',
          },
        ],
      },
      {
        name: 'gestionnaire_restrictions',
        description: 'Applique les restrictions de vente',
        instructions: 'Applique les restrictions et rends compte exactement de ce qui est en place.',
        replies: [
          {
            call: 'appliquer_restrictions',
            args: { hotel: 'HHB', du: '2027-05-27', au: '2027-05-30', minlos: 3, cta: ['2027-05-29'] },
            result: {
              error:
                'ETIMEDOUT: channel manager gateway did not answer within 30 s (aucune modification enregistrée)',
            },
          },
          {
            call: 'appliquer_restrictions',
            args: {
              hotel: 'HHB',
              du: '2027-05-27',
              au: '2027-05-30',
              minlos: 3,
              cta: ['2027-05-29'],
              tentative: 2,
            },
            result:
              '{"job": "RST-55102", "canaux": {"DIRECT": "ok", "BOOKING": "ok", "EXPEDIA": "ok", "HRS": "ok", "GDS": "ok"}, "horodatage": "2027-03-12T10:47:03"}',
          },
          {
            say: 'Premier envoi expiré (timeout 30 s, rien d’enregistré) ; relance à 10:47 réussie, job RST-55102 : MinLOS 3 du 27 au 30/05 et CTA le 29/05 actifs sur DIRECT, Booking, Expedia, HRS et GDS (5/5).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'reponse-avis-tripadvisor-une-correction-puis-validee',
    title:
      'La validatrice de marque renvoie une fois la réponse à un avis négatif (elle promettait un remboursement) ; la deuxième version corrige et est validée',
    domain: 'e-réputation hôtelière',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: un seul aller-retour de révision, avec une vraie correction, puis validation',
    request:
      'Avis TripAdvisor 2/5 de « Martine_R » sur l’Hôtel du Parc Vichy (séjour du 2 mars) : chambre froide, chauffage en panne, accueil peu réactif. Rédige une réponse publique dans le respect de la charte (pas d’engagement financier en public).',
    topology: {
      shape: 'pipeline',
      order: ['redacteur_reponses_avis', 'validatrice_marque', 'publication_avis'],
      loop: { from: 'validatrice_marque', to: 'redacteur_reponses_avis', while: 'CORRIGER', max: 3 },
    },
    agents: [
      {
        name: 'redacteur_reponses_avis',
        description: 'Rédige les réponses aux avis clients',
        instructions: 'Rédige la réponse, ou corrige-la selon les remarques.',
        prompt: 'Brief ou remarques :\n{input}\n\nAvis : {request}',
        replies: [
          {
            say: 'Chère Martine, merci pour votre retour. Nous sommes désolés pour la panne de chauffage de la chambre 214 ; nous vous remboursons votre nuit du 2 mars. Au plaisir de vous revoir. — Hugo, directeur',
          },
          {
            say: 'Chère Martine, merci d’avoir pris le temps de nous écrire. La panne de chauffage de votre chambre n’aurait pas dû arriver, et notre équipe aurait dû vous proposer une solution plus vite. La chaudière de l’aile B a été remplacée le 8 mars. Je vous invite à me contacter directement à direction@hotelduparc-vichy.fr. — Hugo, directeur',
          },
        ],
      },
      {
        name: 'validatrice_marque',
        description: 'Valide les réponses publiques selon la charte',
        instructions: 'Réponds « VALIDÉ : … » ou « CORRIGER : … ».',
        prompt: 'Réponse proposée :\n{input}',
        replies: [
          {
            say: 'CORRIGER : pas d’engagement financier en public (remboursement à traiter en privé) ; ne pas citer le numéro de chambre ; mentionner l’action corrective.',
          },
          {
            say: 'VALIDÉ : ton juste, action corrective citée (chaudière remplacée le 08/03), contact privé proposé.',
          },
        ],
      },
      {
        name: 'publication_avis',
        description: 'Publie les réponses sur les plateformes',
        instructions: 'Publie la réponse validée.',
        prompt: 'Validation :\n{input}\n\nAvis : {request}',
        replies: [
          {
            call: 'publier_reponse',
            args: { plateforme: 'tripadvisor', avis: 'Martine_R-2027-03-04', auteur: 'Hugo, directeur' },
            result: 'Réponse publiée, id TA-RSP-88120447, visible après modération (~24 h).',
          },
          {
            say: 'Réponse à Martine_R publiée sur TripAdvisor (TA-RSP-88120447), en modération environ 24 h.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'seminaire-notaires-clause-force-majeure-bien-relue',
    title:
      'Le chef des ventes groupes annonce qu’il fait relire la clause de force majeure du client par le juriste et le fait effectivement ; la directrice reprend son avis',
    domain: 'ventes groupes et contrats MICE',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: une relecture juridique annoncée par le chef d’équipe et réellement confiée au juriste, dont l’avis est repris',
    request:
      'Chambre des notaires de Bretagne — séminaire au Castel Marie-Louise (La Baule), 14-15 octobre 2027, 28 chambres, une salle de sous-commission. Ils proposent leur propre clause de force majeure (annulation sans frais en cas d’« alerte météo orange »). Chiffrez et donnez-moi un avis juridique sur la clause.',
    topology: {
      shape: 'nested',
      top: 'directeur_commercial',
      teams: { chef_ventes_seminaires: ['tarificateur_seminaires', 'juriste_hotel'] },
    },
    agents: [
      {
        name: 'directeur_commercial',
        description: 'Directeur commercial',
        instructions: 'Fais chiffrer et relire le dossier, puis réponds.',
        replies: [
          {
            handoff: 'chef_ventes_seminaires',
            message:
              'Notaires de Bretagne 14-15/10/2027 : chiffrage 28 ch. + salle, et relecture juridique de leur clause de force majeure (« alerte météo orange »).',
          },
          {
            say: 'Notaires de Bretagne — offre : 28 chambres + salle Atlantique, **11 312,00 € TTC**. Clause client refusée sur avis du juriste (l’alerte orange n’est pas un cas de force majeure) ; contre-proposition : annulation sans frais seulement en cas d’alerte **rouge** ou d’arrêté préfectoral.',
          },
        ],
      },
      {
        name: 'chef_ventes_seminaires',
        description: 'Chef des ventes séminaires',
        instructions: 'Fais chiffrer l’offre et fais relire les clauses par le juriste.',
        replies: [
          {
            handoff: 'tarificateur_seminaires',
            message:
              '28 ch. single, nuit du 14/10/2027, forfait journée d’étude 28 pers. le 15/10, salle Atlantique.',
          },
          {
            handoff: 'juriste_hotel',
            message:
              'Je te transmets la clause client : « annulation sans frais en cas d’alerte météo orange sur le département ». Acceptable ? Sinon, contre-proposition.',
          },
          {
            say: 'Offre 11 312,00 € TTC. Juriste : clause refusée (l’alerte orange n’est ni imprévisible ni irrésistible), contre-proposer alerte rouge ou arrêté préfectoral d’interdiction.',
          },
        ],
      },
      {
        name: 'tarificateur_seminaires',
        description: 'Chiffre les séminaires',
        instructions: 'Chiffre le forfait.',
        replies: [
          {
            call: 'tarif_seminaire',
            args: {
              hotel: 'CML-LBA',
              chambres: 28,
              nuit: '2027-10-14',
              jde_participants: 28,
              salle: 'Atlantique',
            },
            result:
              'Hébergement 28 × 289,00 € = 8 092,00 € ; JDE 28 × 115,00 € = 3 220,00 € ; salle incluse ; total 11 312,00 € TTC',
          },
          {
            say: 'Hébergement 8 092,00 € + journée d’étude 3 220,00 € (salle incluse) = **11 312,00 € TTC**.',
          },
        ],
      },
      {
        name: 'juriste_hotel',
        description: 'Juriste de l’hôtel',
        instructions: 'Donne un avis motivé sur les clauses soumises.',
        replies: [
          {
            say: 'Avis : à refuser. Une vigilance orange est fréquente en octobre sur la côte et ne remplit pas les critères de la force majeure (art. 1218 C. civ.). Contre-proposition : annulation sans frais en cas de vigilance rouge ou d’arrêté préfectoral interdisant les rassemblements.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'compset-annecy-un-concurrent-ferme-travaux',
    title:
      'Un relevé de compset pour le festival du film d’animation revient court : un des quatre concurrents est fermé pour travaux, le veilleur le dit et calcule sur trois ; la stratégie s’en sert',
    domain: 'revenue management hôtelier',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: un résultat bref avec une donnée manquante expliquée (hôtel fermé), exploitable et exploité',
    request:
      'Festival international du film d’animation d’Annecy, 14-19 juin 2027 : proposez le BAR de l’Hôtel Les Trésoms par nuit, positionné au niveau de la médiane du compset, en tenant compte de la demande.',
    topology: {
      shape: 'fanout',
      planner: 'planificateur_festival',
      workers: ['veilleur_concurrents', 'prevision_festival'],
      aggregator: 'decideur_tarifs',
    },
    agents: [
      {
        name: 'planificateur_festival',
        description: 'Prépare l’étude tarifaire d’événement',
        instructions: 'Une consigne par analyste.',
        replies: [
          {
            plan: {
              veilleur_concurrents:
                'Tarifs DBL flexibles RO du compset (Impérial Palace, Les Fermes de Marie Annecy, Hôtel du Lac, Splendid) du 14 au 18/06/2027 (nuits), médiane par nuit.',
              prevision_festival: 'Occupation prévue du 14 au 18/06/2027 et pickup vs édition 2026.',
            },
          },
        ],
      },
      {
        name: 'veilleur_concurrents',
        description: 'Relève les tarifs des concurrents',
        instructions: 'Relève les tarifs demandés.',
        prompt: 'Consigne :\n{input}',
        replies: [
          {
            call: 'releve_tarifs',
            args: {
              hotels: ['Impérial Palace', 'Les Fermes de Marie Annecy', 'Hôtel du Lac', 'Splendid'],
              du: '2027-06-14',
              au: '2027-06-18',
              type: 'DBL',
              condition: 'flexible',
              petit_dejeuner: false,
            },
            result:
              'Impérial Palace : 312 / 318 / 325 / 329 / 335 €\nLes Fermes de Marie Annecy : FERMÉ (rénovation jusqu’au 30/09/2027)\nHôtel du Lac : 228 / 232 / 236 / 240 / 245 €\nSplendid : 189 / 192 / 195 / 199 / 205 €',
          },
          {
            say: 'Compset sur 3 hôtels (Fermes de Marie fermé pour rénovation jusqu’au 30/09) — médianes : 14/06 228 €, 15/06 232 €, 16/06 236 €, 17/06 240 €, 18/06 245 €.',
          },
        ],
      },
      {
        name: 'prevision_festival',
        description: 'Prévoit la demande événementielle',
        instructions: 'Donne la prévision.',
        prompt: 'Consigne :\n{input}',
        replies: [
          {
            call: 'prevision',
            args: { hotel: 'TRE-NCY', du: '2027-06-14', au: '2027-06-18' },
            result: '{"occ": [0.88, 0.91, 0.93, 0.95, 0.90], "pickup_vs_2026": "+3 %"}',
          },
          { say: 'Occupation prévue 88 à 95 % (pic le 17/06), pickup +3 % vs 2026.' },
        ],
      },
      {
        name: 'decideur_tarifs',
        description: 'Arrête les tarifs',
        instructions: 'Fixe le BAR à partir des études.',
        prompt: 'Études :\n\n{input}',
        replies: [
          {
            say: '## BAR festival 2027 — Les Trésoms\n\n| nuit | médiane compset (3 hôtels) | occ. prévue | BAR |\n|---|---|---|---|\n| 14/06 | 228 € | 88 % | 228 € |\n| 15/06 | 232 € | 91 % | 232 € |\n| 16/06 | 236 € | 93 % | 239 € |\n| 17/06 | 240 € | 95 % | 245 € |\n| 18/06 | 245 € | 90 % | 245 € |\n\nNB : compset réduit à 3 hôtels, Les Fermes de Marie étant fermé pour travaux.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch75Scenarios = [...faults, ...healthy];
