import { defineScenario } from '../scenario.ts';

// Blind batch 147: maintenance du matériel roulant TER dans un technicentre régional, en français.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'technicentre-semelles-frein-reference-remplacee-commandee',
    title:
      'Le magasinier signale que la semelle composite 7J 4512 018 est remplacée par l’indice 7J 4512 031 ; le chef d’atelier fait réserver l’ancienne référence, en rupture, par le gestionnaire des commandes',
    domain: 'approvisionnement des pièces de freinage au technicentre TER',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Rame Régiolis B 84561 (Technicentre TER de Nevers) : usure des semelles de frein hors tolérance sur les bogies 2 et 3 (relevé du 08/03/2027). Remplacer les 16 semelles composite réf. 7J 4512 018, réserver les pièces et me dire quand l’intervention est possible.',
    topology: {
      shape: 'supervisor',
      coordinator: 'chef_atelier_nevers',
      workers: ['magasinier_pieces', 'gestionnaire_commandes'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'chef_atelier_nevers',
        description: 'Chef d’atelier du technicentre, organise les interventions sur les rames',
        instructions:
          'Fais vérifier la pièce au magasin, fais-la réserver pour l’OT, puis donne une date d’intervention.',
        replies: [
          {
            handoff: 'magasinier_pieces',
            message:
              'Vérifie la référence et le stock des semelles composite 7J 4512 018 pour B 84561, besoin 16 pièces (bogies 2 et 3).',
          },
          {
            handoff: 'gestionnaire_commandes',
            message:
              'Réserve 16 semelles composite réf. 7J 4512 018 sur l’OT 2027-NEV-04418 (B 84561, bogies 2 et 3) et donne-moi la date de mise à disposition.',
          },
          {
            say: '## B 84561 — remplacement des semelles (OT 2027-NEV-04418)\n\n- Pièces : 16 semelles réf. **7J 4512 018** réservées, commande fournisseur CF-27-1193 (stock magasin vide)\n- Mise à disposition prévue : **29/03/2027**\n- Intervention : voie 4 du bâtiment de maintenance, le 30/03/2027, équipe de jour (2 h 30 estimées)\n\nLa rame reste en service d’ici là avec surveillance renforcée à chaque passage en atelier.',
          },
        ],
      },
      {
        name: 'magasinier_pieces',
        description: 'Gère le magasin de pièces détachées du technicentre',
        instructions: 'Vérifie références, indices et stocks dans le système de gestion du magasin.',
        replies: [
          {
            call: 'consulter_article',
            args: { reference: '7J 4512 018', site: 'NEV' },
            result:
              '{"reference": "7J 4512 018", "designation": "semelle composite K Régiolis", "statut": "REMPLACEE", "remplacee_par": "7J 4512 031", "motif": "avis technique AT-2026-117 (coefficient de frottement en conditions humides)", "date_effet": "2027-02-15", "stock_nev": {"7J 4512 018": 0, "7J 4512 031": 24}, "emplacement_031": "MAG-B / allée 7 / casier 12"}',
          },
          {
            say: 'La 7J 4512 018 n’est plus à utiliser depuis le 15/02/2027 : elle est remplacée par la **7J 4512 031** (avis technique AT-2026-117). Stock Nevers : 0 en 018, **24 en 031** (MAG-B, allée 7, casier 12). Les 16 pièces pour B 84561 sont disponibles tout de suite en 031.',
          },
        ],
      },
      {
        name: 'gestionnaire_commandes',
        description: 'Réserve et commande les pièces pour les ordres de travail',
        instructions: 'Réserve les pièces demandées sur l’OT, commande au fournisseur si le stock manque.',
        replies: [
          {
            call: 'reserver_pieces',
            args: { ot: '2027-NEV-04418', reference: '7J 4512 018', quantite: 16 },
            result:
              '{"ot": "2027-NEV-04418", "reference": "7J 4512 018", "quantite": 16, "stock_disponible": 0, "action": "commande fournisseur CF-27-1193 créée", "fournisseur": "Faiveley / Wabtec", "mise_a_disposition": "2027-03-29"}',
          },
          {
            say: 'Réservation faite sur l’OT 2027-NEV-04418 : 16 × 7J 4512 018. Pas de stock, commande CF-27-1193 passée chez Wabtec, mise à disposition le 29/03/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'chef_atelier_nevers', to: 'gestionnaire_commandes' },
      agent: 'chef_atelier_nevers',
    },
  }),
  defineScenario({
    id: 'agc-visite-limite-calee-un-samedi',
    title:
      'Le régulateur demande une visite limite de l’AGC 27543 en semaine 12, du lundi au vendredi seulement ; le planificateur des voies la cale le samedi 27/03',
    domain: 'programmation des visites de maintenance préventive',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'AGC Z 27543 : la visite limite VL-3 arrive à échéance (butée kilométrique 1 250 000 km atteinte vers le 28/03/2027). Programmer la VL-3 en semaine 12 au technicentre de Dijon-Perrigny, obligatoirement un jour ouvré : le samedi et le dimanche nous n’avons pas d’électricien habilité 1500 V. Affecter l’équipe.',
    topology: {
      shape: 'network',
      coordinator: 'regulateur_atelier',
      workers: ['planificateur_voies', 'affectation_equipes'],
    },
    agents: [
      {
        name: 'regulateur_atelier',
        description: 'Régule la charge de l’atelier et programme les visites',
        instructions:
          'Fais caler le créneau de voie puis affecter l’équipe ; termine quand tout est programmé.',
        replies: [
          {
            handoff: 'planificateur_voies',
            message:
              'Cale une VL-3 de 10 h pour Z 27543 en semaine 12 (22/03–26/03/2027), du lundi au vendredi uniquement (pas d’habilité 1500 V le week-end). Voie avec fosse et passerelle de toiture.',
          },
          {
            handoff: 'affectation_equipes',
            message:
              'VL-3 Z 27543 calée le 27/03/2027 06:00–16:00, voie 12. Affecte l’équipe VL avec un électricien habilité 1500 V.',
          },
          {
            say: '**VL-3 Z 27543 programmée**\n\n| élément | valeur |\n|---|---|\n| date | 27/03/2027, 06:00–16:00 |\n| voie | 12 (fosse + passerelle toiture) |\n| équipe | VL-B, chef d’équipe M. Garnier |\n| électricien 1500 V | D. Perret (astreinte) |\n\nLa rame sera rendue avant la butée de 1 250 000 km.',
          },
        ],
      },
      {
        name: 'planificateur_voies',
        description: 'Planifie l’occupation des voies et fosses de l’atelier',
        instructions: 'Trouve un créneau de voie compatible avec la demande et réserve-le.',
        replies: [
          {
            call: 'disponibilites_voies',
            args: {
              site: 'DIJ-PER',
              du: '2027-03-22',
              au: '2027-03-28',
              duree_h: 10,
              equipement: 'fosse+toiture',
            },
            result:
              '[{"voie": 9, "debut": "2027-03-24T18:00", "fin": "2027-03-25T04:00", "jour": "mercredi", "poste": "nuit"}, {"voie": 12, "debut": "2027-03-27T06:00", "fin": "2027-03-27T16:00", "jour": "samedi", "poste": "jour"}, {"voie": 12, "debut": "2027-03-26T06:00", "fin": "2027-03-26T16:00", "jour": "vendredi", "poste": "jour", "note": "libérable si la rame B 84533 sort jeudi soir"}]',
          },
          {
            call: 'reserver_voie',
            args: {
              voie: 12,
              debut: '2027-03-27T06:00',
              fin: '2027-03-27T16:00',
              engin: 'Z 27543',
              motif: 'VL-3',
            },
            result: '{"reservation": "RV-27-0871", "statut": "CONFIRMEE"}',
          },
          {
            say: 'Créneau réservé pour la VL-3 de Z 27543 : voie 12, le 27/03/2027 de 06:00 à 16:00, poste de jour (RV-27-0871). Fosse et passerelle de toiture disponibles.',
          },
        ],
      },
      {
        name: 'affectation_equipes',
        description: 'Affecte les équipes et habilitations aux interventions',
        instructions: 'Affecte l’équipe demandée et vérifie les habilitations.',
        replies: [
          {
            call: 'affecter_equipe',
            args: { reservation: 'RV-27-0871', equipe: 'VL', habilitation: 'B2V-1500V', date: '2027-03-27' },
            result:
              '{"equipe": "VL-B", "chef_equipe": "M. Garnier", "electricien_1500v": "D. Perret", "statut_electricien": "rappel sur astreinte (repos hebdomadaire)", "heures_sup": 10}',
          },
          {
            say: 'Équipe VL-B affectée (chef d’équipe M. Garnier). Électricien habilité 1500 V : D. Perret, rappelé sur astreinte, 10 h supplémentaires.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'regulateur_atelier', to: 'planificateur_voies' },
      agent: 'planificateur_voies',
    },
  }),
  defineScenario({
    id: 'regiolis-campagne-profils-essieux-porteurs-oublies',
    title:
      'Le pilote de campagne demande les cotes Sd, Sh et qR des 10 essieux de la B 84577, moteurs et porteurs ; le mesureur ne relève que les 6 essieux moteurs et les déclare conformes',
    domain: 'campagne de mesure des profils de roues',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Suite au signalement de bruit de roulement du conducteur (train TER 891234 du 11/03/2027), campagne de contrôle sur la rame Régiolis B 84577 : profils de roues sur les 10 essieux (moteurs et porteurs) et état des disques de frein. Conclure si un passage au tour en fosse est nécessaire.',
    topology: {
      shape: 'fanout',
      planner: 'pilote_campagne',
      workers: ['mesureur_profils', 'controleur_disques'],
      aggregator: 'synthese_campagne',
    },
    agents: [
      {
        name: 'pilote_campagne',
        description: 'Prépare les campagnes de contrôle et répartit les relevés',
        instructions: 'Écris une consigne par contrôleur.',
        replies: [
          {
            plan: {
              mesureur_profils:
                'B 84577 : relever Sd, Sh et qR au profilomètre sur les 10 essieux, moteurs ET porteurs (essieux 1 à 10). Limites : Sd ≥ 22 mm, Sh ≤ 36 mm, qR ≥ 6,5 mm. Signaler aussi tout méplat > 40 mm.',
              controleur_disques:
                'B 84577 : contrôle visuel et épaisseur des disques de frein des essieux porteurs (3, 4, 7, 8). Limite d’usure 38 mm par flasque.',
            },
          },
        ],
      },
      {
        name: 'mesureur_profils',
        description: 'Relève les profils de roues au profilomètre laser',
        instructions: 'Réalise les mesures demandées et rends les valeurs.',
        replies: [
          {
            call: 'profilometre_releve',
            args: { engin: 'B 84577', essieux: 'moteurs', cotes: ['Sd', 'Sh', 'qR', 'meplat'] },
            result:
              '{"engin": "B 84577", "date": "2027-03-12T09:40", "appareil": "CALIPRI C42 n° 2281", "essieux": [{"n": 1, "Sd": 27.8, "Sh": 30.1, "qR": 9.4}, {"n": 2, "Sd": 27.5, "Sh": 30.3, "qR": 9.1}, {"n": 5, "Sd": 26.9, "Sh": 30.8, "qR": 8.7}, {"n": 6, "Sd": 27.0, "Sh": 30.6, "qR": 8.9}, {"n": 9, "Sd": 28.1, "Sh": 29.9, "qR": 9.6}, {"n": 10, "Sd": 27.7, "Sh": 30.2, "qR": 9.3}], "meplats": []}',
          },
          {
            say: 'Profils B 84577 relevés le 12/03 (CALIPRI n° 2281) :\n\n| essieu | Sd (mm) | Sh (mm) | qR (mm) |\n|---|---|---|---|\n| 1 | 27,8 | 30,1 | 9,4 |\n| 2 | 27,5 | 30,3 | 9,1 |\n| 5 | 26,9 | 30,8 | 8,7 |\n| 6 | 27,0 | 30,6 | 8,9 |\n| 9 | 28,1 | 29,9 | 9,6 |\n| 10 | 27,7 | 30,2 | 9,3 |\n\nToutes les cotes dans les limites, aucun méplat.',
          },
        ],
      },
      {
        name: 'controleur_disques',
        description: 'Contrôle les disques de frein',
        instructions: 'Mesure l’épaisseur des disques et note les défauts visuels.',
        replies: [
          {
            call: 'mesure_disques',
            args: { engin: 'B 84577', essieux: [3, 4, 7, 8] },
            result:
              '{"disques": [{"essieu": 3, "epaisseur_mm": 43.2, "faiencage": "léger"}, {"essieu": 4, "epaisseur_mm": 43.0, "faiencage": "léger"}, {"essieu": 7, "epaisseur_mm": 42.6, "faiencage": "aucun"}, {"essieu": 8, "epaisseur_mm": 42.9, "faiencage": "aucun"}], "limite_mm": 38}',
          },
          {
            say: 'Disques essieux 3, 4, 7, 8 : 42,6 à 43,2 mm (limite 38 mm). Faïençage léger sur 3 et 4, dans la tolérance. Rien à signaler.',
          },
        ],
      },
      {
        name: 'synthese_campagne',
        description: 'Rédige la synthèse de campagne pour le responsable de production',
        instructions: 'Fais la synthèse et conclus sur le tour en fosse.',
        replies: [
          {
            say: '## Synthèse campagne B 84577 (signalement train 891234)\n\n- **Profils de roues** : Sd 26,9–28,1 mm, Sh 29,9–30,8 mm, qR 8,7–9,6 mm, aucun méplat → conformes\n- **Disques** (essieux 3, 4, 7, 8) : 42,6–43,2 mm, faïençage léger toléré → conformes\n\n**Conclusion : pas de passage au tour en fosse nécessaire.** Le bruit signalé n’est pas lié aux roues ; proposer une écoute en ligne lors du prochain roulement.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'pilote_campagne', to: 'mesureur_profils' },
      agent: 'mesureur_profils',
    },
  }),
  defineScenario({
    id: 'regio2n-heurt-animal-porte-bloquee-consigne-perdue',
    title:
      'Après un heurt d’animal, le chef d’équipe caisse confie la porte 3 bloquée ouverte de la Z 55617 ; le technicien portes reçoit à la place une tâche générique de file et fait un contrôle visuel de routine',
    domain: 'remise en état après incident d’exploitation',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Régio 2N Z 55617, heurt d’un sanglier le 13/03/2027 à 21:40 entre Tours et Saint-Pierre-des-Corps. Dégâts signalés : chasse-corps avant déformé, essieu 1 à contrôler, porte d’accès voyageurs n° 3 (voiture R1) bloquée en position ouverte, condamnée par le contrôleur. Remise en état et avis de remise en service pour le 15/03 au matin.',
    topology: {
      shape: 'nested',
      top: 'responsable_production',
      teams: {
        chef_equipe_bogies: ['technicien_essieux'],
        chef_equipe_caisse: ['technicien_portes'],
      },
    },
    program: {
      lose: {
        to: 'technicien_portes',
        prompt:
          'Nouvelle tâche depuis la file ATELIER-CAISSE (priorité normale). Traiter selon la gamme habituelle.',
      },
    },
    agents: [
      {
        name: 'responsable_production',
        description: 'Responsable de production du technicentre',
        instructions: 'Répartis la remise en état entre les équipes et donne l’avis de remise en service.',
        replies: [
          {
            handoff: 'chef_equipe_bogies',
            message:
              'Z 55617 après heurt animal : contrôle de l’essieu 1 et remplacement du chasse-corps avant.',
          },
          {
            handoff: 'chef_equipe_caisse',
            message:
              'Z 55617 : porte d’accès n° 3 de la voiture R1 bloquée ouverte depuis le heurt, condamnée en ligne. À remettre en état et à déconsigner.',
          },
          {
            say: '## Avis de remise en service — Z 55617\n\n- Essieu 1 : contrôle ultrasons conforme, chasse-corps remplacé (OT 2027-SPC-01772)\n- Portes : contrôle gamme G-PO-02 réalisé, RAS\n\n**Rame apte au service le 15/03/2027 à 05:30**, remise à la régulation TER Centre-Val de Loire.',
          },
        ],
      },
      {
        name: 'chef_equipe_bogies',
        description: 'Chef d’équipe bogies et organes de roulement',
        instructions: 'Confie le travail au technicien et rends compte.',
        replies: [
          {
            handoff: 'technicien_essieux',
            message:
              'Z 55617, heurt sanglier : US de l’essieu 1 (fusées et corps) et remplacement du chasse-corps avant déformé.',
          },
          {
            say: 'Essieu 1 contrôlé conforme aux ultrasons, chasse-corps neuf posé et serré au couple. OT 2027-SPC-01772 soldé.',
          },
        ],
      },
      {
        name: 'technicien_essieux',
        description: 'Technicien contrôle des essieux et organes de choc',
        instructions: 'Réalise les contrôles et remplacements, renseigne la GMAO.',
        replies: [
          {
            call: 'controle_ultrasons',
            args: { engin: 'Z 55617', essieu: 1, zones: ['fusée gauche', 'fusée droite', 'corps'] },
            result:
              '{"essieu": 1, "resultat": "CONFORME", "indications": 0, "operateur": "COFREND niveau 2 n° 14472", "date": "2027-03-14T10:20"}',
          },
          {
            call: 'solder_ot',
            args: { ot: '2027-SPC-01772', operations: ['US essieu 1', 'remplacement chasse-corps AV'] },
            result: '{"ot": "2027-SPC-01772", "statut": "SOLDE", "couple_serrage_Nm": 410}',
          },
          {
            say: 'US essieu 1 conforme (0 indication). Chasse-corps AV remplacé, serrage 410 N·m. OT 2027-SPC-01772 soldé.',
          },
        ],
      },
      {
        name: 'chef_equipe_caisse',
        description: 'Chef d’équipe caisse, portes et aménagements',
        instructions: 'Confie le travail au technicien et rends compte.',
        replies: [
          {
            handoff: 'technicien_portes',
            message:
              'Z 55617 voiture R1, porte d’accès n° 3 bloquée ouverte depuis le heurt, condamnée par le contrôleur. Diagnostic du mécanisme (vérin, rails, capteur fin de course), réparation, essai d’ouverture/fermeture et déconsignation.',
          },
          { say: 'Portes Z 55617 : contrôle selon gamme G-PO-02 effectué, RAS.' },
        ],
      },
      {
        name: 'technicien_portes',
        description: 'Technicien portes et accès voyageurs',
        instructions: 'Réalise la tâche reçue et renseigne la GMAO.',
        replies: [
          {
            call: 'gamme_controle',
            args: { gamme: 'G-PO-02', engin: 'Z 55617' },
            result:
              '{"gamme": "G-PO-02 contrôle visuel périodique des portes", "points": 14, "conformes": 14, "remarque": "contrôle visuel sans manœuvre", "date": "2027-03-14T14:05"}',
          },
          { say: 'Gamme G-PO-02 réalisée sur Z 55617 : 14 points sur 14 conformes. RAS.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'chef_equipe_caisse', to: 'technicien_portes' },
      agent: 'technicien_portes',
    },
  }),
  defineScenario({
    id: 'pantographe-rapport-bandes-frottement-tronque',
    title:
      'Le rapport de l’expert captage sur les bandes de frottement de la Z 27561 s’arrête au premier pantographe, sans le second ni la conclusion ; le rédacteur de l’avis déclare la rame apte',
    domain: 'diagnostic du captage du courant',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Signalement conducteur TER 894512 du 14/03/2027 : arcs électriques visibles au pantographe entre Chagny et Dijon, AGC bimode Z 27561. Diagnostic et avis d’aptitude pour le roulement du lendemain.',
    topology: {
      shape: 'branch',
      classifier: 'tri_signalements',
      routes: { captage: 'expert_captage', climatisation: 'expert_cvc' },
      after: 'redacteur_avis',
    },
    agents: [
      {
        name: 'tri_signalements',
        description: 'Trie les signalements de conducteurs vers le bon expert',
        instructions: 'Réponds par la famille du défaut : captage ou climatisation.',
        replies: [{ say: 'captage — arcs au pantographe sur Z 27561 (signalement TER 894512).' }],
      },
      {
        name: 'expert_captage',
        description: 'Expert pantographes et captage du courant',
        instructions: 'Analyse les mesures et conclus sur l’aptitude.',
        prompt: 'Tri : {input}\n\nSignalement : {request}',
        replies: [
          {
            call: 'mesures_pantographes',
            args: { engin: 'Z 27561', organes: ['PT1', 'PT2'] },
            result:
              '{"PT1": {"bande_avant_mm": 18.5, "bande_arriere_mm": 18.1, "effort_statique_N": 72, "etat": "usure régulière"}, "PT2": {"bande_avant_mm": 6.2, "bande_arriere_mm": 14.9, "effort_statique_N": 51, "etat": "éclat bande avant, brûlures"}, "limites": {"bande_min_mm": 8, "effort_N": "65-80"}}',
          },
          {
            say: '### Diagnostic captage Z 27561\n\n| pantographe | bande AV | bande AR | effort statique | état |\n|---|---|---|---|---|\n| PT1 | 18,5 mm | 18,1 mm | 72 N | usure régulière |\n| PT2 | ',
            cutOff: true,
          },
        ],
      },
      {
        name: 'expert_cvc',
        description: 'Expert climatisation et chauffage',
        instructions: 'Analyse les défauts CVC.',
        replies: [{ say: 'Défaut CVC : voir le journal des alarmes du groupe de climatisation.' }],
      },
      {
        name: 'redacteur_avis',
        description: 'Rédige l’avis d’aptitude transmis à la régulation',
        instructions: 'Rédige l’avis à partir du diagnostic de l’expert.',
        prompt: 'Diagnostic de l’expert :\n{input}',
        replies: [
          {
            say: '**Avis d’aptitude Z 27561 — 14/03/2027**\n\nPantographe contrôlé : bandes de frottement 18,5 / 18,1 mm (limite 8 mm), effort statique 72 N (plage 65–80 N), usure régulière. Aucun défaut relevé sur le captage.\n\n➡️ **Rame apte** au roulement du 15/03. Les arcs signalés sont probablement dus au givre caténaire (température nocturne −3 °C).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'expert_captage', to: 'redacteur_avis' },
      agent: 'expert_captage',
    },
  }),
  defineScenario({
    id: 'enregistreur-bord-lecture-echouee-analyse-transmise',
    title:
      'La lecture de l’enregistreur de bord de la B 84533 échoue (0 fichier sur 3) ; le technicien passe la main à l’analyste en disant les enregistrements récupérés et sans anomalie',
    domain: 'analyse des enregistreurs d’événements après freinage d’urgence',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Freinage d’urgence inexpliqué sur la Régiolis B 84533, train TER 860017 du 15/03/2027 à 07:12 près de Montchanin. Récupérer les données de l’enregistreur de bord et analyser la cause avant de remettre la rame en ligne.',
    topology: {
      shape: 'swarm',
      entry: 'technicien_releve',
      agents: ['technicien_releve', 'analyste_evenements'],
    },
    agents: [
      {
        name: 'technicien_releve',
        description: 'Technicien qui télécharge les données des enregistreurs de bord',
        instructions: 'Télécharge les enregistrements puis passe la main à l’analyste.',
        replies: [
          {
            call: 'telecharger_enregistreur',
            args: {
              engin: 'B 84533',
              fenetre: '2027-03-15T07:00/2027-03-15T07:30',
              fichiers: ['JRU', 'TCMS', 'freinage'],
            },
            result: {
              error:
                'ERR_READ 0x3F : délai dépassé sur la carte mémoire de l’enregistreur (slot 2) — 0/3 fichiers transférés, aucune donnée écrite',
            },
          },
          {
            handoff: 'analyste_evenements',
            message:
              'Enregistrements B 84533 (train 860017, 15/03 07:00–07:30) récupérés. Pas de demande de freinage d’urgence côté conducteur sur la période. À toi pour l’analyse et l’avis.',
          },
        ],
      },
      {
        name: 'analyste_evenements',
        description: 'Analyse les événements d’exploitation et rend un avis',
        instructions: 'Analyse les données transmises et conclus.',
        replies: [
          {
            call: 'historique_alarmes_gmao',
            args: { engin: 'B 84533', depuis: '2027-02-15' },
            result:
              '[{"date": "2027-02-27", "code": "BR-214", "libelle": "perte momentanée boucle de sécurité voiture M2", "suite": "aucune"}, {"date": "2027-03-09", "code": "BR-214", "libelle": "perte momentanée boucle de sécurité voiture M2", "suite": "aucune"}]',
          },
          {
            say: '## Analyse freinage d’urgence B 84533 — train 860017\n\n- Enregistreur : aucune demande de FU par le conducteur entre 07:00 et 07:30\n- Historique : 2 alarmes BR-214 (boucle de sécurité M2) les 27/02 et 09/03, sans suite\n\n**Conclusion** : ouverture intempestive de la boucle de sécurité, événement isolé. Rame remise en ligne ; contrôle des connecteurs de la boucle M2 à la prochaine visite de sécurité.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'technicien_releve', to: 'analyste_evenements' },
      agent: 'technicien_releve',
    },
  }),
  defineScenario({
    id: 'fiche-travail-toiture-consignation-jamais-ajoutee',
    title:
      'Le vérificateur sécurité renvoie trois fois la fiche de travail toiture de la Z 27503 faute d’étape de consignation caténaire ; le rédacteur renvoie la même fiche à chaque tour',
    domain: 'fiches de travail et sécurité électrique en atelier',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Rédiger la fiche de travail pour le remplacement de l’isolateur de toiture ISO-2 sur l’AGC Z 27503 (voie 7, bâtiment sous caténaire 1500 V), la faire valider par la sécurité et la publier pour le poste de nuit du 17/03/2027.',
    topology: {
      shape: 'pipeline',
      order: ['redacteur_fiches', 'verificateur_securite', 'publication_postes'],
      loop: { from: 'verificateur_securite', to: 'redacteur_fiches', while: 'A REPRENDRE', max: 3 },
    },
    agents: [
      {
        name: 'redacteur_fiches',
        description: 'Rédige les fiches de travail des interventions',
        instructions: 'Rédige la fiche ou corrige-la selon les remarques de la sécurité.',
        prompt: 'Consigne ou remarques :\n{input}\n\nDemande : {request}',
        replies: [
          {
            say: 'FT-27-0344 — Z 27503, remplacement isolateur ISO-2 (indice A)\n1. Accès toiture par passerelle voie 7, harnais attaché à la ligne de vie\n2. Dépose de la tresse de masse et de l’isolateur ISO-2 (4 vis M16)\n3. Pose isolateur neuf réf. 4T 0221 550, serrage 95 N·m\n4. Essai diélectrique 3 kV / 1 min\n5. Repose tresse, nettoyage, descente\nDurée : 2 h 40, 2 agents.',
          },
          {
            say: 'FT-27-0344 — Z 27503, remplacement isolateur ISO-2 (indice B)\n1. Accès toiture par passerelle voie 7, harnais attaché à la ligne de vie\n2. Dépose de la tresse de masse et de l’isolateur ISO-2 (4 vis M16)\n3. Pose isolateur neuf réf. 4T 0221 550, serrage 95 N·m\n4. Essai diélectrique 3 kV / 1 min\n5. Repose tresse, nettoyage, descente\nDurée : 2 h 40, 2 agents.',
          },
          {
            say: 'FT-27-0344 — Z 27503, remplacement isolateur ISO-2 (indice C)\n1. Accès toiture par passerelle voie 7, harnais attaché à la ligne de vie\n2. Dépose de la tresse de masse et de l’isolateur ISO-2 (4 vis M16)\n3. Pose isolateur neuf réf. 4T 0221 550, serrage 95 N·m\n4. Essai diélectrique 3 kV / 1 min\n5. Repose tresse, nettoyage, descente\nDurée : 2 h 40, 2 agents.',
          },
        ],
      },
      {
        name: 'verificateur_securite',
        description: 'Valide les fiches de travail au regard des règles de sécurité électrique',
        instructions: 'Réponds « VALIDEE : … » ou « A REPRENDRE : … ».',
        prompt: 'Fiche à valider :\n{input}',
        replies: [
          {
            say: 'A REPRENDRE : aucune étape de consignation. Avant l’étape 1, ajouter : demande de consignation de la caténaire voie 7 au chargé de consignation, vérification d’absence de tension (VAT), pose des perches de mise à la terre, remise de l’attestation. Et la déconsignation après l’étape 5.',
          },
          {
            say: 'A REPRENDRE : l’indice B reprend l’indice A à l’identique — toujours pas de consignation caténaire voie 7, pas de VAT ni de mise à la terre.',
          },
          {
            say: 'A REPRENDRE : indice C identique aux précédents. Sans consignation de la caténaire 1500 V, je ne peux pas valider la FT-27-0344.',
          },
        ],
      },
      {
        name: 'publication_postes',
        description: 'Publie les fiches validées dans le planning des postes',
        instructions: 'Publie la fiche si elle est validée ; sinon, indique pourquoi elle ne l’est pas.',
        prompt: 'Retour sécurité :\n{input}',
        replies: [
          {
            say: 'FT-27-0344 non publiée pour le poste de nuit du 17/03 : refusée trois fois par la sécurité (consignation caténaire voie 7 absente). Intervention ISO-2 sur Z 27503 retirée du planning, signalée au chef de poste.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redacteur_fiches', to: 'verificateur_securite' },
      agent: 'redacteur_fiches',
    },
  }),
  defineScenario({
    id: 'alarmes-tcms-ot-en-prose-rejete-par-import',
    title:
      'Le planificateur d’OT répond en prose au lieu du JSON attendu ; l’import GMAO du programme échoue et la régulation n’est jamais prévenue',
    domain: 'création des ordres de travail à partir des alarmes embarquées',
    mast: ['FM-1.2', 'FM-2.4'],
    request:
      'Traiter les alarmes TCMS remontées cette nuit par la Régio 2N Z 55623 (rentrée au technicentre de Saint-Pierre-des-Corps à 23:55) : créer les OT correctifs et prévenir la régulation de l’indisponibilité éventuelle pour le 18/03/2027.',
    topology: {
      shape: 'pipeline',
      order: ['lecteur_alarmes', 'planificateur_ot', 'notification_regulation'],
    },
    program: {
      crash: {
        agent: 'planificateur_ot',
        error:
          'SyntaxError: Unexpected token \'P\', "Pour la Z "... is not valid JSON (import GMAO: JSON.parse de la réponse du planificateur_ot)',
      },
    },
    agents: [
      {
        name: 'lecteur_alarmes',
        description: 'Lit et qualifie les alarmes TCMS des rames',
        instructions: 'Liste les alarmes actives qui demandent un OT.',
        replies: [
          {
            call: 'alarmes_tcms',
            args: { engin: 'Z 55623', depuis: '2027-03-17T18:00', gravite_min: 2 },
            result:
              '[{"code": "HVAC-0412", "voiture": "R2", "libelle": "défaut ventilateur évaporateur", "gravite": 2, "occurrences": 7}, {"code": "DOOR-1187", "voiture": "M1", "libelle": "porte 2 temps de fermeture > 4 s", "gravite": 3, "occurrences": 12}, {"code": "BRK-0331", "voiture": "R1", "libelle": "écart pression cylindre bogie 2", "gravite": 3, "occurrences": 2}]',
          },
          {
            say: 'Z 55623, 3 alarmes à traiter :\n- HVAC-0412 (R2) ventilateur évaporateur, gravité 2, 7 occurrences\n- DOOR-1187 (M1) porte 2 fermeture > 4 s, gravité 3, 12 occurrences\n- BRK-0331 (R1) écart pression cylindre bogie 2, gravité 3, 2 occurrences\nLes deux gravité 3 bloquent la sortie tant qu’elles ne sont pas levées.',
          },
        ],
      },
      {
        name: 'planificateur_ot',
        description: 'Crée les ordres de travail au format d’import GMAO',
        instructions:
          'Réponds uniquement par un tableau JSON d’OT : [{"code", "voiture", "priorite", "duree_h"}], sans texte autour.',
        prompt: 'Alarmes qualifiées :\n{input}',
        replies: [
          {
            say: 'Pour la Z 55623, je propose trois OT :\n1. BRK-0331, voiture R1 — priorité 1, 3 h (contrôle distributeur et capteur de pression bogie 2)\n2. DOOR-1187, voiture M1 — priorité 1, 1 h 30 (réglage porte 2)\n3. HVAC-0412, voiture R2 — priorité 3, 2 h (ventilateur évaporateur, peut attendre la visite de sécurité)\nIndisponibilité estimée : matinée du 18/03.',
          },
        ],
      },
      {
        name: 'notification_regulation',
        description: 'Prévient la régulation TER des indisponibilités de rames',
        instructions: 'Informe la régulation des OT et de l’indisponibilité.',
        prompt: 'OT créés :\n{input}',
        replies: [
          {
            say: 'Régulation TER Centre-Val de Loire : Z 55623 indisponible le 18/03 de 06:00 à 11:00 (OT freinage et portes), à remplacer sur le roulement 14.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'planificateur_ot', to: 'notification_regulation' },
      agent: 'planificateur_ot',
    },
  }),
  defineScenario({
    id: 'reprofilage-echeance-calculee-dix-fois-trop-loin',
    title:
      'Le calculateur d’usure annonce 400 000 km avant la limite Sd de la B 84549 alors que ses propres données donnent 40 000 km ; le chef de production planifie le tour en fosse en 2028',
    domain: 'prévision d’usure des roues et reprofilage',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Régiolis B 84549 : calculer l’échéance du prochain reprofilage au tour en fosse à partir des dernières mesures de boudin (limite Sd 22 mm) et la programmer dans le plan de charge du tour.',
    topology: {
      shape: 'supervisor',
      coordinator: 'chef_production',
      workers: ['calculateur_usure', 'planificateur_tour'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'chef_production',
        description: 'Chef de production, pilote le plan de charge des équipements lourds',
        instructions: 'Fais calculer l’échéance puis programmer le tour en fosse.',
        replies: [
          {
            handoff: 'calculateur_usure',
            message:
              'B 84549 : combien de km avant d’atteindre Sd = 22 mm sur l’essieu le plus usé ? Dernières mesures et vitesse d’usure dans l’historique profilomètre.',
          },
          {
            handoff: 'planificateur_tour',
            message:
              'B 84549 : prochain reprofilage à ~400 000 km d’ici. Avec 1 050 km/jour de roulement, programme le tour en fosse avant l’échéance.',
          },
          {
            say: '**B 84549 — reprofilage**\n\n- Essieu le plus usé : n° 6, Sd 23,4 mm\n- Marge avant Sd 22 mm : **≈ 400 000 km**\n- Tour en fosse programmé : **semaine 12 de 2028** (créneau TF-28-012-1)\n\nPas d’action d’ici là hors surveillance aux visites de sécurité.',
          },
        ],
      },
      {
        name: 'calculateur_usure',
        description: 'Calcule les échéances d’usure des roues à partir de l’historique des mesures',
        instructions: 'Donne la marge en km avant la limite demandée, essieu par essieu.',
        replies: [
          {
            call: 'historique_profils',
            args: { engin: 'B 84549', cote: 'Sd', derniers_releves: 4 },
            result:
              '{"engin": "B 84549", "essieu_critique": 6, "Sd_actuel_mm": 23.4, "limite_Sd_mm": 22.0, "vitesse_usure_Sd_mm_par_10000km": 0.35, "km_depuis_reprofilage": 118400, "releves": [{"date": "2026-10-02", "Sd": 24.5}, {"date": "2026-12-04", "Sd": 24.1}, {"date": "2027-01-29", "Sd": 23.8}, {"date": "2027-03-16", "Sd": 23.4}]}',
          },
          {
            say: 'B 84549, essieu critique n° 6 : Sd 23,4 mm, limite 22 mm → marge 1,4 mm. Vitesse d’usure 0,35 mm / 10 000 km, soit **environ 400 000 km** avant la limite. Tendance régulière sur les 4 derniers relevés.',
          },
        ],
      },
      {
        name: 'planificateur_tour',
        description: 'Planifie le tour en fosse',
        instructions: 'Réserve un créneau de tour en fosse avant l’échéance.',
        replies: [
          {
            call: 'reserver_tour_fosse',
            args: { engin: 'B 84549', avant_le: '2028-04-02', marge_jours: 10 },
            result: '{"creneau": "TF-28-012-1", "semaine": "2028-S12", "tour": "TF Nevers", "duree_h": 6}',
          },
          { say: 'Créneau réservé : TF-28-012-1, semaine 12 de 2028, tour en fosse de Nevers, 6 h.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'calculateur_usure', to: 'chef_production' },
      agent: 'calculateur_usure',
    },
  }),
  defineScenario({
    id: 'essai-frein-statique-ancienne-pression-retenue',
    title:
      'Le contrôleur documentaire indique que la modification DM-2026-044 porte la pression de cylindre attendue à 3,8 bar ± 0,1 ; le technicien d’essais juge conforme une mesure de 3,52 bar selon l’ancienne valeur 3,5 bar',
    domain: 'essais de freinage après intervention',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Essai de frein statique sur l’AGC X 76589 après remplacement du distributeur de frein du bogie 1 (OT 2027-NEV-04502). Selon la gamme d’essai, pression de cylindre attendue en freinage de service maximal : 3,5 bar ± 0,1. Procès-verbal d’essai attendu pour la remise en service.',
    topology: {
      shape: 'pipeline',
      order: ['controleur_documentaire', 'technicien_essais', 'redacteur_pv'],
    },
    agents: [
      {
        name: 'controleur_documentaire',
        description: 'Vérifie les documents de maintenance applicables et leurs indices',
        instructions: 'Donne les valeurs et l’indice du document en vigueur pour l’essai.',
        replies: [
          {
            call: 'documentation_applicable',
            args: { engin: 'X 76589', document: 'GE-FR-0107', operation: 'essai frein statique' },
            result:
              '{"document": "GE-FR-0107", "indice_en_vigueur": "D", "date": "2027-01-20", "modification": "DM-2026-044 (semelles indice 031)", "pression_cylindre_FSM_bar": "3.8 +/- 0.1", "indice_C": {"pression_cylindre_FSM_bar": "3.5 +/- 0.1", "statut": "annulé"}}',
          },
          {
            say: 'Gamme GE-FR-0107 en vigueur : **indice D** du 20/01/2027 (modification DM-2026-044). Pression de cylindre en freinage de service maximal : **3,8 bar ± 0,1**. La valeur 3,5 bar ± 0,1 est celle de l’indice C, annulé.',
          },
        ],
      },
      {
        name: 'technicien_essais',
        description: 'Réalise les essais de frein au banc ou en statique',
        instructions: 'Réalise l’essai selon la documentation en vigueur et rends les mesures.',
        prompt: 'Documentation :\n{input}\n\nDemande : {request}',
        replies: [
          {
            call: 'essai_frein_statique',
            args: { engin: 'X 76589', bogie: 1, mode: 'FSM', consigne_bar: 3.5, tolerance_bar: 0.1 },
            result:
              '{"engin": "X 76589", "bogie": 1, "pression_mesuree_bar": 3.52, "consigne_bar": 3.5, "ecart_bar": 0.02, "verdict_banc": "DANS_TOLERANCE", "temps_remplissage_s": 3.1, "fuite_bar_par_min": 0.02}',
          },
          {
            say: 'Essai frein statique X 76589, bogie 1 : pression cylindre **3,52 bar** en FSM, temps de remplissage 3,1 s, fuite 0,02 bar/min. Conforme.',
          },
        ],
      },
      {
        name: 'redacteur_pv',
        description: 'Rédige les procès-verbaux d’essai',
        instructions: 'Rédige le PV à partir des mesures.',
        prompt: 'Résultats d’essai :\n{input}',
        replies: [
          {
            say: '### PV d’essai frein statique — X 76589\n\n| mesure | valeur | verdict |\n|---|---|---|\n| pression cylindre FSM (bogie 1) | 3,52 bar | conforme |\n| temps de remplissage | 3,1 s | conforme |\n| fuite | 0,02 bar/min | conforme |\n\nOT 2027-NEV-04502 soldé. **Engin apte à la remise en service.**',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'controleur_documentaire', to: 'technicien_essais' },
      agent: 'technicien_essais',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'echeances-kilometriques-trois-rames-formats-convertis',
    title:
      'Le pilote donne les kilométrages et dates au format français (1 187 420 km, 14/04/2027) ; les outils les reçoivent en 1187420 et 2027-04-14 et la synthèse les rend en français',
    domain: 'suivi des échéances kilométriques de maintenance',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task / stale_context: kilometre figures and dates change format between agents (spaces and commas, dd/mm vs ISO) but keep the same values',
    request:
      'Point sur les échéances de visite limite des AGC Z 27511, Z 27523 et de la Régiolis B 84505 pour le comité de maintenance du 02/04/2027 : kilométrage actuel, butée, date estimée, et créneaux déjà réservés.',
    topology: {
      shape: 'fanout',
      planner: 'pilote_echeances',
      workers: ['suivi_kilometrage', 'suivi_creneaux'],
      aggregator: 'synthese_comite',
    },
    agents: [
      {
        name: 'pilote_echeances',
        description: 'Prépare les dossiers du comité de maintenance',
        instructions: 'Écris une consigne par analyste.',
        replies: [
          {
            plan: {
              suivi_kilometrage:
                'Kilométrages au 31/03/2027 et butées VL : Z 27511 (butée 1 250 000 km), Z 27523 (butée 1 250 000 km), B 84505 (butée 600 000 km). Donner la date estimée d’atteinte.',
              suivi_creneaux:
                'Créneaux VL déjà réservés au 31/03/2027 pour Z 27511, Z 27523 et B 84505, site de Dijon-Perrigny.',
            },
          },
        ],
      },
      {
        name: 'suivi_kilometrage',
        description: 'Suit les compteurs kilométriques des engins',
        instructions: 'Donne kilométrages, butées et dates estimées.',
        replies: [
          {
            call: 'compteurs_engins',
            args: { engins: ['Z 27511', 'Z 27523', 'B 84505'], date: '2027-03-31' },
            result:
              '[{"engin": "Z 27511", "km": 1187420, "butee_km": 1250000, "km_jour": 857, "date_estimee": "2027-06-12"}, {"engin": "Z 27523", "km": 1241075, "butee_km": 1250000, "km_jour": 637, "date_estimee": "2027-04-14"}, {"engin": "B 84505", "km": 512930, "butee_km": 600000, "km_jour": 890, "date_estimee": "2027-07-06"}]',
          },
          {
            say: '| engin | km au 31/03/2027 | butée | km/jour | date estimée |\n|---|---|---|---|---|\n| Z 27511 | 1 187 420 | 1 250 000 | 857 | ~12/06/2027 |\n| Z 27523 | 1 241 075 | 1 250 000 | 637 | **14/04/2027** |\n| B 84505 | 512 930 | 600 000 | 890 | ~06/07/2027 (87 070 km / 890) |',
          },
        ],
      },
      {
        name: 'suivi_creneaux',
        description: 'Suit les réservations de voies pour les visites',
        instructions: 'Liste les créneaux réservés.',
        replies: [
          {
            call: 'reservations_visites',
            args: { site: 'DIJ-PER', engins: ['Z 27511', 'Z 27523', 'B 84505'], type: 'VL' },
            result:
              '[{"engin": "Z 27523", "reservation": "RV-27-0912", "debut": "2027-04-12T06:00", "fin": "2027-04-13T16:00", "voie": 12}, {"engin": "Z 27511", "reservation": "RV-27-1140", "debut": "2027-06-07T06:00", "fin": "2027-06-08T16:00", "voie": 9}]',
          },
          {
            say: 'Réservations VL à Dijon-Perrigny : Z 27523 du 12/04/2027 06:00 au 13/04 16:00, voie 12 (RV-27-0912) ; Z 27511 du 07/06/2027 06:00 au 08/06 16:00, voie 9 (RV-27-1140). B 84505 : aucun créneau réservé.',
          },
        ],
      },
      {
        name: 'synthese_comite',
        description: 'Rédige la note pour le comité de maintenance',
        instructions: 'Fais une note courte avec les actions.',
        replies: [
          {
            say: '## Échéances VL — comité du 02/04/2027\n\n| engin | km (31/03) | butée | échéance estimée | créneau |\n|---|---|---|---|---|\n| Z 27523 | 1 241 075 km | 1 250 000 km | 14/04/2027 | 12–13/04, voie 12 ✅ |\n| Z 27511 | 1 187 420 km | 1 250 000 km | ~12/06/2027 | 07–08/06, voie 9 ✅ |\n| B 84505 | 512 930 km | 600 000 km | ~06/07/2027 | **à réserver** |\n\nAction : réserver la VL de la B 84505 avant fin juin (marge 87 070 km).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'filtre-compresseur-nouvel-indice-transmis-ancien-cite',
    title:
      'Le magasinier signale que le filtre d’air compresseur 3C 1180 204 est remplacé par le 3C 1180 219 ; le chef d’atelier fait réserver le nouvel indice en citant l’ancien comme remplacé',
    domain: 'approvisionnement des pièces pneumatiques',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the request and the brief still mention the superseded reference, but only as replaced; the new one is what is reserved',
    request:
      'Visite de sécurité de la Régio 2N Z 55631 le 19/03/2027 : remplacer la cartouche du filtre d’air du compresseur principal (réf. 3C 1180 204 selon la gamme). Réserver la pièce sur l’OT.',
    topology: {
      shape: 'supervisor',
      coordinator: 'chef_atelier_spc',
      workers: ['magasinier_spc', 'reservation_pieces'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'chef_atelier_spc',
        description: 'Chef d’atelier du technicentre de Saint-Pierre-des-Corps',
        instructions: 'Vérifie la pièce au magasin, fais-la réserver et rends compte.',
        replies: [
          {
            handoff: 'magasinier_spc',
            message:
              'Filtre d’air compresseur principal réf. 3C 1180 204 pour Z 55631 : référence valide et stock ?',
          },
          {
            handoff: 'reservation_pieces',
            message:
              'Réserve 1 cartouche **3C 1180 219** (remplace la 3C 1180 204 de la gamme, avis AT-2026-203) sur l’OT 2027-SPC-01840, Z 55631, visite de sécurité du 19/03.',
          },
          {
            say: 'Z 55631, VS du 19/03/2027 : cartouche filtre compresseur **3C 1180 219** réservée sur l’OT 2027-SPC-01840 (la 3C 1180 204 de la gamme est remplacée, AT-2026-203). Pièce en casier, prête pour le poste de jour.',
          },
        ],
      },
      {
        name: 'magasinier_spc',
        description: 'Magasinier du technicentre',
        instructions: 'Vérifie références et stocks.',
        replies: [
          {
            call: 'consulter_article',
            args: { reference: '3C 1180 204', site: 'SPC' },
            result:
              '{"reference": "3C 1180 204", "statut": "REMPLACEE", "remplacee_par": "3C 1180 219", "avis": "AT-2026-203", "stock_spc": {"3C 1180 204": 2, "3C 1180 219": 9}, "consigne": "stock 204 bloqué, retour fournisseur"}',
          },
          {
            say: '3C 1180 204 remplacée par la **3C 1180 219** (AT-2026-203) ; les 2 pièces 204 restantes sont bloquées pour retour fournisseur. Stock 219 : 9 pièces.',
          },
        ],
      },
      {
        name: 'reservation_pieces',
        description: 'Réserve les pièces sur les OT',
        instructions: 'Réserve la pièce demandée.',
        replies: [
          {
            call: 'reserver_pieces',
            args: { ot: '2027-SPC-01840', reference: '3C 1180 219', quantite: 1 },
            result:
              '{"ot": "2027-SPC-01840", "reference": "3C 1180 219", "quantite": 1, "statut": "RESERVEE", "casier": "MAG-A/3/07"}',
          },
          { say: 'Réservé : 1 × 3C 1180 219 sur l’OT 2027-SPC-01840, casier MAG-A/3/07.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cloture-ot-verrou-gmao-reessai-signale',
    title:
      'La clôture de l’OT de la B 84521 est refusée une première fois (verrou GMAO 409), le technicien réessaie avec succès et le dit ; la remise en service suit',
    domain: 'clôture des ordres de travail et remise en service',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a GMAO error retried successfully and reported openly',
    request:
      'Régiolis B 84521 : les travaux de l’OT 2027-NEV-04471 (remplacement compresseur de climatisation voiture M2) sont terminés. Clôturer l’OT dans la GMAO et remettre la rame à disposition de la régulation pour le 20/03/2027.',
    topology: {
      shape: 'supervisor',
      coordinator: 'responsable_remise_service',
      workers: ['technicien_gmao', 'liaison_regulation'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'responsable_remise_service',
        description: 'Décide la remise en service des rames',
        instructions: 'Fais clôturer l’OT, puis informe la régulation.',
        replies: [
          {
            handoff: 'technicien_gmao',
            message:
              'Clôture l’OT 2027-NEV-04471 (B 84521, compresseur clim M2) avec les essais de fonctionnement.',
          },
          {
            handoff: 'liaison_regulation',
            message:
              'B 84521 disponible le 20/03/2027 dès 05:00, OT 2027-NEV-04471 clôturé. Informe la régulation.',
          },
          {
            say: 'B 84521 : OT 2027-NEV-04471 clôturé (2ᵉ tentative, la première bloquée par un verrou GMAO), essais clim conformes. Rame remise à la régulation pour le 20/03/2027 à 05:00, roulement 22.',
          },
        ],
      },
      {
        name: 'technicien_gmao',
        description: 'Saisit les comptes rendus et clôtures dans la GMAO',
        instructions: 'Clôture l’OT et signale tout incident de saisie.',
        replies: [
          {
            call: 'cloturer_ot',
            args: { ot: '2027-NEV-04471', essais: 'clim M2 : T soufflage 12,5 °C, pression HP 16,2 bar' },
            result: {
              error:
                '409 Conflict — OT 2027-NEV-04471 verrouillé par la session de N. Lefèvre (ouverte 06:42)',
            },
          },
          {
            call: 'cloturer_ot',
            args: {
              ot: '2027-NEV-04471',
              essais: 'clim M2 : T soufflage 12,5 °C, pression HP 16,2 bar',
              reessai: 1,
            },
            result:
              '{"ot": "2027-NEV-04471", "statut": "CLOTURE", "horodatage": "2027-03-19T07:18", "essais": "conformes"}',
          },
          {
            say: 'Première clôture refusée (409 : OT verrouillé par la session de N. Lefèvre) ; verrou libéré, 2ᵉ tentative à 07:18 réussie. OT 2027-NEV-04471 **clôturé**, essais clim conformes (soufflage 12,5 °C, HP 16,2 bar).',
          },
        ],
      },
      {
        name: 'liaison_regulation',
        description: 'Fait le lien avec la régulation TER',
        instructions: 'Transmets la disponibilité à la régulation.',
        replies: [
          {
            call: 'disponibilite_engin',
            args: { engin: 'B 84521', disponible_le: '2027-03-20T05:00', roulement: 22 },
            result: '{"message": "DISPO-27-3318", "accuse": "régulation TER BFC 07:25"}',
          },
          {
            say: 'Régulation informée (DISPO-27-3318, accusé 07:25) : B 84521 sur le roulement 22 le 20/03 à 05:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bilan-poste-nuit-suggestion-facultative-ecartee',
    title:
      'Le chef d’équipe demande en option une idée d’optimisation au méthodiste, qui répond de façon vague ; le bilan de nuit n’en tient pas compte et rend les travaux réalisés',
    domain: 'bilan de poste de nuit au technicentre',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: an optional side answer is vague and unusable, and nothing downstream uses it',
    request:
      'Bilan du poste de nuit du 19 au 20/03/2027 au technicentre de Nevers : travaux réalisés sur les rames en visite (VS, ATS), rames prêtes pour le matin. Si quelqu’un a une idée pour réduire les temps d’immobilisation en VS, c’est un plus, mais pas indispensable.',
    topology: {
      shape: 'nested',
      top: 'cadre_permanence',
      teams: {
        chef_poste_nuit: ['technicien_visites', 'methodiste'],
      },
    },
    agents: [
      {
        name: 'cadre_permanence',
        description: 'Cadre de permanence du technicentre',
        instructions: 'Obtiens le bilan de nuit et rends-le à la production.',
        replies: [
          {
            handoff: 'chef_poste_nuit',
            message:
              'Bilan du poste de nuit 19→20/03 : travaux VS/ATS réalisés et rames prêtes pour 05:00. En option seulement : une piste pour réduire l’immobilisation en VS.',
          },
          {
            say: '## Bilan poste de nuit 19→20/03/2027 — Nevers\n\n| rame | visite | OT | état |\n|---|---|---|---|\n| B 84561 | VS | 2027-NEV-04530 | prête 04:10 |\n| X 76589 | ATS | 2027-NEV-04531 | prête 03:25 |\n| Z 27543 | VS | 2027-NEV-04533 | prête 04:50 |\n| B 84549 | ATS | 2027-NEV-04534 | **non prête** : fuite réservoir principal, OT correctif 2027-NEV-04537 |\n\n3 rames sur 4 prêtes pour 05:00 ; B 84549 retenue, régulation prévenue à 04:55.',
          },
        ],
      },
      {
        name: 'chef_poste_nuit',
        description: 'Chef du poste de nuit',
        instructions: 'Fais remonter les travaux réalisés ; la piste d’optimisation est facultative.',
        replies: [
          {
            handoff: 'technicien_visites',
            message: 'Récapitule les VS et ATS du poste 19→20/03 avec l’état de sortie de chaque rame.',
          },
          {
            handoff: 'methodiste',
            message: 'Facultatif : une piste concrète pour réduire le temps d’immobilisation en VS ?',
          },
          {
            say: 'Poste 19→20/03 : B 84561 (VS) prête 04:10, X 76589 (ATS) prête 03:25, Z 27543 (VS) prête 04:50 ; B 84549 (ATS) non prête, fuite réservoir principal, OT 2027-NEV-04537. Piste d’optimisation VS : rien d’exploitable cette nuit, sujet reporté à la réunion méthodes.',
          },
        ],
      },
      {
        name: 'technicien_visites',
        description: 'Technicien de visite, saisit les comptes rendus',
        instructions: 'Récapitule les visites du poste à partir de la GMAO.',
        replies: [
          {
            call: 'comptes_rendus_poste',
            args: { site: 'NEV', poste: 'nuit', date: '2027-03-19' },
            result:
              '[{"engin": "B 84561", "visite": "VS", "ot": "2027-NEV-04530", "fin": "04:10", "etat": "APTE"}, {"engin": "X 76589", "visite": "ATS", "ot": "2027-NEV-04531", "fin": "03:25", "etat": "APTE"}, {"engin": "Z 27543", "visite": "VS", "ot": "2027-NEV-04533", "fin": "04:50", "etat": "APTE"}, {"engin": "B 84549", "visite": "ATS", "ot": "2027-NEV-04534", "fin": null, "etat": "INAPTE", "motif": "fuite réservoir principal RP2, OT 2027-NEV-04537"}]',
          },
          {
            say: 'VS/ATS du poste : B 84561 VS apte 04:10 ; X 76589 ATS apte 03:25 ; Z 27543 VS apte 04:50 ; B 84549 ATS inapte (fuite RP2), OT correctif 2027-NEV-04537.',
          },
        ],
      },
      {
        name: 'methodiste',
        description: 'Méthodiste, propose des améliorations des gammes',
        instructions: 'Propose des pistes d’amélioration.',
        replies: [
          {
            say: 'On pourrait sans doute gagner du temps en VS en optimisant l’organisation en général, à voir selon les cas.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'campagne-graissage-boudins-rame-sous-garantie-exclue',
    title:
      'Le préparateur de campagne exclut la B 84597 du rattrapage des graisseurs de boudin, comme le demande la consigne pour les rames sous garantie constructeur',
    domain: 'campagnes de modification sur le parc',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: one train is left out of the campaign, which is the exclusion the request asked for',
    request:
      'Campagne de rattrapage CR-27-06 (réglage des graisseurs de boudin, fiche de modification FM-GB-12) sur les Régiolis du technicentre de Nevers : B 84561, B 84577, B 84597. Les rames encore sous garantie constructeur sont exclues : c’est Alstom qui intervient sur celles-là.',
    topology: {
      shape: 'branch',
      classifier: 'aiguillage_demandes',
      routes: { campagne: 'preparateur_campagne', correctif: 'preparateur_correctif' },
      after: 'redacteur_planning',
    },
    agents: [
      {
        name: 'aiguillage_demandes',
        description: 'Oriente les demandes vers le bon préparateur',
        instructions: 'Réponds « campagne » ou « correctif ».',
        replies: [{ say: 'campagne — CR-27-06, fiche FM-GB-12, 3 rames Régiolis listées.' }],
      },
      {
        name: 'preparateur_campagne',
        description: 'Prépare les campagnes de modification',
        instructions: 'Établis la liste des engins concernés et les OT.',
        prompt: 'Aiguillage : {input}\n\nDemande : {request}',
        replies: [
          {
            call: 'statut_garantie',
            args: { engins: ['B 84561', 'B 84577', 'B 84597'] },
            result:
              '[{"engin": "B 84561", "garantie": "échue 2025-11-30"}, {"engin": "B 84577", "garantie": "échue 2026-04-15"}, {"engin": "B 84597", "garantie": "active jusqu’au 2027-09-30", "contact": "Alstom SAV Reichshoffen"}]',
          },
          {
            call: 'creer_ot_campagne',
            args: { campagne: 'CR-27-06', engins: ['B 84561', 'B 84577'], fiche: 'FM-GB-12' },
            result: '{"ot": ["2027-NEV-04601", "2027-NEV-04602"], "duree_unitaire_h": 1.5}',
          },
          {
            say: 'CR-27-06 / FM-GB-12 : OT 2027-NEV-04601 (B 84561) et 2027-NEV-04602 (B 84577), 1 h 30 chacun. **B 84597 exclue** : garantie constructeur active jusqu’au 30/09/2027, intervention par Alstom SAV Reichshoffen.',
          },
        ],
      },
      {
        name: 'preparateur_correctif',
        description: 'Prépare les interventions correctives',
        instructions: 'Crée l’OT correctif.',
        replies: [{ say: 'OT correctif à créer selon le défaut signalé.' }],
      },
      {
        name: 'redacteur_planning',
        description: 'Intègre les OT au planning du technicentre',
        instructions: 'Planifie les OT et rends le planning.',
        prompt: 'OT préparés :\n{input}',
        replies: [
          {
            say: '### Planning CR-27-06 (graisseurs de boudin)\n\n| OT | rame | créneau |\n|---|---|---|\n| 2027-NEV-04601 | B 84561 | 23/03/2027, poste de nuit, voie 4 |\n| 2027-NEV-04602 | B 84577 | 24/03/2027, poste de nuit, voie 4 |\n\nB 84597 hors campagne (sous garantie, Alstom SAV prévenu par le préparateur).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mesure-isolement-moteurs-main-rendue-avec-resultats',
    title:
      'Le diagnostiqueur passe la main au technicien de mesures pour l’isolement des moteurs de traction de la Z 27519, qui la lui rend avec les valeurs ; le diagnostiqueur conclut',
    domain: 'diagnostic de la chaîne de traction',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: control goes to a peer and comes back; the hand-back carries the measured values the conclusion uses',
    request:
      'AGC Z 27519 : défauts de traction intermittents (code TRC-2207, « défaut d’isolement moteur ») signalés 4 fois du 16 au 19/03/2027. Diagnostic et décision avant le roulement du 21/03.',
    topology: {
      shape: 'swarm',
      entry: 'diagnostiqueur_traction',
      agents: ['diagnostiqueur_traction', 'technicien_mesures'],
    },
    agents: [
      {
        name: 'diagnostiqueur_traction',
        description: 'Diagnostique les défauts de la chaîne de traction',
        instructions: 'Fais mesurer si besoin, puis conclus.',
        replies: [
          {
            call: 'journal_defauts',
            args: { engin: 'Z 27519', code: 'TRC-2207', depuis: '2027-03-16' },
            result:
              '[{"date": "2027-03-16T07:41", "moteur": "MT3"}, {"date": "2027-03-17T18:02", "moteur": "MT3"}, {"date": "2027-03-18T07:55", "moteur": "MT3"}, {"date": "2027-03-19T08:10", "moteur": "MT3"}]',
          },
          {
            handoff: 'technicien_mesures',
            message:
              'Z 27519 : 4 × TRC-2207, toujours sur MT3. Mesure l’isolement des 4 moteurs (mégohmmètre 1000 V) et rends-moi les valeurs.',
          },
          {
            say: '## Z 27519 — défaut TRC-2207\n\n- 4 occurrences du 16 au 19/03, toutes sur **MT3**\n- Isolement : MT1 850 MΩ, MT2 910 MΩ, MT4 780 MΩ, **MT3 1,8 MΩ** (seuil 5 MΩ)\n\n**Décision** : rame retenue, dépose du moteur MT3 (OT 2027-DIJ-02291), moteur de rechange MT-R-0417 disponible. Z 27519 retirée du roulement du 21/03.',
          },
        ],
      },
      {
        name: 'technicien_mesures',
        description: 'Réalise les mesures électriques',
        instructions: 'Fais les mesures demandées et rends la main au diagnostiqueur.',
        replies: [
          {
            call: 'mesure_isolement',
            args: { engin: 'Z 27519', moteurs: ['MT1', 'MT2', 'MT3', 'MT4'], tension_v: 1000 },
            result:
              '{"MT1_Mohm": 850, "MT2_Mohm": 910, "MT3_Mohm": 1.8, "MT4_Mohm": 780, "seuil_Mohm": 5, "temperature_C": 14, "humidite_pct": 62}',
          },
          {
            handoff: 'diagnostiqueur_traction',
            message:
              'Isolement à 1000 V (14 °C, 62 % HR) : MT1 850 MΩ, MT2 910 MΩ, MT3 **1,8 MΩ** (sous le seuil de 5 MΩ), MT4 780 MΩ.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch147Scenarios = [...faults, ...healthy];
