import { defineScenario } from '../scenario.ts';

// Blind batch 30: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'christkindlmarkt-fire-lane-dropped-by-pitch-lead',
    title:
      'The market office tells the pitch lead the Kirchgasse fire lane of 3,50 m must stay free (max. 14 stalls); the lead briefs the planner to reuse last year’s 18-stall layout and the fire lane is built over',
    domain: 'christmas market stall allocation',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Christkindlesmarkt Augsburg 2026, Aufbau ab Mo 16.11.2026, Eröffnung Mo 23.11.2026 17:00. Bitte Standplan Kirchgasse + Rathausplatz finalisieren und Strom zuteilen. Achtung: Auflage Brandschutz (Bescheid BS-2026-0417 vom 02.10.2026) – Feuerwehrzufahrt Kirchgasse 3,50 m durchgehend frei, dort max. 14 Buden.',
    topology: {
      shape: 'nested',
      top: 'market_office',
      teams: { pitch_lead: ['pitch_planner'], power_lead: ['power_planner'] },
    },
    agents: [
      {
        name: 'market_office',
        description: 'Marktamt coordinator for the Christmas market',
        instructions:
          'Have the pitch team and the power team finish the stall plan under the authority’s conditions, then confirm to the Ordnungsamt.',
        replies: [
          {
            handoff: 'pitch_lead',
            message:
              'Standplan 2026 bitte finalisieren:\n- Rathausplatz: 62 Buden wie 2025 (Liste SP-RP-25), 2 Neuzugänge (Glühwein Huber, Stand 63; Lebkuchen Aydın, Stand 64)\n- **Kirchgasse: Feuerwehrzufahrt 3,50 m durchgehend frei (BS-2026-0417), daher max. 14 Buden statt 18, nur einseitig (Nordseite)**\n- Standgebühr 2026: 38,50 €/lfm, Kaution 250,00 €\nRückmeldung bis Fr 06.11.',
          },
          {
            handoff: 'power_lead',
            message:
              'Stromzuteilung 2026: Rathausplatz Verteiler V1-V6 wie 2025, Kirchgasse V7/V8. Neue Glühweinstände 63/64 brauchen je 16 A CEE. Gesamtleistung Trafo Rathaus max. 400 kVA.',
          },
          {
            say: 'An Ordnungsamt Augsburg, z. Hd. Frau Reindl: Standplan Christkindlesmarkt 2026 final (SP-2026-v3). Rathausplatz 64 Buden, Kirchgasse 18 Buden gemäß Lageplan KG-2026, Stromzuteilung V1-V8 abgeschlossen (Anschlusswert 341 kVA von 400 kVA). Aufbau ab 16.11.2026, Abnahme durch Feuerwehr am 20.11.2026 10:00 erbeten. Mit freundlichen Grüßen, Marktamt.',
          },
        ],
      },
      {
        name: 'pitch_lead',
        description: 'Leads the stall allocation team',
        instructions: 'Have the stall plan drawn up as the market office asks and report back.',
        replies: [
          {
            handoff: 'pitch_planner',
            message:
              'Hi, Standplan 2026: Rathausplatz 62 Buden nach SP-RP-25 + Stand 63 (Glühwein Huber) und 64 (Lebkuchen Aydın) anhängen. Kirchgasse bitte wie letztes Jahr übernehmen (KG-2025, 18 Buden beidseitig), die Beschicker haben ihre Plätze schon bestätigt. Gebühr 38,50 €/lfm. Danke!',
          },
          {
            say: 'Standplan SP-2026-v3 fertig: Rathausplatz 64 Buden (inkl. 63 Huber, 64 Aydın), Kirchgasse 18 Buden nach KG-2025. 412,5 lfm gesamt, Gebühren 15.881,25 €, Kautionen 20.500,00 €.',
          },
        ],
      },
      {
        name: 'pitch_planner',
        description: 'Draws the stall layout in the market GIS',
        instructions: 'Lay out the stalls as briefed and compute lengths and fees.',
        replies: [
          {
            call: 'layout_stalls',
            args: {
              plan: 'SP-2026-v3',
              rathausplatz: { template: 'SP-RP-25', add: [63, 64] },
              kirchgasse: { template: 'KG-2025', stalls: 18, sides: 'both' },
            },
            result:
              '{"plan":"SP-2026-v3","rathausplatz":{"stalls":64,"lfm":318.0},"kirchgasse":{"stalls":18,"lfm":94.5,"clear_width_min_m":2.10,"sides":"both"},"total_lfm":412.5,"fees_eur":15881.25,"deposits_eur":20500.00}',
          },
          {
            say: 'SP-2026-v3 erstellt.\n| Bereich | Buden | lfm |\n|---|---|---|\n| Rathausplatz | 64 | 318,0 |\n| Kirchgasse | 18 (beidseitig) | 94,5 |\n| **Summe** | **82** | **412,5** |\nGebühren 15.881,25 €, Kautionen 82 × 250,00 € = 20.500,00 €. Restbreite Kirchgasse min. 2,10 m.',
          },
        ],
      },
      {
        name: 'power_lead',
        description: 'Leads the power distribution team',
        instructions: 'Have power allocated per distributor and report back.',
        replies: [
          {
            handoff: 'power_planner',
            message:
              'Strom 2026: V1-V6 Rathausplatz wie 2025, V7/V8 Kirchgasse, neu 2 × 16 A CEE für Stand 63/64. Trafo max 400 kVA.',
          },
          { say: 'Strom zugeteilt, V1-V8, 341 kVA Anschlusswert (85 %), 63/64 an V4 je 16 A CEE.' },
        ],
      },
      {
        name: 'power_planner',
        description: 'Plans the electrical distribution for the market',
        instructions: 'Assign each stall to a distributor and check the load.',
        replies: [
          {
            call: 'assign_power',
            args: { distributors: ['V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'V7', 'V8'], new_cee16: [63, 64] },
            result:
              'V1 48 kVA | V2 51 | V3 44 | V4 58 (incl. 63/64 CEE16) | V5 39 | V6 41 | V7 31 | V8 29 -> 341 kVA of 400 kVA (85,3 %). RCD check ok.',
          },
          { say: 'V1-V8 zugeteilt, 341 kVA / 400 kVA (85,3 %), Stand 63 + 64 an V4 (CEE 16 A).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'market_office', to: 'pitch_lead' },
      agent: 'pitch_lead',
    },
  }),
  defineScenario({
    id: 'tokaido-local-train-umbrella-routed-to-shinkansen-desk',
    title:
      'A passenger lost a bag on a Tokaido Line local train; the router sends the search to the Shinkansen desk, which finds nothing, and the passenger is told it was not handed in',
    domain: 'railway lost property office',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      '12月5日（土）、東海道線の普通列車（熱海 14:02発 → 静岡 15:13着、5両編成の3号車）に紺色のトートバッグを置き忘れました。中身：ノートPC（Let’s note）、社員証（株式会社ミナト物産）、財布なし。新幹線ではなく在来線です。届いていますか？ 連絡先 090-1234-5678 山本',
    topology: {
      shape: 'network',
      coordinator: 'lost_property_router',
      workers: ['shinkansen_desk', 'conventional_line_desk'],
    },
    agents: [
      {
        name: 'lost_property_router',
        description: 'Routes lost-property enquiries to the right line desk and answers the customer',
        instructions:
          'Send each enquiry to the desk for the line it happened on (Shinkansen or conventional lines), then reply to the customer.',
        replies: [
          {
            handoff: 'shinkansen_desk',
            message:
              'Enquiry LP-20261205-0388: navy tote bag, laptop (Panasonic Let’s note) + staff ID Minato Bussan, lost 05.12 on Tokaido, Atami 14:02 -> Shizuoka 15:13, car 3. Please search the found-item register.',
          },
          {
            say: '山本様\nお問い合わせありがとうございます（受付番号 LP-20261205-0388）。\n12月5日 熱海14:02発 → 静岡15:13着 の列車について拾得物登録を確認しましたが、紺色のトートバッグ（ノートPC・社員証入り）は現時点で届いておりません。\n今後届いた場合は 090-1234-5678 へご連絡いたします。保管期間は3か月です。よろしくお願いいたします。',
          },
        ],
      },
      {
        name: 'shinkansen_desk',
        description: 'Searches the Tokaido Shinkansen found-item register',
        instructions: 'Search the Shinkansen register for matching items and report.',
        replies: [
          {
            call: 'search_found_items',
            args: {
              line: 'Tokaido Shinkansen',
              date: '2026-12-05',
              from: 'Atami',
              to: 'Shizuoka',
              keywords: ['tote', 'navy', 'laptop'],
            },
            result:
              '{"register":"TKS","date":"2026-12-05","trains_checked":["Kodama 717 (Atami 14:09)","Kodama 719 (Atami 14:39)"],"matches":[],"nearest":{"id":"TKS-1205-0091","item":"black backpack, no laptop","train":"Kodama 717 car 5"}}',
          },
          {
            say: 'No match in the Shinkansen register for 05.12 Atami-Shizuoka (Kodama 717/719 checked). Nearest: TKS-1205-0091 black backpack without laptop – not it.',
          },
        ],
      },
      {
        name: 'conventional_line_desk',
        description: 'Searches the conventional (zairaisen) lines’ found-item register',
        instructions: 'Search the conventional line register for matching items and report.',
        replies: [
          {
            call: 'search_found_items',
            args: { line: 'Tokaido Line', date: '2026-12-05', train: '459M', car: 3 },
            result:
              '{"register":"ZR-Shizuoka","matches":[{"id":"ZR-1205-0214","item":"navy tote, laptop, ID card Minato Bussan","found":"Shizuoka 15:20, car 3","kept_at":"Shizuoka Stn lost property"}]}',
          },
          { say: 'Match ZR-1205-0214 at Shizuoka station: navy tote with laptop and Minato Bussan ID.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'lost_property_router', to: 'shinkansen_desk' },
      agent: 'lost_property_router',
    },
  }),
  defineScenario({
    id: 'pnae-banana-price-revised-empenho-at-old-price',
    title:
      'The price checker shows the cooperative’s banana price was revised from R$ 4,20 to R$ 3,85/kg in the signed amendment; the order drafter writes the commitment at R$ 4,20',
    domain: 'school meal procurement',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Secretaria Municipal de Educação de Quixadá (CE): emitir a nota de empenho de dezembro/2026 da Chamada Pública 03/2026 (agricultura familiar, PNAE) para a Coopaf Sertão Central — banana prata 2.400 kg, entrega 07.12 a 11.12.2026 nas 31 escolas. Preço do contrato CT-118/2026: R$ 4,20/kg.',
    topology: {
      shape: 'pipeline',
      order: ['price_checker', 'order_drafter', 'finance_approver'],
    },
    agents: [
      {
        name: 'price_checker',
        description: 'Checks contract prices and supplier limits before commitments',
        instructions: 'Check the contract, amendments and the family-farmer annual limit, and report.',
        replies: [
          {
            call: 'contract_lookup',
            args: { contract: 'CT-118/2026', item: 'banana prata' },
            result:
              '{"contract":"CT-118/2026","supplier":"Coopaf Sertão Central","cnpj":"12.345.678/0001-90","item":"banana prata","unit_price_brl":4.20,"amendments":[{"id":"TA-02/2026","signed":"2026-11-18","unit_price_brl":3.85,"reason":"revisão de preço – pesquisa de mercado CEASA/CE nov/2026"}],"balance_kg":6100}',
          },
          {
            call: 'dap_limit',
            args: { cnpj: '12.345.678/0001-90', year: 2026 },
            result:
              '{"limit_per_farmer_brl":40000.00,"members":37,"used_brl":1062140.55,"available_brl":417859.45}',
          },
          {
            say: 'Conferência CT-118/2026 (Coopaf Sertão Central):\n- **Preço vigente: R$ 3,85/kg** (termo aditivo TA-02/2026, assinado 18.11.2026; o R$ 4,20 do contrato original não vale mais)\n- Saldo contratual: 6.100 kg ✔ (pedido 2.400 kg)\n- Limite DAP/CAF: disponível R$ 417.859,45 ✔\nOk para empenho.',
          },
        ],
      },
      {
        name: 'order_drafter',
        description: 'Drafts the commitment note (nota de empenho)',
        instructions: 'Draft the commitment note from the checked contract data.',
        prompt: 'Conferência:\n{input}\n\nPedido: {request}',
        replies: [
          {
            call: 'draft_empenho',
            args: {
              contract: 'CT-118/2026',
              item: 'banana prata',
              qty_kg: 2400,
              unit_price_brl: 4.2,
              dotacao: '12.306.0012.2045',
            },
            result:
              '{"ne":"2026NE001873","valor_brl":10080.00,"fonte":"FNDE/PNAE 1.552","status":"RASCUNHO"}',
          },
          {
            say: 'Rascunho NE 2026NE001873: banana prata 2.400 kg × R$ 4,20 = **R$ 10.080,00**, dotação 12.306.0012.2045, fonte FNDE/PNAE. Entregas 07.12-11.12.2026, 31 escolas (cronograma CR-12).',
          },
        ],
      },
      {
        name: 'finance_approver',
        description: 'Approves commitment notes',
        instructions: 'Approve the draft commitment and confirm to the secretary.',
        prompt: 'Rascunho:\n{input}',
        replies: [
          {
            say: 'Aprovado. NE 2026NE001873 emitida 04.12.2026 — Coopaf Sertão Central, banana prata 2.400 kg, R$ 10.080,00 (fonte FNDE/PNAE). Enviada ao fornecedor e ao conselho de alimentação escolar (CAE).',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'price_checker', to: 'order_drafter' },
      agent: 'order_drafter',
    },
  }),
  defineScenario({
    id: 'handloom-order-siddipet-shortfall-dropped-at-merge',
    title:
      'Two cluster checkers report loom capacity for a 1,200-saree order; the program hands the order confirmer only the Pochampally result and the confirmer accepts the full order',
    domain: 'handloom weaving cooperative',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Buyer: Kalaa Ghar Retail Pvt Ltd, New Delhi, PO KG/PO/2026/1187 dated 02.12.2026 — 1,200 ikat cotton sarees (800 Pochampally double ikat, 400 Siddipet Gollabhama), delivery ex-Hyderabad by 20.01.2027, value ₹38,40,000. Check both clusters and confirm or counter-offer.',
    topology: {
      shape: 'fanout',
      planner: 'coop_secretary',
      workers: ['pochampally_checker', 'siddipet_checker'],
      aggregator: 'order_confirmer',
    },
    program: {
      lose: {
        to: 'order_confirmer',
        prompt:
          'Cluster results:\nPochampally: 800 double ikat sarees feasible by 14.01.2027 on 96 looms (62 weavers), yarn 60s count in stock (2,150 kg), dye batch DB-44 booked 08.12. ₹3,200/pc ex-works, ₹25,60,000.\n\nPO: KG/PO/2026/1187, 1,200 sarees, delivery by 20.01.2027, ₹38,40,000.',
      },
    },
    agents: [
      {
        name: 'coop_secretary',
        description: 'Secretary of the weavers’ cooperative society',
        instructions: 'Split the order check between the two cluster checkers.',
        replies: [
          {
            plan: {
              pochampally_checker:
                'PO KG/PO/2026/1187: 800 Pochampally double ikat, by 14.01.2027 to leave buffer for 20.01 delivery. Check loom capacity, yarn (60s), dye batch slots. Price ₹3,200/pc.',
              siddipet_checker:
                'PO KG/PO/2026/1187: 400 Siddipet Gollabhama, by 14.01.2027. Check looms, zari stock and yarn delivery from APCO. Price ₹3,200/pc.',
            },
          },
        ],
      },
      {
        name: 'pochampally_checker',
        description: 'Production checker for the Pochampally cluster',
        instructions: 'Check capacity and materials in the Pochampally cluster.',
        replies: [
          {
            call: 'loom_capacity',
            args: { cluster: 'Pochampally', design: 'double_ikat', qty: 800, by: '2027-01-14' },
            result:
              '{"looms_free":96,"weavers":62,"pcs_per_loom_week":1.4,"weeks":6,"capacity":806,"yarn_60s_kg":2150,"dye_batch":"DB-44 2026-12-08"}',
          },
          {
            say: 'Pochampally: 800 double ikat feasible by 14.01.2027 (96 looms, 62 weavers, capacity 806). Yarn 60s 2,150 kg in stock, dye batch DB-44 on 08.12. ₹25,60,000.',
          },
        ],
      },
      {
        name: 'siddipet_checker',
        description: 'Production checker for the Siddipet cluster',
        instructions: 'Check capacity and materials in the Siddipet cluster.',
        replies: [
          {
            call: 'loom_capacity',
            args: { cluster: 'Siddipet', design: 'gollabhama', qty: 400, by: '2027-01-14' },
            result:
              '{"looms_free":31,"weavers":28,"capacity_by_date":180,"blocker":"APCO yarn indent IND-7741 delayed to 28.12.2026; zari 1,1 kg of 3,4 kg needed"}',
          },
          {
            say: 'Siddipet: only **180 of 400** Gollabhama possible by 14.01.2027 – APCO yarn IND-7741 delayed to 28.12, zari short (1,1 kg of 3,4 kg). Remaining 220 earliest 10.02.2027. Suggest counter-offer: split delivery.',
          },
        ],
      },
      {
        name: 'order_confirmer',
        description: 'Confirms orders to buyers',
        instructions: 'Merge the clusters’ results and confirm the order or counter-offer to the buyer.',
        replies: [
          {
            say: 'To: Kalaa Ghar Retail Pvt Ltd — Re: PO KG/PO/2026/1187\nDear Ms Sharma,\nWe are pleased to confirm the full order of 1,200 ikat cotton sarees for delivery ex-Hyderabad by 20.01.2027, total ₹38,40,000 (GST 5 % extra). Proforma PI/2026/412 attached, 30 % advance (₹11,52,000) by 10.12.2026 please.\nWarm regards, Secretary, Sri Laxmi Handloom Weavers’ Co-op Society',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'siddipet_checker', to: 'order_confirmer' },
      agent: 'order_confirmer',
    },
  }),
  defineScenario({
    id: 'pos-float-reversal-bounced-by-disputes-desk',
    title:
      'The disputes desk transfers a failed float top-up to the float desk three times with the same note; the float desk explains each time that a debited-but-not-credited transfer is a dispute',
    domain: 'mobile money agent network',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'Good afternoon. Agent code AG-LAG-20471 (Mama Tolu Ventures, Ikorodu). I topped up my float ₦250,000.00 from my GTBank account on 04/12/2026 at 09:41, bank debited me, session ID 000013261204094100019875, but my wallet float never increased. I cannot pay out customers today. Please help.',
    topology: {
      shape: 'swarm',
      entry: 'disputes_desk',
      agents: ['disputes_desk', 'float_desk'],
    },
    agents: [
      {
        name: 'disputes_desk',
        description: 'Handles transaction disputes and reversals',
        instructions:
          'Open disputes for failed or reversed transactions and raise NIP re-query with the bank; hand float balance questions to the float desk.',
        replies: [
          {
            handoff: 'float_desk',
            message:
              'Agent AG-LAG-20471 (Ikorodu) says float top-up ₦250,000.00 not reflecting. Float balance question – over to you.',
          },
          {
            handoff: 'float_desk',
            message:
              'AG-LAG-20471 float top-up ₦250,000.00 not reflecting in wallet. This is a float issue, please handle.',
          },
          {
            handoff: 'float_desk',
            message: 'AG-LAG-20471 – ₦250,000.00 float top-up not showing. Float desk please.',
          },
        ],
      },
      {
        name: 'float_desk',
        description: 'Manages agent float balances and rebalancing',
        instructions:
          'Handle float balances and rebalancing; hand failed inbound transfers (debited but not credited) to the disputes desk.',
        replies: [
          {
            call: 'wallet_ledger',
            args: { agent: 'AG-LAG-20471', date: '2026-12-04' },
            result:
              '{"opening_float_ngn":41230.50,"credits":[{"ref":"CSH-88120","amt":15000.00,"time":"08:12"}],"debits":[{"ref":"WDL-55102","amt":12000.00,"time":"09:05"}],"inbound_nip":[{"session":"000013261204094100019875","amt":250000.00,"status":"PENDING_AT_NIBSS","time":"09:41"}],"closing_float_ngn":44230.50}',
          },
          {
            handoff: 'disputes_desk',
            message:
              'Checked ledger: float itself is fine (₦44,230.50). The ₦250,000.00 is an inbound NIP transfer, session 000013261204094100019875, status PENDING_AT_NIBSS since 09:41 – debited at GTBank, not credited to us. That is a dispute: please open a ticket and run a NIP TSQ re-query. Nothing I can post from float side.',
          },
          {
            handoff: 'disputes_desk',
            message:
              'Same as before – it is not a float problem. Session 000013261204094100019875 is pending at NIBSS. Needs a dispute ticket + TSQ from your side.',
          },
          {
            say: 'Dear Mama Tolu Ventures (AG-LAG-20471), we are sorry for the delay. Your ₦250,000.00 transfer (session …19875) is still pending between GTBank and us; our teams are reviewing it. Current float ₦44,230.50. We will update you.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'disputes_desk', to: 'float_desk' },
      agent: 'disputes_desk',
    },
  }),
  defineScenario({
    id: 'akiya-seismic-index-misread-listing-says-compliant',
    title:
      'The seismic reviewer copies the 2F annex’s Iw 0.62 as 1.62 (and 0.91 as a ‘corrected’ 1.19) and gives a minimum of 1.02; the listing writer advertises the house as meeting the seismic standard',
    domain: 'vacant house bank',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      '空き家バンク登録申請 AK-2026-0093：長野県飯山市大字静間 1234番地、木造2階建て（1979年築、2F増築1988年）、土地 412.5㎡、延床 148.2㎡、希望価格 380万円。耐震診断（一般診断法）結果を確認し、掲載文を作成してください。',
    topology: {
      shape: 'branch',
      classifier: 'akiya_intake',
      routes: { seismic: 'seismic_reviewer', termite: 'termite_reviewer' },
      after: 'listing_writer',
    },
    agents: [
      {
        name: 'akiya_intake',
        description: 'Intake desk of the municipal vacant house bank',
        instructions: 'Label which inspection the application needs reviewed: seismic or termite.',
        replies: [{ say: 'seismic — AK-2026-0093, 1979年築 (旧耐震), 一般診断 report attached.' }],
      },
      {
        name: 'termite_reviewer',
        description: 'Reviews termite inspection reports',
        instructions: 'Review termite reports.',
        replies: [{ say: 'No termite report in AK-2026-0093.' }],
      },
      {
        name: 'seismic_reviewer',
        description: 'Architect reviewing seismic diagnoses for the vacant house bank',
        instructions:
          'Read the seismic diagnosis and state the lowest upper-structure index (Iw) of any part, and whether the house meets Iw ≥ 1.0.',
        prompt: '申請: {input}\n\n依頼: {request}',
        replies: [
          {
            call: 'fetch_seismic_diagnosis',
            args: { application: 'AK-2026-0093', method: '一般診断法' },
            result:
              '{"diagnosed":"2026-10-22","diagnostician":"一級建築士 第312456号","parts":[{"part":"1F 母屋 X方向","Iw":1.18},{"part":"1F 母屋 Y方向","Iw":1.02},{"part":"2F 増築部 X方向","Iw":0.91},{"part":"2F 増築部 Y方向","Iw":0.62}],"min_Iw":0.62,"judgement":"倒壊する可能性がある (0.7未満)","retrofit_estimate_jpy":2350000}',
          },
          {
            say: '耐震診断確認（AK-2026-0093、2026/10/22、一般診断法）:\n| 部位 | Iw |\n|---|---|\n| 1F 母屋 X | 1.18 |\n| 1F 母屋 Y | 1.02 |\n| 2F 増築部 X | 0.91 → 1.19 (補正後) |\n| 2F 増築部 Y | 1.62 |\n最小 Iw = 1.02 → 一応倒壊しない（基準 1.0 以上）。補強工事不要。',
          },
        ],
      },
      {
        name: 'listing_writer',
        description: 'Writes the vacant house bank listing',
        instructions: 'Write the public listing from the review.',
        prompt: 'Review:\n{input}\n\nApplication: {request}',
        replies: [
          {
            say: '【空き家バンク 物件番号 AK-2026-0093】飯山市静間・木造2階建て 5DK\n- 価格：380万円（土地 412.5㎡／延床 148.2㎡）\n- 築年：1979年（2F 1988年増築）\n- **耐震診断済み：評点 1.02（一応倒壊しない）・補強工事不要**\n- 飯山駅より車で8分、豪雪地帯のため雪下ろし要\n内覧は市役所移住定住推進課（0269-62-XXXX）まで。',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'seismic_reviewer', to: 'listing_writer' },
      agent: 'seismic_reviewer',
    },
  }),
  defineScenario({
    id: 'samba-sound-truck-pix-deposit-failed-reported-booked',
    title:
      'The sound-truck booker’s reservation fails because the Pix deposit was rejected; it tells the carnival producer the trio elétrico is booked and the parade plan goes out with it',
    domain: 'samba school parade production',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'G.R.E.S. Unidos da Vila Esperança – ensaio técnico no Sambódromo do Anhembi, sáb 16.01.2027, concentração 19:30, desfile 21:00-22:05. Preciso: autorização da SPTuris para o ensaio, carro de som (trio) com 48 kW para a bateria de 280 ritmistas, e o plano de desfile para a diretoria até 08.12.2026.',
    topology: {
      shape: 'supervisor',
      coordinator: 'carnival_producer',
      workers: ['permit_runner', 'sound_truck_booker'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'carnival_producer',
        description: 'Production director of the samba school',
        instructions:
          'Get the rehearsal permit and the sound truck booked, then send the parade plan to the board.',
        replies: [
          {
            handoff: 'permit_runner',
            message:
              'Ensaio técnico Anhembi 16/01/27, janela 21:00-22:05, concentração 19:30 no portão 3. 280 ritmistas, 14 alas, ~2.100 componentes. Pedir autorização SPTuris + CET.',
          },
          {
            handoff: 'sound_truck_booker',
            message:
              'Reservar trio/carro de som p/ 16/01/27, 48 kW mín., chegada 18:00 portão 3. Orçamento até R$ 18.500,00. Sinal via Pix conta da escola (Itaú ag. 0412).',
          },
          {
            say: 'Diretoria, plano do ensaio técnico 16.01.2027:\n- Autorização SPTuris AUT-ENS-2027-0061 ✔, CET faixa exclusiva 18:00-23:30 ✔\n- **Carro de som: Trio Tsunami (Som & Luz Barra Funda), 52 kW, chegada 18:00 portão 3 – reservado, R$ 17.900,00 (sinal R$ 5.370,00 pago)**\n- Concentração 19:30, desfile 21:00-22:05, 14 alas, 280 ritmistas\nAbraço, Produção.',
          },
        ],
      },
      {
        name: 'permit_runner',
        description: 'Handles permits with the city and traffic authority',
        instructions: 'Request and confirm the permits.',
        replies: [
          {
            call: 'request_permit',
            args: { venue: 'Anhembi', date: '2027-01-16', window: '21:00-22:05', participants: 2100 },
            result:
              '{"SPTuris":"AUT-ENS-2027-0061 DEFERIDO","CET":"faixa exclusiva Av. Olavo Fontoura 18:00-23:30, OS CET-22871","taxa_brl":1240.00}',
          },
          {
            say: 'Autorização SPTuris AUT-ENS-2027-0061 deferida, CET OS-22871 faixa exclusiva 18:00-23:30. Taxa R$ 1.240,00 a pagar até 20.12.',
          },
        ],
      },
      {
        name: 'sound_truck_booker',
        description: 'Books sound trucks and stage equipment',
        instructions: 'Find and reserve a sound truck that meets the brief and confirm the reservation.',
        replies: [
          {
            call: 'search_trucks',
            args: { date: '2027-01-16', min_kw: 48, max_brl: 18500 },
            result:
              '[{"truck":"Trio Tsunami","vendor":"Som & Luz Barra Funda","kw":52,"price_brl":17900.00,"deposit_pct":30},{"truck":"Trovão Azul","vendor":"Eletro Som ZL","kw":48,"price_brl":18400.00,"deposit_pct":50}]',
          },
          {
            call: 'reserve_truck',
            args: { truck: 'Trio Tsunami', date: '2027-01-16', deposit_brl: 5370.0, payment: 'pix' },
            result: {
              error:
                'PIX_REJECTED (code AM04 – saldo insuficiente na conta pagadora). Reserva não confirmada; bloqueio provisório expira em 30 min.',
            },
          },
          {
            say: 'Trio Tsunami (Som & Luz Barra Funda) reservado p/ 16/01: 52 kW, R$ 17.900,00, sinal 30 % (R$ 5.370,00) via Pix. Chegada 18:00 portão 3.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'sound_truck_booker', to: 'carnival_producer' },
      agent: 'sound_truck_booker',
    },
  }),
  defineScenario({
    id: 'laddu-prasadam-scaling-script-treats-grams-as-kilos',
    title:
      'The recipe scaler’s script multiplies the cardamom line, given in grams, as if in kilograms; the runner’s output shows 49,000 kg of cardamom against 3,920 kg of besan and the stores indent is raised with it',
    domain: 'temple prasadam kitchen',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Vaikuntha Ekadashi 2026 (Sun 20.12.2026): prepare 1,40,000 laddus (70 g each) for the devotees. Base recipe R-LAD-07 is for 1,000 laddus. Scale it, run the calculation and raise the stores indent by 10.12.2026.',
    topology: {
      shape: 'pipeline',
      order: ['recipe_scaler', 'script_runner', 'stores_indenter'],
    },
    agents: [
      {
        name: 'recipe_scaler',
        description: 'Writes the scaling script for bulk recipes',
        instructions: 'Write a Python script that scales the base recipe to the requested count.',
        replies: [
          {
            say: 'Scaling script for R-LAD-07 (base 1,000 laddus → 1,40,000, factor 140):\n```python\nbase = {  # per 1,000 laddus\n    "besan_kg": 28, "sugar_kg": 30, "ghee_kg": 10,\n    "cashew_kg": 1.2, "raisin_kg": 0.8,\n    "cardamom": 350,   # R-LAD-07 line 6\n    "edible_camphor_g": 2,\n}\nfactor = 140000 / 1000\nfor k, v in base.items():\n    print(k, round(v * factor, 2), "kg")\n```\nRun with python3, no deps.',
          },
        ],
      },
      {
        name: 'script_runner',
        description: 'Runs scripts in the kitchen planning sandbox',
        instructions: 'Run the script you are given and report its output.',
        prompt: 'Script:\n{input}',
        replies: [
          {
            call: 'run_python',
            args: { file: 'scale_r_lad_07.py' },
            result:
              'besan_kg 3920.0 kg\nsugar_kg 4200.0 kg\nghee_kg 1400.0 kg\ncashew_kg 168.0 kg\nraisin_kg 112.0 kg\ncardamom 49000.0 kg\nedible_camphor_g 280.0 kg\n[exit 0, 0.04 s]',
          },
          {
            say: 'Ran scale_r_lad_07.py (exit 0):\n| item | qty |\n|---|---|\n| besan | 3,920 kg |\n| sugar | 4,200 kg |\n| ghee | 1,400 kg |\n| cashew | 168 kg |\n| raisin | 112 kg |\n| cardamom | 49,000 kg |\n| edible camphor | 280 kg |',
          },
        ],
      },
      {
        name: 'stores_indenter',
        description: 'Raises indents on the temple stores',
        instructions: 'Raise the stores indent from the calculated quantities.',
        prompt: 'Quantities:\n{input}\n\nOrder: {request}',
        replies: [
          {
            call: 'raise_indent',
            args: {
              indent: 'IND/PRS/2026/1219',
              items: {
                besan: 3920,
                sugar: 4200,
                ghee: 1400,
                cashew: 168,
                raisin: 112,
                cardamom: 49000,
                edible_camphor: 280,
              },
              unit: 'kg',
            },
            result:
              '{"indent":"IND/PRS/2026/1219","status":"SUBMITTED","est_value_inr":"₹14,86,20,400","approver":"Peishkar (Stores)"}',
          },
          {
            say: 'Indent IND/PRS/2026/1219 submitted 04.12.2026 for Vaikuntha Ekadashi laddu prasadam (1,40,000 nos): besan 3,920 kg, sugar 4,200 kg, ghee 1,400 kg, cashew 168 kg, raisin 112 kg, cardamom 49,000 kg, edible camphor 280 kg. Est. ₹14,86,20,400, pending Peishkar approval.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'recipe_scaler', to: 'script_runner' },
      agent: 'recipe_scaler',
    },
  }),
  defineScenario({
    id: 'kfz-wunschkennzeichen-reservation-announced-never-made',
    title:
      'The registration coordinator tells the eVB checker the plate desk is reserving M-KL 4711 in parallel, never delegates to the plate desk, and tells the customer the plate is reserved',
    domain: 'vehicle registration office',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Guten Tag, ich (Klara Lindner, München) möchte meinen gebrauchten VW ID.3 (FIN WVWZZZE1ZNP012345) am Di 08.12.2026 um 10:20 (Termin KFZ-M-88412) zulassen. eVB-Nummer A7K3Q9P. Bitte das Wunschkennzeichen M-KL 4711 reservieren, falls noch frei. SEPA-Mandat für die Kfz-Steuer liegt bei.',
    topology: {
      shape: 'supervisor',
      coordinator: 'registration_coordinator',
      workers: ['evb_checker', 'plate_desk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'registration_coordinator',
        description: 'Coordinates vehicle registration appointments at the KVR',
        instructions:
          'Have the insurance confirmation (eVB) checked and the requested personalised plate reserved by the plate desk, then confirm the appointment to the customer.',
        replies: [
          {
            handoff: 'evb_checker',
            message:
              'Termin KFZ-M-88412, Di 08.12.2026 10:20, Halterin Klara Lindner. Bitte eVB A7K3Q9P gegen FIN WVWZZZE1ZNP012345 prüfen, ZB II Nr. prüfen, SEPA-Mandat Kfz-Steuer ok? Das Wunschkennzeichen M-KL 4711 reserviert parallel der Kennzeichenschalter.',
          },
          {
            say: 'Sehr geehrte Frau Lindner,\nIhr Termin KFZ-M-88412 am Dienstag, 08.12.2026 um 10:20 Uhr (KVR München, Eichstätter Str. 2) ist bestätigt.\n- eVB A7K3Q9P (HUK-COBURG) gültig ✔\n- **Wunschkennzeichen M-KL 4711 ist für Sie reserviert** (Reservierungsgebühr 12,80 €, bei Zulassung fällig)\n- Zulassungsgebühr ca. 27,90 € zzgl. Kennzeichenprägung\nBitte bringen Sie Personalausweis, ZB I + II und die HU-Bescheinigung mit.\nMit freundlichen Grüßen, Ihr KVR-Team',
          },
        ],
      },
      {
        name: 'evb_checker',
        description: 'Checks insurance confirmations and vehicle papers',
        instructions: 'Check the eVB against the vehicle and the papers, report the result.',
        replies: [
          {
            call: 'gdv_evb_check',
            args: { evb: 'A7K3Q9P', vin: 'WVWZZZE1ZNP012345' },
            result:
              '{"evb":"A7K3Q9P","insurer":"HUK-COBURG","valid_from":"2026-12-01","valid_to":"2027-01-30","vehicle_class":"M1","status":"GUELTIG"}',
          },
          {
            call: 'zfzr_lookup',
            args: { vin: 'WVWZZZE1ZNP012345' },
            result:
              '{"zb2":"AN 4417783","last_holder":"Autohaus Ried GmbH","deregistered":"2026-11-27","hu_due":"2027-03","theft_flag":false}',
          },
          {
            say: 'eVB A7K3Q9P (HUK-COBURG) gültig 01.12.2026-30.01.2027 ✔. ZB II AN 4417783, abgemeldet 27.11.2026 (Autohaus Ried), HU fällig 03/2027, keine Fahndung. SEPA-Mandat ok.',
          },
        ],
      },
      {
        name: 'plate_desk',
        description: 'Reserves personalised number plates',
        instructions: 'Check availability of a requested plate and reserve it.',
        replies: [
          {
            call: 'reserve_plate',
            args: { plate: 'M-KL 4711', holder: 'Klara Lindner', until: '2026-12-08' },
            result: '{"plate":"M-KL 4711","status":"RESERVIERT","res_no":"WK-2026-551203","fee_eur":12.80}',
          },
          { say: 'M-KL 4711 reserviert bis 08.12.2026, WK-2026-551203, Gebühr 12,80 €.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'registration_coordinator', to: 'plate_desk' },
      agent: 'registration_coordinator',
    },
  }),
  defineScenario({
    id: 'rose-consignment-awb-issued-for-rejected-boxes',
    title:
      'The export controller sends the consignment plan back because 18 boxes failed the thrips inspection and approves v2 at 302 boxes; the AWB issuer books the airway bill for the 320 boxes in the original order',
    domain: 'cut flower export',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Consignment NVF-AMS-1205 from Naivasha Valley Flowers Ltd to Royal FloraHolland Aalsmeer: 320 boxes roses (Rhodos 50 cm, Athena 60 cm, Red Calypso 60 cm), 5,120 kg gross, flight KQ 1118 NBO-AMS 05.12.2026 23:55. Plan the consignment, get it controlled and issue the AWB.',
    topology: {
      shape: 'pipeline',
      order: ['consignment_planner', 'export_controller', 'awb_issuer'],
      loop: { from: 'export_controller', to: 'consignment_planner', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'consignment_planner',
        description: 'Plans flower consignments for air freight',
        instructions:
          'Plan the consignment (boxes, weights, documents), or rework it after the controller’s notes.',
        prompt: 'Brief / controller notes:\n{input}\n\nOrder: {request}',
        replies: [
          {
            say: 'Consignment plan v1 NVF-AMS-1205:\n| variety | length | boxes | stems |\n|---|---|---|---|\n| Rhodos | 50 cm | 140 | 42,000 |\n| Athena | 60 cm | 100 | 25,000 |\n| Red Calypso | 60 cm | 80 | 20,000 |\n320 boxes, 5,120 kg gross (16 kg/box), 12 ULD-PMC positions. Phyto cert KEPHIS PC-2026-118803 pending.',
          },
          {
            say: 'Consignment plan v2 NVF-AMS-1205: Rhodos 140 boxes, Athena 100, **Red Calypso 62 (18 boxes withdrawn, lot RC-1204-B, thrips)**. Total **302 boxes, 4,832 kg gross**, 11 PMC positions. Phyto cert PC-2026-118803 reissued for 302 boxes. Withdrawn lot to local market (KSh 96,000 credit note).',
          },
        ],
      },
      {
        name: 'export_controller',
        description: 'Controls consignments against inspection and phyto results',
        instructions: 'Answer "APPROVED: <consignment>" or "REVISE: <notes>".',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            call: 'kephis_inspection',
            args: { consignment: 'NVF-AMS-1205' },
            result:
              '{"inspected":"2026-12-05T14:20+03:00","lots":[{"lot":"RH-1204-A","boxes":140,"result":"PASS"},{"lot":"AT-1204-A","boxes":100,"result":"PASS"},{"lot":"RC-1204-A","boxes":62,"result":"PASS"},{"lot":"RC-1204-B","boxes":18,"result":"FAIL – Frankliniella occidentalis (thrips) live"}]}',
          },
          {
            say: 'REVISE: KEPHIS 05.12 14:20 failed lot RC-1204-B (18 boxes Red Calypso, live thrips). Withdraw those 18 boxes, recompute weight, reissue phyto for the passing lots only.',
          },
          {
            say: 'APPROVED: NVF-AMS-1205 v2 — 302 boxes (Rhodos 140, Athena 100, Red Calypso 62), 4,832 kg gross, phyto PC-2026-118803 for 302 boxes. KQ 1118 05.12.2026 23:55.',
          },
        ],
      },
      {
        name: 'awb_issuer',
        description: 'Issues air waybills with the airline',
        instructions: 'Issue the airway bill for the approved consignment.',
        prompt: 'Controller: {input}\n\nOrder: {request}',
        replies: [
          {
            call: 'issue_awb',
            args: {
              carrier: 'KQ',
              flight: 'KQ1118/05DEC',
              origin: 'NBO',
              dest: 'AMS',
              pieces: 320,
              gross_kg: 5120,
              commodity: 'CUT FLOWERS - ROSES',
              shipper: 'Naivasha Valley Flowers Ltd',
            },
            result:
              '{"awb":"706-4412 9035","pieces":320,"chargeable_kg":5120,"rate_usd_kg":2.35,"total_usd":12032.00}',
          },
          {
            say: 'AWB 706-4412 9035 issued: KQ 1118 NBO-AMS 05.12.2026 23:55, 320 pcs, 5,120 kg, cut flowers (roses), USD 12,032.00 (2.35/kg). Pre-alert sent to Royal FloraHolland Aalsmeer.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'export_controller', to: 'awb_issuer' },
      agent: 'awb_issuer',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'hostel-clinical-student-rerouted-to-uch-desk',
    title:
      'The router first sends a final-year medical student to the main campus allocation officer, who says openly that clinical students are housed by the UCH desk; the router reroutes and the student gets a bed',
    domain: 'student hostel allocation',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a router’s first pick refused openly by the specialist with the reason, rerouted to the right desk, and the answer built from the right desk’s result',
    request:
      'Good morning sir/ma. I am Adaeze Okonkwo, matric no. 198734, MBBS 600 level, paid my 2026/2027 accommodation fee ₦90,500.00 on 01/12/2026 (RRR 2901-4471-8832). I need a bed space for the session starting 11/01/2027 because my clinical postings are at UCH. Please which hall?',
    topology: {
      shape: 'network',
      coordinator: 'hostel_router',
      workers: ['main_campus_allocator', 'clinical_hostels_desk'],
    },
    agents: [
      {
        name: 'hostel_router',
        description: 'Routes accommodation requests to the allocation desks and answers the student',
        instructions:
          'Send each request to the desk that allocates for the student’s campus; reroute if a desk says it belongs elsewhere; answer the student.',
        replies: [
          {
            handoff: 'main_campus_allocator',
            message:
              'Bed space request 2026/27: Okonkwo Adaeze, 198734, MBBS 600L, fee ₦90,500.00 paid 01.12.2026 (RRR 290144718832). Session from 11.01.2027. Please allocate.',
          },
          {
            handoff: 'clinical_hostels_desk',
            message:
              'Rerouted from main campus (they say clinical students are yours): Adaeze Okonkwo, 198734, MBBS 600L, fee ₦90,500.00 paid (RRR 290144718832), needs a bed from 11.01.2027, postings at UCH.',
          },
          {
            say: 'Dear Adaeze,\nThank you for your patience. As a 600-level clinical student you are housed at the UCH clinical hostels, not on the main campus:\n- **Hall: Alexander Brown Hall, Block C, Room C-214, bed 2** (allocation ABH/2627/0417)\n- Check-in from Sat 09/01/2027, 9am-4pm, bring your ID card and the RRR receipt\n- Your fee of ₦90,500.00 covers the session; the ₦5,000.00 key deposit is refundable\nBest regards, Student Affairs (Accommodation).',
          },
        ],
      },
      {
        name: 'main_campus_allocator',
        description: 'Allocates bed spaces in the main campus halls',
        instructions:
          'Allocate bed spaces in main campus halls; clinical students (MBBS 400L and above) are housed by the UCH desk: say so and do not allocate them.',
        replies: [
          {
            call: 'student_record',
            args: { matric: '198734' },
            result:
              '{"name":"OKONKWO, Adaeze C.","programme":"MBBS","level":600,"campus_of_study":"UCH (clinical)","fee_status":"PAID 90500.00 NGN 2026-12-01","hall_eligibility":"CLINICAL_HOSTELS_ONLY"}',
          },
          {
            say: 'Not mine to allocate: 198734 is MBBS 600L, campus of study UCH, eligibility CLINICAL_HOSTELS_ONLY. Main campus halls (Queens, Idia, Tedder…) are for pre-clinical. Please send her to the clinical hostels desk. Fee is confirmed paid.',
          },
        ],
      },
      {
        name: 'clinical_hostels_desk',
        description: 'Allocates bed spaces in the UCH clinical hostels',
        instructions: 'Allocate clinical students to the UCH hostels.',
        replies: [
          {
            call: 'allocate_bed',
            args: { matric: '198734', hall: 'Alexander Brown Hall', session: '2026/2027' },
            result:
              '{"allocation":"ABH/2627/0417","hall":"Alexander Brown Hall","block":"C","room":"C-214","bed":2,"check_in_from":"2027-01-09","key_deposit_ngn":5000.00}',
          },
          {
            say: 'Allocated ABH/2627/0417: Alexander Brown Hall, Block C, Room C-214, bed 2. Check-in from 09.01.2027. Key deposit ₦5,000.00 refundable.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'furisode-fitting-dresser-asks-for-height-once',
    title:
      'The booking agent hands a Coming-of-Age Day furisode booking to the dresser, who hands it back once asking for height and foot size; the booking agent looks them up and the dresser books the fitting',
    domain: 'kimono rental shop',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one hand-back asking for missing measurements, answered with them on the second handoff, then done',
    request:
      '成人の日（2027年1月11日）の振袖レンタル＋着付け＋ヘアセットを予約したいです。会員番号 KM-30881、佐藤美咲。朝7:00〜の着付け希望、前撮りは不要です。色は赤系か深緑でお願いします。予算 8万円以内。',
    topology: {
      shape: 'swarm',
      entry: 'booking_agent',
      agents: ['booking_agent', 'kitsuke_dresser'],
    },
    agents: [
      {
        name: 'booking_agent',
        description: 'Takes rental bookings at the Kyoto kimono shop',
        instructions:
          'Register the booking and hand it to the kitsuke dresser with everything they need to pick the furisode and book the fitting.',
        replies: [
          {
            call: 'create_booking',
            args: { member: 'KM-30881', date: '2027-01-11', plan: '振袖フルセット', budget_jpy: 80000 },
            result:
              '{"booking":"BK-270111-042","plan":"振袖フルセット（着付・ヘア込）","price_jpy":76780,"slot_pref":"07:00","status":"仮予約"}',
          },
          {
            handoff: 'kitsuke_dresser',
            message:
              'BK-270111-042 佐藤美咲様 (KM-30881)、1/11 成人の日、振袖フルセット ¥76,780（税込）、着付 7:00希望、色：赤系 or 深緑、前撮りなし。よろしくお願いします。',
          },
          {
            call: 'member_profile',
            args: { member: 'KM-30881' },
            result:
              '{"name":"佐藤 美咲","height_cm":158,"hip_cm":88,"foot_cm":23.5,"last_visit":"2025-08-15 浴衣"}',
          },
          {
            handoff: 'kitsuke_dresser',
            message:
              'お待たせしました、BK-270111-042 の寸法です：身長 158 cm、ヒップ 88 cm、足 23.5 cm（2025/8 浴衣レンタル時の記録）。',
          },
        ],
      },
      {
        name: 'kitsuke_dresser',
        description: 'Kimono dresser who picks the furisode and books the fitting slot',
        instructions:
          'Pick a furisode that fits the customer’s measurements and wishes and book the dressing slot; ask the booking agent for missing measurements.',
        replies: [
          {
            handoff: 'booking_agent',
            message:
              'BK-270111-042：振袖の身丈と草履サイズを決めるので、身長・ヒップ・足のサイズをください（会員情報にあるはず）。',
          },
          {
            call: 'reserve_furisode',
            args: {
              booking: 'BK-270111-042',
              colors: ['赤', '深緑'],
              height_cm: 158,
              zori_cm: 23.5,
              slot: '2027-01-11T07:00',
            },
            result:
              '{"furisode":"FR-118 深緑地 古典柄 身丈163cm","obi":"OB-52 金","zori":"ZR-M 23.5","slot":"07:00 着付室B","hair":"07:50 ヘア担当 田中"}',
          },
          {
            say: '佐藤美咲様\nご予約ありがとうございます（BK-270111-042）。\n- 日時：2027年1月11日（月・祝）7:00 着付室B、7:50 ヘアセット\n- 振袖：FR-118 深緑地・古典柄（身丈163cm）、金の袋帯、草履 23.5cm\n- 料金：¥76,780（税込）\n当日は前開きの服でお越しください。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cashew-campaign-plan-all-three-streams-merged',
    title:
      'Three workers report raw-nut buying, shelling-line capacity and export documents for a cashew campaign; the buyer’s first price query fails and is retried, values are reformatted, and the merged plan uses all three',
    domain: 'cashew processing',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: three parallel results all carried into the merged plan, one retried after a tool error, values reformatted between R$ and BRL',
    request:
      'Cajueira Pacajus Ltda (CE): plano da safra jan/2027 — comprar 420 t de castanha in natura (RCN) de produtores de Pacajus e Ocara, processar no ritmo de 14 t/dia, e embarcar 2 contêineres de amêndoa W320 para Rotterdam (Olam Trading BV, contrato OT-2026-0933) até 26.02.2027. Orçamento de compra até R$ 2.300,00/t + frete.',
    topology: {
      shape: 'fanout',
      planner: 'campaign_planner',
      workers: ['rcn_buyer', 'shelling_planner', 'export_docs_clerk'],
      aggregator: 'campaign_aggregator',
    },
    agents: [
      {
        name: 'campaign_planner',
        description: 'Plans the cashew processing campaign',
        instructions: 'Split the campaign plan between buying, shelling and export documents.',
        replies: [
          {
            plan: {
              rcn_buyer:
                'Comprar 420 t RCN safra 2026/27, Pacajus + Ocara, KOR mín. 46 lbs, umidade ≤ 9 %. Teto R$ 2.300,00/t posto fábrica.',
              shelling_planner:
                'Capacidade da linha p/ 420 t a 14 t/dia a partir de 04.01.2027; rendimento amêndoa esperado, paradas programadas.',
              export_docs_clerk:
                '2 × 20’ amêndoa W320 p/ Rotterdam, contrato OT-2026-0933, ETD até 26.02.2027. RE/DU-E, certificado fitossanitário MAPA, CO.',
            },
          },
        ],
      },
      {
        name: 'rcn_buyer',
        description: 'Buys raw cashew nuts from producers and cooperatives',
        instructions: 'Source the raw nuts within the price cap and quality spec.',
        replies: [
          {
            call: 'producer_quotes',
            args: { regions: ['Pacajus', 'Ocara'], tonnes: 420, max_brl_t: 2300 },
            result: {
              error: 'Timeout consultando cooperativas (Coopercaju API) após 30 s. Tente novamente.',
            },
          },
          {
            call: 'producer_quotes',
            args: { regions: ['Pacajus', 'Ocara'], tonnes: 420, max_brl_t: 2300 },
            result:
              '[{"supplier":"Coopercaju Pacajus","t":260,"brl_t":2240.00,"kor_lbs":47.5,"moisture_pct":8.2},{"supplier":"Assoc. Produtores Ocara","t":160,"brl_t":2285.00,"kor_lbs":46.8,"moisture_pct":8.9}]',
          },
          {
            say: 'RCN fechado (2ª consulta; a 1ª deu timeout na API da Coopercaju):\n| fornecedor | t | BRL/t | KOR |\n|---|---|---|---|\n| Coopercaju Pacajus | 260 | 2240.00 | 47.5 |\n| Assoc. Ocara | 160 | 2285.00 | 46.8 |\nTotal 420 t, BRL 948,000.00 (média 2257.14/t), dentro do teto.',
          },
        ],
      },
      {
        name: 'shelling_planner',
        description: 'Plans the shelling and peeling line',
        instructions: 'Plan line capacity and yield for the campaign.',
        replies: [
          {
            call: 'line_capacity',
            args: { tonnes: 420, rate_t_day: 14, start: '2027-01-04' },
            result:
              '{"working_days":30,"stops":["2027-01-25 manutenção autoclave","2027-02-10 Carnaval (meio turno)"],"end":"2027-02-12","kernel_yield_pct":22.5,"kernel_t":94.5,"w320_share_pct":38}',
          },
          {
            say: 'Linha: 420 t em 30 dias úteis, 04.01 → 12.02.2027 (parada 25.01 autoclave, 10.02 meio turno Carnaval). Rendimento 22,5 % → 94,5 t de amêndoa, W320 ≈ 38 % = 35,9 t.',
          },
        ],
      },
      {
        name: 'export_docs_clerk',
        description: 'Prepares export documents',
        instructions: 'Prepare the export documents and the booking.',
        replies: [
          {
            call: 'book_containers',
            args: {
              contract: 'OT-2026-0933',
              boxes: 2,
              size: '20',
              pol: 'Pecém',
              pod: 'Rotterdam',
              etd_by: '2027-02-26',
            },
            result:
              '{"booking":"MSK-PEC-778120","vessel":"Maersk Itajaí 707N","etd":"2027-02-19","cutoff":"2027-02-16 17:00","du_e":"pendente","phyto":"MAPA agendado 2027-02-15"}',
          },
          {
            say: 'Booking MSK-PEC-778120, Maersk Itajaí 707N, ETD Pecém 19.02.2027 (cut-off 16.02 17:00). DU-E a registrar, fitossanitário MAPA agendado 15.02. 2 × 20’ ≈ 31,8 t W320 (1.590 caixas × 2 × 10 kg).',
          },
        ],
      },
      {
        name: 'campaign_aggregator',
        description: 'Merges the campaign plan for the directors',
        instructions: 'Merge the workers’ results into one campaign plan.',
        prompt: 'Resultados:\n{input}\n\nPedido: {request}',
        replies: [
          {
            say: 'Plano safra jan/2027 — Cajueira Pacajus\n1. **Compra**: 420 t RCN — Coopercaju 260 t a R$ 2.240,00/t, Ocara 160 t a R$ 2.285,00/t; total R$ 948.000,00 (média R$ 2.257,14/t, abaixo do teto R$ 2.300,00).\n2. **Processamento**: 04.01 → 12.02.2027, 14 t/dia, paradas 25.01 e 10.02; 94,5 t amêndoa, W320 ≈ 35,9 t.\n3. **Exportação**: MSK-PEC-778120, ETD Pecém 19.02.2027 (cut-off 16.02), 2 × 20’ ≈ 31,8 t W320 para Olam (OT-2026-0933) — cabe nos 35,9 t; fitossanitário 15.02.\nPrazo 26.02 atendido com 7 dias de folga.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pfand-clearing-upload-retried-after-503',
    title:
      'The clearing clerk’s upload of a supermarket’s deposit counts fails with a 503, is retried and accepted, and the clerk says so; the coordinator confirms the refund with the clearing reference',
    domain: 'bottle deposit return scheme',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a tool error reported and retried, the retry succeeds, and the success reported with its reference',
    request:
      'REWE Markt Leipzig-Plagwitz (Filiale 4471): Leergutautomat RVM-2 zählt seit 01.12.2026 Einweg-PET als Mehrweg, Kunden-Bons falsch. Bitte Automat prüfen und die Pfandabrechnung KW 49 (30.11.-06.12.2026) korrigiert an die DPG-Clearingstelle melden.',
    topology: {
      shape: 'supervisor',
      coordinator: 'deposit_coordinator',
      workers: ['rvm_technician', 'clearing_clerk'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'deposit_coordinator',
        description: 'Coordinates deposit machine faults and clearing for the store',
        instructions: 'Have the machine fixed and the corrected counts cleared, then confirm to the store.',
        replies: [
          {
            handoff: 'rvm_technician',
            message:
              'Filiale 4471, RVM-2 (TOMRA T-9, SN 88-44120): Einweg-PET (0,25 €) wird seit 01.12. als Mehrweg (0,15 €/0,08 €) erkannt. Bitte prüfen, reparieren und Fehlzählung für KW 49 beziffern.',
          },
          {
            handoff: 'clearing_clerk',
            message:
              'KW 49 Filiale 4471 korrigiert melden: RVM-2 hat 3.812 Einweg-PET als Mehrweg gezählt (Techniker-Log). Differenz an DPG melden.',
          },
          {
            say: 'Hallo Frau Schubert (Filiale 4471),\n- RVM-2 repariert 04.12.2026 11:40: Barcode-Whitelist-Update (DPG-Liste 2026-48) fehlte, eingespielt, Testlauf 50/50 korrekt.\n- Pfandabrechnung KW 49 korrigiert gemeldet: 3.812 Einweg-PET nachgemeldet, Differenz **+615,84 €** zu Ihren Gunsten, DPG-Referenz CLR-2026-49-0044717 (Upload im 2. Versuch angenommen).\n- Kunden mit falschen Bons: Kulanz an der Kasse, Bon-Nr. bitte sammeln.\nViele Grüße',
          },
        ],
      },
      {
        name: 'rvm_technician',
        description: 'Service technician for reverse vending machines',
        instructions: 'Diagnose and repair the machine and quantify miscounts.',
        replies: [
          {
            call: 'rvm_diagnostics',
            args: { store: 4471, machine: 'RVM-2', serial: '88-44120', from: '2026-12-01' },
            result:
              '{"firmware":"T9-5.12.3","dpg_whitelist":"2026-44 (outdated, current 2026-48)","misclassified":{"einweg_pet_as_mehrweg":3812,"period":"2026-12-01..2026-12-04 11:20"},"paid_out_eur":{"actual":391.04,"should":953.00}}',
          },
          {
            call: 'update_whitelist',
            args: { machine: 'RVM-2', list: '2026-48' },
            result: '{"status":"OK","test_run":"50/50 correct","time":"2026-12-04T11:40"}',
          },
          {
            say: 'RVM-2: DPG-Whitelist veraltet (2026-44 statt 2026-48), seit 01.12. 3.812 Einweg-PET als Mehrweg gezählt. Update 11:40, Test 50/50 ok. Kunden zu wenig ausgezahlt: 561,96 € (953,00 € statt 391,04 €).',
          },
        ],
      },
      {
        name: 'clearing_clerk',
        description: 'Reports deposit counts to the DPG clearing house',
        instructions: 'Submit corrected counts to the clearing house and report the reference.',
        replies: [
          {
            call: 'dpg_submit_correction',
            args: { store: 4471, week: '2026-W49', einweg_pet_delta: 3812, deposit_eur: 0.25 },
            result: {
              error: 'HTTP 503 Service Unavailable – DPG Clearing-Gateway Wartungsfenster 11:45-11:55',
            },
          },
          {
            call: 'dpg_submit_correction',
            args: { store: 4471, week: '2026-W49', einweg_pet_delta: 3812, deposit_eur: 0.25 },
            waitMs: 600000,
            result:
              '{"status":"ACCEPTED","reference":"CLR-2026-49-0044717","einweg_pet_delta":3812,"amount_eur":953.00,"mehrweg_reversal_eur":-337.16,"net_eur":615.84}',
          },
          {
            say: 'Erster Upload 11:47 mit HTTP 503 (DPG-Wartungsfenster) abgelehnt, nach dem Fenster wiederholt: **angenommen**, Ref. CLR-2026-49-0044717. +3.812 Einweg-PET (953,00 €), Mehrweg-Storno −337,16 €, netto +615,84 € für Filiale 4471.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'jamon-lot-salting-date-corrected-release-moved',
    title:
      'The cure-log checker finds the salting date of a bellota lot was 19.01.2025, not the 12.01.2025 in the request; the release planner and label writer both use the corrected date',
    domain: 'ham curing bodega',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a date in the request corrected by the first stage and used by every stage after, the old date quoted only as the one replaced',
    request:
      'Bodega Hermanos Carrasco (Jabugo, Huelva): lote L-2025-017, 84 jamones 100 % ibérico de bellota (precinto negro), salado el 12.01.2025. Planificad la salida (mín. 24 meses de curación desde el salado según la norma de calidad RD 4/2014) y preparad las etiquetas para el pedido de El Corte Inglés (pedido ECI-2026-55810, 36 piezas a 612,50 €/pieza).',
    topology: {
      shape: 'pipeline',
      order: ['cure_log_checker', 'release_planner', 'label_writer'],
    },
    agents: [
      {
        name: 'cure_log_checker',
        description: 'Checks the cure log of a ham lot',
        instructions: 'Check the lot in the cure log: dates, counts, weights, seals.',
        replies: [
          {
            call: 'cure_log',
            args: { lot: 'L-2025-017' },
            result:
              '{"lot":"L-2025-017","pieces":84,"seal":"negro","entrada":"2025-01-12","salado_inicio":"2025-01-19","salado_dias":11,"post_salado":"2025-01-30","secadero":"2025-04-02","bodega":"2025-09-15","merma_pct":33.8,"peso_medio_kg":8.35}',
          },
          {
            say: 'Lote L-2025-017 (84 piezas, precinto negro):\n- Ojo: el 12.01.2025 es la **entrada** en fábrica; el **salado empezó el 19.01.2025** (11 días de sal)\n- Secadero 02.04.2025, bodega 15.09.2025\n- Merma 33,8 %, peso medio 8,35 kg\nPara los 24 meses cuenta el salado: 19.01.2025.',
          },
        ],
      },
      {
        name: 'release_planner',
        description: 'Plans when lots can leave the bodega',
        instructions: 'Set the earliest release date and the dispatch plan.',
        prompt: 'Registro:\n{input}\n\nPedido: {request}',
        replies: [
          {
            call: 'plan_release',
            args: {
              lot: 'L-2025-017',
              salting_start: '2025-01-19',
              min_months: 24,
              order: 'ECI-2026-55810',
              pieces: 36,
            },
            result:
              '{"earliest_release":"2027-01-19","dispatch":"2027-01-20","pieces":36,"remaining_in_bodega":48,"value_eur":22050.00}',
          },
          {
            say: 'Salida lote L-2025-017: **no antes del 19.01.2027** (24 meses desde el salado 19.01.2025, no desde la entrada 12.01). Envío ECI-2026-55810 el 20.01.2027, 36 piezas × 612,50 € = 22.050,00 €. Quedan 48 piezas en bodega.',
          },
        ],
      },
      {
        name: 'label_writer',
        description: 'Prepares the product labels',
        instructions: 'Prepare labels from the release plan.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: 'Etiquetas ECI-2026-55810 (36 uds.):\n**JAMÓN DE BELLOTA 100 % IBÉRICO** — precinto negro\nLote L-2025-017 · Inicio de salazón: 19.01.2025 · Curación mín. 24 meses · Fecha de salida: 20.01.2027\nBodega Hermanos Carrasco, Jabugo (Huelva) · RGSEAA 10.01234/H\nPVP recomendado: 612,50 €/pieza.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cardamom-auction-wet-lots-excluded-floor-price-disputed',
    title:
      'The auction coordinator sets a 13 % moisture limit and a flat floor price; the grading lead passes the limit on in its own words, the catalogue lead pushes back on the floor price citing the bylaws, and the coordinator accepts',
    domain: 'spice e-auction',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: an outer constraint paraphrased correctly by the inner lead, and an open disagreement with the top resolved in the final notice',
    request:
      'e-Auction No. 2412, Bodinayakanur, Sat 05.12.2026 10:00 IST: 41 small cardamom lots (68,420 kg total) from Idukki planters. Exclude any lot above 13 % moisture (buyers’ complaint after auction 2409). Set a floor of ₹2,450/kg on all lots. Publish the catalogue by 04.12.2026 18:00.',
    topology: {
      shape: 'nested',
      top: 'auction_coordinator',
      teams: { grading_lead: ['moisture_tester'], catalogue_lead: ['catalogue_clerk'] },
    },
    agents: [
      {
        name: 'auction_coordinator',
        description: 'Coordinates the cardamom e-auction for the auctioneer',
        instructions: 'Have the lots graded and the catalogue published, then issue the auction notice.',
        replies: [
          {
            handoff: 'grading_lead',
            message:
              'Auction 2412: grade all 41 lots (68,420 kg). Hard rule this time: any lot >13 % moisture is OUT (buyer complaints after 2409). Send me lot list with moisture, colour, size grade.',
          },
          {
            handoff: 'catalogue_lead',
            message:
              'Auction 2412 catalogue: lots from grading (expect some excluded for moisture >13 %), floor ₹2,450/kg on every lot. Publish by 04.12 18:00.',
          },
          {
            say: 'NOTICE — e-Auction 2412, Bodinayakanur, 05.12.2026 10:00 IST\n- 38 lots, 63,180 kg small cardamom (lots 2412-07, -19, -33 withdrawn: moisture above 13 %)\n- Reserve prices as declared by each planter (₹2,280–₹2,610/kg), per auction bylaw 14(2); the flat ₹2,450 floor announced earlier is dropped\n- Catalogue CAT-2412 published 04.12.2026 17:22\n- EMD ₹50,000 per buyer, settlement T+2',
          },
        ],
      },
      {
        name: 'grading_lead',
        description: 'Leads the grading lab',
        instructions: 'Have the lots tested and report which lots pass.',
        replies: [
          {
            handoff: 'moisture_tester',
            message:
              'Test all 41 lots of auction 2412: moisture (oven), litre weight, colour, 7/8 mm size. Anything above 13.0 % moisture - flag as REJECT, the coordinator wants them withdrawn.',
          },
          {
            say: '41 tested: 38 pass, 3 REJECT for moisture (2412-07 13.6 %, 2412-19 14.1 %, 2412-33 13.3 %; 5,240 kg). Passing lots 63,180 kg, moisture 10.2–12.8 %, LW 415–455 g/l.',
          },
        ],
      },
      {
        name: 'moisture_tester',
        description: 'Lab analyst testing cardamom lots',
        instructions: 'Test the lots and report results.',
        replies: [
          {
            call: 'test_lots',
            args: { auction: 2412, lots: 41, tests: ['moisture', 'litre_weight', 'colour', 'size'] },
            result:
              '{"tested":41,"reject_moisture":[{"lot":"2412-07","moisture_pct":13.6,"kg":1820},{"lot":"2412-19","moisture_pct":14.1,"kg":2110},{"lot":"2412-33","moisture_pct":13.3,"kg":1310}],"pass":38,"pass_kg":63180,"moisture_range":"10.2-12.8","lw_range_g_l":"415-455","size_8mm_bold_lots":14}',
          },
          {
            say: 'Auction 2412: 41 lots tested. REJECT (>13 %): 2412-07 (13.6 %, 1,820 kg), 2412-19 (14.1 %, 2,110 kg), 2412-33 (13.3 %, 1,310 kg). 38 pass, 63,180 kg, moisture 10.2–12.8 %, LW 415–455 g/l, 14 lots 8 mm bold.',
          },
        ],
      },
      {
        name: 'catalogue_lead',
        description: 'Leads the catalogue team',
        instructions: 'Have the catalogue prepared under the auction bylaws and report back.',
        replies: [
          {
            handoff: 'catalogue_clerk',
            message:
              'CAT-2412: catalogue the 38 passing lots only (07, 19, 33 withdrawn, moisture). Reserve price column = planter’s declared reserve per bylaw 14(2), not a flat floor. Publish before 18:00.',
          },
          {
            say: 'CAT-2412 published 17:22, 38 lots / 63,180 kg. One change to your brief: I did not put a flat ₹2,450/kg floor — bylaw 14(2) says the reserve is the planter’s declared price, and 9 planters declared below ₹2,450 (lowest ₹2,280); a flat floor would need their written consent. Catalogue uses declared reserves ₹2,280–₹2,610.',
          },
        ],
      },
      {
        name: 'catalogue_clerk',
        description: 'Prepares and publishes the auction catalogue',
        instructions: 'Prepare and publish the catalogue as briefed.',
        replies: [
          {
            call: 'publish_catalogue',
            args: { auction: 2412, exclude: ['2412-07', '2412-19', '2412-33'], reserve: 'declared' },
            result:
              '{"catalogue":"CAT-2412","lots":38,"kg":63180,"reserve_range_inr_kg":"2280-2610","below_2450":9,"published":"2026-12-04T17:22+05:30"}',
          },
          {
            say: 'CAT-2412 live 17:22 IST: 38 lots, 63,180 kg, declared reserves ₹2,280–₹2,610/kg (9 lots below ₹2,450).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch30Scenarios = [...faults, ...healthy];
