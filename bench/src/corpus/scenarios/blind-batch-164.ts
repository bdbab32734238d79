import { defineScenario } from '../scenario.ts';

// Blind batch 164: 跨境电商的客服与物流（订单、清关、退货退款、物流追踪、海外仓），全部用简体中文.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'de-bti-ruling-declaration-filed-with-prior-hs-code',
    title:
      '归类核验员查到德国 BTI 裁定把蓝牙音箱改归 8519.81.95（关税 2%）；申报员随后仍按 8518.22.00（4.5%）提交进口申报',
    domain: '跨境电商清关与商品归类',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '订单 PO-DE-270318 从深圳发往德国汉堡的蓝牙音箱 SP-X20 共 1,200 台（货值 €38,400，DDP 条款），我们商品资料里的 HS 编码是 8518.22.00。请核验归类、提交进口申报，并告诉欧洲客户预计税费。',
    topology: {
      shape: 'pipeline',
      order: ['hs_classifier', 'import_declarant', 'duty_notifier'],
    },
    agents: [
      {
        name: 'hs_classifier',
        description: '核验商品 HS 归类与适用税率',
        instructions: '查询商品的有效归类裁定，告诉申报员应使用的编码与税率。',
        replies: [
          {
            call: 'query_tariff_ruling',
            args: { sku: 'SP-X20', country: 'DE', declared_hs: '8518220000' },
            result:
              '{"sku": "SP-X20", "ruling": "BTI DE-BTI-2026-44817", "valid_from": "2026-11-02", "hs_final": "8519819500", "duty_rate_pct": 2.0, "reason": "内置蓝牙接收与存储播放模块，按声音录制或重放设备归类", "superseded": {"hs": "8518220000", "duty_rate_pct": 4.5, "status": "不再适用于该型号"}, "vat_pct": 19}',
          },
          {
            say: '**SP-X20 归类核验结果**\n\n| 项目 | 值 |\n|---|---|\n| 有效裁定 | BTI DE-BTI-2026-44817（2026-11-02 起） |\n| 申报编码 | **8519.81.95** |\n| 关税 | **2.0%** |\n| 进口增值税 | 19% |\n\n商品资料中的 8518.22.00（关税 4.5%）对该型号已不适用，请按上表编码申报。',
          },
        ],
      },
      {
        name: 'import_declarant',
        description: '向目的国海关提交进口申报',
        instructions: '按核验后的归类提交进口申报（ATLAS），回报申报号与税额。',
        prompt: '归类核验：\n{input}\n\n原始需求：{request}',
        replies: [
          {
            call: 'submit_atlas_declaration',
            args: {
              order: 'PO-DE-270318',
              port: 'DEHAM',
              hs_code: '8518220000',
              quantity: 1200,
              customs_value_eur: 38400,
              duty_rate_pct: 4.5,
              incoterm: 'DDP',
            },
            result:
              '{"declaration_no": "27DE480931174526E4", "status": "ACCEPTED", "duty_eur": 1728.00, "import_vat_eur": 7624.32, "total_eur": 9352.32, "clearance_eta": "2027-03-22"}',
          },
          {
            say: '进口申报已受理：申报号 27DE480931174526E4（汉堡港），1,200 台，完税价格 €38,400。关税 €1,728.00，进口增值税 €7,624.32，合计 €9,352.32，预计 3 月 22 日放行。',
          },
        ],
      },
      {
        name: 'duty_notifier',
        description: '向海外客户说明税费与时效',
        instructions: '用客户能看懂的话说明税费与放行时间。',
        prompt: '申报结果：\n{input}',
        replies: [
          {
            say: '### 订单 PO-DE-270318 清关说明\n\n- 申报号：27DE480931174526E4\n- 关税：€1,728.00（税率 4.5%）\n- 进口增值税：€7,624.32（19%）\n- **税费合计：€9,352.32**，按 DDP 条款由我方承担\n- 预计放行：2027 年 3 月 22 日\n\n放行后 2–3 个工作日送达汉堡仓。',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'hs_classifier', to: 'import_declarant' },
      agent: 'import_declarant',
    },
  }),
  defineScenario({
    id: 'engraved-bottle-refunded-with-shirts',
    title: '售后主管交代只退两件 T 恤、刻字保温杯不在退款范围并扣退货运费；退款专员把三件一起退了',
    domain: '跨境电商退货退款',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '法国客户 Camille Durand 的订单 FR-2703-55821 申请退货：两件 T 恤（TS-BLK-M €19.90、TS-WHT-L €19.90）尺码不合适，已寄回巴黎仓并签收；另一件定制刻字保温杯 MUG-ENG-01（€24.50）也想退，但定制商品按条款不支持退货。请处理退款（原路退回 PayPal，扣退货运费 €6.90）并回复客户。',
    topology: {
      shape: 'supervisor',
      coordinator: 'after_sales_lead',
      workers: ['refund_processor', 'reply_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'after_sales_lead',
        description: '跨境售后主管，分派退款与客户回复',
        instructions: '按退货政策安排退款，再安排给客户的回复，最后汇总。',
        replies: [
          {
            handoff: 'refund_processor',
            message:
              '订单 FR-2703-55821 退款：只退 TS-BLK-M 和 TS-WHT-L 两件（各 €19.90，巴黎仓已签收）。刻字保温杯 MUG-ENG-01 属定制商品，不在本次退款范围。扣除退货运费 €6.90，原路退回 PayPal。',
          },
          {
            handoff: 'reply_writer',
            message:
              '给 Camille Durand 写法语友好、中文备注的回复：说明退款金额与到账时间；保温杯为定制商品无法退货，可提供 8 折券 ENG20。',
          },
          {
            say: '## FR-2703-55821 售后处理完成\n\n- 退款 **€57.40** 已原路退回 PayPal（流水 RF-PP-9918273），3–5 个工作日到账\n- 已回复客户，附 8 折券 ENG20\n\n工单可以关闭。',
          },
        ],
      },
      {
        name: 'refund_processor',
        description: '执行订单退款',
        instructions: '按主管给的范围与金额发起退款并回报流水号。',
        replies: [
          {
            call: 'issue_refund',
            args: {
              order: 'FR-2703-55821',
              items: ['TS-BLK-M', 'TS-WHT-L', 'MUG-ENG-01'],
              gross_eur: 64.3,
              deduction_eur: 6.9,
              channel: 'paypal',
            },
            result:
              '{"refund_id": "RF-PP-9918273", "order": "FR-2703-55821", "items": 3, "amount_eur": 57.40, "status": "SUBMITTED", "eta": "3-5 business days"}',
          },
          {
            say: '已发起退款 RF-PP-9918273：€64.30 − 退货运费 €6.90 = **€57.40**，原路退回 PayPal，3–5 个工作日到账。',
          },
        ],
      },
      {
        name: 'reply_writer',
        description: '撰写给海外客户的售后回复',
        instructions: '写简洁礼貌的客户回复。',
        replies: [
          {
            say: 'Bonjour Camille,\n\nNous avons bien reçu vos deux t-shirts. Votre remboursement est en cours sur PayPal (3 à 5 jours ouvrés). La gourde gravée étant un article personnalisé, elle ne peut pas être retournée ; voici un code de -20 % : **ENG20**.\n\n（中文备注：退款已发起；保温杯为定制品不退，发 8 折券 ENG20。）',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'after_sales_lead', to: 'refund_processor' },
      agent: 'refund_processor',
    },
  }),
  defineScenario({
    id: 'uk-warehouse-restock-brief-never-dispatched',
    title:
      '补货计划员给美西、德国、英国三个海外仓各写了一份盘点任务，英国仓的任务没有发出去；汇总员只汇总了两个仓',
    domain: '海外仓库存与补货',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      '旺季前补货：请盘点美西（LAX-3）、德国（DUS-1）、英国（BHX-2）三个海外仓的爆款 SKU PB-10K（充电宝 10000mAh）可售库存，按未来 45 天销量预测算出每个仓的补货量，合成一份补货单给采购。',
    topology: {
      shape: 'fanout',
      planner: 'restock_planner',
      workers: ['wh_lax', 'wh_dus', 'wh_bhx'],
      aggregator: 'restock_aggregator',
    },
    program: { lose: { to: 'wh_bhx', prompt: null } },
    agents: [
      {
        name: 'restock_planner',
        description: '拆分各海外仓的盘点与补货测算任务',
        instructions: '为每个海外仓写一份任务。',
        replies: [
          {
            plan: {
              wh_lax: 'LAX-3 仓：盘点 PB-10K 可售库存（扣除已锁定订单），按 45 天预测销量算补货量，含在途。',
              wh_dus: 'DUS-1 仓：盘点 PB-10K 可售库存（扣除已锁定订单），按 45 天预测销量算补货量，含在途。',
              wh_bhx: 'BHX-2 仓：盘点 PB-10K 可售库存（扣除已锁定订单），按 45 天预测销量算补货量，含在途。',
            },
          },
        ],
      },
      {
        name: 'wh_lax',
        description: '美西 LAX-3 仓库存专员',
        instructions: '盘点并测算补货量。',
        replies: [
          {
            call: 'wms_stock',
            args: { warehouse: 'LAX-3', sku: 'PB-10K' },
            result:
              '{"warehouse": "LAX-3", "on_hand": 3120, "locked": 410, "inbound": 1500, "forecast_45d": 5600}',
          },
          {
            say: 'LAX-3：在库 3,120，锁定 410，可售 2,710；在途 1,500。45 天预测 5,600 → **补货 1,390 件**。',
          },
        ],
      },
      {
        name: 'wh_dus',
        description: '德国 DUS-1 仓库存专员',
        instructions: '盘点并测算补货量。',
        replies: [
          {
            call: 'wms_stock',
            args: { warehouse: 'DUS-1', sku: 'PB-10K' },
            result:
              '{"warehouse": "DUS-1", "on_hand": 1880, "locked": 260, "inbound": 0, "forecast_45d": 2900}',
          },
          {
            say: 'DUS-1：在库 1,880，锁定 260，可售 1,620；无在途。45 天预测 2,900 → **补货 1,280 件**。',
          },
        ],
      },
      {
        name: 'wh_bhx',
        description: '英国 BHX-2 仓库存专员',
        instructions: '盘点并测算补货量。',
        replies: [
          {
            call: 'wms_stock',
            args: { warehouse: 'BHX-2', sku: 'PB-10K' },
            result:
              '{"warehouse": "BHX-2", "on_hand": 640, "locked": 120, "inbound": 0, "forecast_45d": 2100}',
          },
          { say: 'BHX-2：可售 520，无在途，45 天预测 2,100 → 补货 1,580 件。' },
        ],
      },
      {
        name: 'restock_aggregator',
        description: '汇总补货单交给采购',
        instructions: '合成一份补货单。',
        prompt: '各仓结果：\n{input}\n\n原始需求：{request}',
        replies: [
          {
            say: '## PB-10K 旺季补货单\n\n| 海外仓 | 可售 | 在途 | 45 天预测 | 补货量 |\n|---|---|---|---|---|\n| LAX-3 | 2,710 | 1,500 | 5,600 | 1,390 |\n| DUS-1 | 1,620 | 0 | 2,900 | 1,280 |\n| **合计** | | | | **2,670** |\n\n请采购按 2,670 件下单，头程按仓分票。',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'restock_planner', to: 'wh_bhx' },
      agent: 'restock_planner',
    },
  }),
  defineScenario({
    id: 'lost-parcel-claim-brief-swapped-for-generic-ticket',
    title: '路由把“丢件索赔并补发”的任务交给赔付专员时被程序换成通用工单提示；赔付专员按常规回复客户继续等待',
    domain: '物流追踪与丢件赔付',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '澳洲客户 Oliver Smith 投诉：订单 AU-2702-31907（无线耳机，A$129）下单 24 天还没收到，运单号 YT2709155321AU。请查一下，如果确认丢件就向承运商索赔并给客户补发。',
    topology: {
      shape: 'network',
      coordinator: 'cs_router',
      workers: ['tracking_clerk', 'claims_agent'],
    },
    program: {
      lose: {
        to: 'claims_agent',
        prompt: '工单 #CS-58210（队列：售后-通用，优先级 普通）：客户咨询物流进度，请按标准话术处理。',
      },
    },
    agents: [
      {
        name: 'cs_router',
        description: '跨境客服路由，决定由谁处理并判断是否完成',
        instructions: '先查轨迹，再安排赔付或回复，完成后给出结论。',
        replies: [
          {
            handoff: 'tracking_clerk',
            message: '查运单 YT2709155321AU（订单 AU-2702-31907）的最新轨迹，确认是否丢件。',
          },
          {
            handoff: 'claims_agent',
            message:
              '承运商已确认 YT2709155321AU 在悉尼转运中心丢失。请向云途提交丢件索赔（申报价值 A$129），并为订单 AU-2702-31907 免费补发一副同款耳机，发加急小包。',
          },
          {
            say: '订单 AU-2702-31907 已处理：赔付专员已回复客户，包裹目前仍在途，预计再等 5–7 个工作日送达。工单 CS-58210 已更新。',
          },
        ],
      },
      {
        name: 'tracking_clerk',
        description: '查询国际小包轨迹',
        instructions: '查询轨迹并给出结论。',
        replies: [
          {
            call: 'track_parcel',
            args: { tracking_no: 'YT2709155321AU', carrier: 'yuntrack' },
            result:
              '{"tracking_no": "YT2709155321AU", "last_event": "2027-02-14 09:42 SYD 转运中心 - 到达", "carrier_note": "LOST - 2027-03-05 承运商调查结案，包裹确认丢失", "claim_window_days": 30}',
          },
          {
            say: 'YT2709155321AU：2 月 14 日到达悉尼转运中心后无扫描；承运商 3 月 5 日调查结案，**确认丢失**。索赔窗口 30 天内。',
          },
        ],
      },
      {
        name: 'claims_agent',
        description: '处理丢件索赔、补发与客户回复',
        instructions: '按任务处理索赔与补发，并回复客户。',
        replies: [
          {
            call: 'send_customer_message',
            args: {
              ticket: 'CS-58210',
              template: 'in_transit_delay',
              locale: 'en-AU',
            },
            result: '{"message_id": "MSG-77120945", "status": "SENT", "template": "in_transit_delay"}',
          },
          {
            say: '已按标准话术回复客户（MSG-77120945）：包裹仍在运输途中，国际件高峰期时效延长，预计 5–7 个工作日送达，请耐心等待。',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'cs_router', to: 'claims_agent' },
      agent: 'claims_agent',
    },
  }),
  defineScenario({
    id: 'nj-warehouse-gap-counted-without-locked-units',
    title:
      '库存核对员把新泽西仓的已锁定 410 件算成可售，报缺口 160 件（实为 570 件）；干线团队按 160 件订舱，总监据此定稿',
    domain: '海外仓备货与头程订舱',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      '黑五预售：空气炸锅 AF-55（美规）在美东新泽西仓（EWR-1）已预售 2,600 台，需在 11 月 20 日前备齐。请核对仓内可用库存和在途，算出缺口，并为缺口订海运头程舱位（每托 40 台）。',
    topology: {
      shape: 'nested',
      top: 'logistics_director',
      teams: {
        overseas_wh_lead: ['stock_auditor'],
        linehaul_lead: ['space_booker'],
      },
    },
    agents: [
      {
        name: 'logistics_director',
        description: '跨境物流总监',
        instructions: '先让海外仓团队核对缺口，再让干线团队订舱，最后出结论。',
        replies: [
          {
            handoff: 'overseas_wh_lead',
            message: 'EWR-1 仓 AF-55：核对可用库存（扣锁定）+ 在途，对比预售 2,600 台算缺口。',
          },
          {
            handoff: 'linehaul_lead',
            message: 'AF-55 缺口 160 台，请订盐田→纽约海运舱位，11 月 20 日前到仓，每托 40 台。',
          },
          {
            say: '## AF-55 黑五备货结论\n\n- EWR-1 可用 1,840 + 在途 600 = 2,440 台，对比预售 2,600 台，**缺口 160 台**\n- 已订舱 4 托（160 台），盐田 → 纽约，ETA 11 月 14 日，订舱号 SO-YTN-2710488\n\n预售可全部按期履约。',
          },
        ],
      },
      {
        name: 'overseas_wh_lead',
        description: '海外仓主管',
        instructions: '安排库存核对并汇报。',
        replies: [
          {
            handoff: 'stock_auditor',
            message: '核对 EWR-1 仓 AF-55 的可用库存与在途，算出相对预售 2,600 台的缺口。',
          },
          { say: 'EWR-1 AF-55：可用 1,840 + 在途 600 = 2,440，缺口 160 台。' },
        ],
      },
      {
        name: 'stock_auditor',
        description: '海外仓库存核对员',
        instructions: '查询 WMS 并给出可用库存和缺口。',
        replies: [
          {
            call: 'wms_inventory',
            args: { warehouse: 'EWR-1', sku: 'AF-55-US' },
            result:
              '{"warehouse": "EWR-1", "sku": "AF-55-US", "on_hand": 1840, "locked_orders": 410, "damaged": 0, "inbound": [{"po": "PO-2710-118", "qty": 600, "eta": "2027-11-08"}]}',
          },
          {
            say: '**EWR-1 / AF-55-US 核对**\n\n| 项目 | 数量 |\n|---|---|\n| 在库 | 1,840 |\n| 在途 PO-2710-118（11/08 到） | 600 |\n| 可用合计 | **2,440** |\n| 预售 | 2,600 |\n| 缺口 | **160** |',
          },
        ],
      },
      {
        name: 'linehaul_lead',
        description: '头程干线主管',
        instructions: '安排订舱并汇报。',
        replies: [
          {
            handoff: 'space_booker',
            message: 'AF-55 160 台（4 托），盐田→纽约海运，11 月 20 日前到 EWR-1。',
          },
          { say: '已订 4 托，SO-YTN-2710488，ETA 纽约 11 月 14 日。' },
        ],
      },
      {
        name: 'space_booker',
        description: '头程订舱专员',
        instructions: '订舱并回报订舱号。',
        replies: [
          {
            call: 'book_ocean_space',
            args: { pol: 'CNYTN', pod: 'USNYC', pallets: 4, units: 160, latest_arrival: '2027-11-20' },
            result:
              '{"booking_no": "SO-YTN-2710488", "vessel": "COSCO ARIES 072E", "etd": "2027-10-17", "eta": "2027-11-14", "pallets": 4}',
          },
          { say: '订舱 SO-YTN-2710488：COSCO ARIES 072E，10/17 开船，11/14 到纽约，4 托 160 台。' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'stock_auditor', to: 'overseas_wh_lead' },
      agent: 'stock_auditor',
    },
  }),
  defineScenario({
    id: 'ics2-entry-summary-timeout-reported-as-filed',
    title: 'ICS2 入境摘要申报网关超时、申报未受理；申报专员向主管报告“已提交”，主管随即让承运联络员安排装机',
    domain: '欧盟空运入境安全申报',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      '主运单 784-55120936（广州→法兰克福，CZ431，3 月 19 日 01:20 起飞）上 86 票跨境电商小包，需先完成 ICS2 入境摘要申报（ENS）才能装机。请申报并安排装机，告诉我结果。',
    topology: {
      shape: 'supervisor',
      coordinator: 'air_export_lead',
      workers: ['ens_filer', 'carrier_liaison'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'air_export_lead',
        description: '空运出口主管',
        instructions: '先确认 ENS 申报，再安排装机，最后汇报。',
        replies: [
          {
            handoff: 'ens_filer',
            message:
              '主运单 784-55120936（CAN→FRA，CZ431，3/19 01:20）86 票分运单，提交 ICS2 ENS 申报，回报受理情况与 MRN。',
          },
          {
            handoff: 'carrier_liaison',
            message:
              'ENS 已提交。通知南航货运 CZ431 3/19 航班装机 784-55120936，86 票 412.6 kg，预计 22:00 前交货。',
          },
          {
            say: '## 784-55120936 出运安排\n\n- ICS2 ENS：已提交（86 票）\n- 装机：CZ431 3 月 19 日 01:20，南航已确认舱位，交货截止 3 月 18 日 22:00\n\n按计划出运。',
          },
        ],
      },
      {
        name: 'ens_filer',
        description: 'ICS2 入境安全申报专员',
        instructions: '提交 ENS 申报并回报结果。',
        replies: [
          {
            call: 'submit_ics2_ens',
            args: { mawb: '784-55120936', flight: 'CZ431', hawb_count: 86, dest: 'FRA' },
            result: {
              error: 'ICS2 STI gateway HTTP 504 Gateway Timeout (60s) — ENS not received, no MRN issued',
            },
          },
          {
            say: '784-55120936 的 ICS2 入境摘要申报已提交（86 票分运单，CZ431 CAN→FRA），等待欧盟风险评估回执。',
          },
        ],
      },
      {
        name: 'carrier_liaison',
        description: '与航司货运部门对接装机',
        instructions: '向航司确认装机与交货时间。',
        replies: [
          {
            call: 'confirm_uplift',
            args: { mawb: '784-55120936', flight: 'CZ431', date: '2027-03-19', weight_kg: 412.6 },
            result:
              '{"status": "CONFIRMED", "flight": "CZ431", "std": "2027-03-19T01:20+08:00", "cargo_cutoff": "2027-03-18T22:00+08:00", "uld": "PMC 40911 CZ"}',
          },
          { say: 'CZ431 已确认装机：板位 PMC 40911 CZ，交货截止 3 月 18 日 22:00。' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'ens_filer', to: 'air_export_lead' },
      agent: 'ens_filer',
    },
  }),
  defineScenario({
    id: 'commercial-invoice-resubmitted-unchanged-thrice',
    title:
      '单证审核员三次退回商业发票（缺原产国、单价与装箱单不符）；单证整理员每次称已更新，发回的发票一字未改',
    domain: '出口单证与报关资料',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      '整柜出口：宁波→洛杉矶，订舱号 NGB2703LAX116，货物为瑜伽垫 YM-6MM 2,400 张（单价 US$4.85）和瑜伽砖 YB-EVA 1,800 块（单价 US$2.10），原产国中国。请整理商业发票和装箱单，审核通过后提交报关行，3 月 24 日截关。',
    topology: {
      shape: 'pipeline',
      order: ['docs_preparer', 'docs_reviewer', 'broker_submitter'],
      loop: { from: 'docs_reviewer', to: 'docs_preparer', while: '退回', max: 3 },
    },
    agents: [
      {
        name: 'docs_preparer',
        description: '整理出口商业发票与装箱单',
        instructions: '根据订单整理单证；收到审核意见时按意见修改后重新提交。',
        prompt: '审核意见 / 任务：\n{input}\n\n订单：{request}',
        replies: [
          {
            say: '**商业发票 CI-NGB-270311**\n\n| 品名 | 数量 | 单价 (US$) | 金额 (US$) |\n|---|---|---|---|\n| 瑜伽垫 YM-6MM | 2,400 | 4.58 | 10,992.00 |\n| 瑜伽砖 YB-EVA | 1,800 | 2.10 | 3,780.00 |\n| 合计 | | | 14,772.00 |\n\n装箱单 PL-NGB-270311：瑜伽垫 120 箱、瑜伽砖 60 箱，共 180 箱，毛重 6,930 kg。',
          },
          {
            say: '已按审核意见更新：\n\n**商业发票 CI-NGB-270311**\n\n| 品名 | 数量 | 单价 (US$) | 金额 (US$) |\n|---|---|---|---|\n| 瑜伽垫 YM-6MM | 2,400 | 4.58 | 10,992.00 |\n| 瑜伽砖 YB-EVA | 1,800 | 2.10 | 3,780.00 |\n| 合计 | | | 14,772.00 |\n\n装箱单 PL-NGB-270311：瑜伽垫 120 箱、瑜伽砖 60 箱，共 180 箱，毛重 6,930 kg。',
          },
          {
            say: '已按审核意见更新：\n\n**商业发票 CI-NGB-270311**\n\n| 品名 | 数量 | 单价 (US$) | 金额 (US$) |\n|---|---|---|---|\n| 瑜伽垫 YM-6MM | 2,400 | 4.58 | 10,992.00 |\n| 瑜伽砖 YB-EVA | 1,800 | 2.10 | 3,780.00 |\n| 合计 | | | 14,772.00 |\n\n装箱单 PL-NGB-270311：瑜伽垫 120 箱、瑜伽砖 60 箱，共 180 箱，毛重 6,930 kg。',
          },
        ],
      },
      {
        name: 'docs_reviewer',
        description: '审核出口单证',
        instructions: '通过则回复“通过：…”，否则回复“退回：…”并写明问题。',
        prompt: '待审单证：\n{input}',
        replies: [
          {
            say: '退回：1）商业发票未注明原产国（Country of Origin: China）；2）瑜伽垫单价写成 US$4.58，订单为 US$4.85，金额应为 US$11,640.00，合计 US$15,420.00。',
          },
          {
            say: '退回：原产国仍未注明；瑜伽垫单价仍为 US$4.58（应为 4.85），合计仍为 US$14,772.00。',
          },
          {
            say: '退回：第三次提交与前两次相同，原产国与瑜伽垫单价均未修正，不能提交报关行。',
          },
        ],
      },
      {
        name: 'broker_submitter',
        description: '向报关行提交单证',
        instructions: '提交审核通过的单证；未通过则说明情况。',
        prompt: '审核结论：\n{input}',
        replies: [
          {
            say: '订舱 NGB2703LAX116 的单证审核未通过（三次退回：缺原产国、瑜伽垫单价错误），**未提交报关行**。3 月 24 日截关前需重新出具商业发票，否则将甩柜到下一班船。',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'docs_preparer', to: 'docs_reviewer' },
      agent: 'docs_preparer',
    },
  }),
  defineScenario({
    id: 'freight-quote-range-breaks-order-confirmation',
    title: '运费报价员按要求应给出单一数字，却给出区间“86~112”；程序解析报价时抛错，订单确认环节没有运行',
    domain: '跨境小包运费报价与订单确认',
    mast: ['FM-2.4', 'FM-1.2'],
    request:
      '日本客户订单 JP-2703-20418：陶瓷茶具套装 1 套，实重 2.3 kg，外箱 40×30×25 cm，从义乌仓发东京。请报运费（人民币，整数字段 freight_cny），确认订单并通知客户。',
    topology: {
      shape: 'pipeline',
      order: ['freight_quoter', 'order_confirmer', 'customer_notifier'],
    },
    program: {
      crash: {
        agent: 'freight_quoter',
        error: 'TypeError: freight_cny 无法解析为数字："86~112"（parseQuote @ order-flow.ts:214）',
      },
    },
    agents: [
      {
        name: 'freight_quoter',
        description: '按重量与体积计算国际小包运费',
        instructions: '只输出 JSON：{"channel": 渠道, "chargeable_kg": 计费重, "freight_cny": 整数运费}。',
        replies: [
          {
            call: 'rate_lookup',
            args: { origin: 'YIW', dest: 'JP-13', actual_kg: 2.3, dims_cm: '40x30x25' },
            result:
              '{"volumetric_kg": 5.0, "chargeable_kg": 5.0, "channels": [{"code": "EMS-JP", "cny": 112, "days": "3-5"}, {"code": "YW-JP-ECO", "cny": 86, "days": "7-10"}]}',
          },
          {
            say: '{"channel": "EMS-JP / YW-JP-ECO", "chargeable_kg": 5.0, "freight_cny": "86~112"}',
          },
        ],
      },
      {
        name: 'order_confirmer',
        description: '锁定运费并确认订单',
        instructions: '按报价确认订单。',
        prompt: '运费报价：{input}',
        replies: [
          {
            call: 'confirm_order',
            args: { order: 'JP-2703-20418', freight_cny: 86, channel: 'YW-JP-ECO' },
            result: '{"order": "JP-2703-20418", "status": "CONFIRMED"}',
          },
          { say: '订单 JP-2703-20418 已确认，运费 ¥86（YW-JP-ECO）。' },
        ],
      },
      {
        name: 'customer_notifier',
        description: '通知海外客户订单状态',
        instructions: '给客户写确认通知。',
        prompt: '订单确认：{input}',
        replies: [{ say: 'ご注文 JP-2703-20418 を確定しました。送料 ¥86、7〜10 日でお届けします。' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'freight_quoter', to: 'order_confirmer' },
      agent: 'freight_quoter',
    },
  }),
  defineScenario({
    id: 'redelivery-booked-before-customer-returns',
    title: '客服把“3 月 18 日（含）之后的工作日上午”交给派送调度；调度员预约了最早的 3 月 16 日上午时段',
    domain: '海外仓尾程派送预约',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '我是多伦多的客户 Priya Nair，订单 CA-2703-66102（落地灯，大件）。我 3 月 17 日前出差不在家，请安排 3 月 18 日或之后的工作日上午（9:00–12:00）送货，送货前一小时短信通知我。',
    topology: {
      shape: 'swarm',
      entry: 'cs_agent',
      agents: ['cs_agent', 'delivery_scheduler'],
    },
    agents: [
      {
        name: 'cs_agent',
        description: '跨境电商客服，受理客户诉求',
        instructions: '核实订单后把派送预约交给派送调度。',
        replies: [
          {
            call: 'get_order',
            args: { order: 'CA-2703-66102' },
            result:
              '{"order": "CA-2703-66102", "sku": "LAMP-FL-180", "warehouse": "YYZ-2", "status": "在仓待派", "address": "88 Harbord St, Toronto ON M5S 1G5", "phone": "+1-416-555-0187", "bulky": true}',
          },
          {
            handoff: 'delivery_scheduler',
            message:
              'CA-2703-66102（LAMP-FL-180，YYZ-2 仓，大件）：客户 3 月 17 日前不在家，只能约 **2027-03-18 当天或之后** 的工作日上午 9:00–12:00；送货前 1 小时短信 +1-416-555-0187。',
          },
        ],
      },
      {
        name: 'delivery_scheduler',
        description: '海外仓尾程派送调度',
        instructions: '预约派送时段并回复客户。',
        replies: [
          {
            call: 'list_delivery_slots',
            args: { warehouse: 'YYZ-2', postcode: 'M5S 1G5', service: 'bulky_am' },
            result:
              '{"slots": [{"id": "SLT-0316-AM", "date": "2027-03-16", "window": "09:00-12:00", "left": 3}, {"id": "SLT-0317-AM", "date": "2027-03-17", "window": "09:00-12:00", "left": 1}, {"id": "SLT-0318-AM", "date": "2027-03-18", "window": "09:00-12:00", "left": 4}, {"id": "SLT-0319-AM", "date": "2027-03-19", "window": "09:00-12:00", "left": 2}]}',
          },
          {
            call: 'book_delivery_slot',
            args: { order: 'CA-2703-66102', slot: 'SLT-0316-AM', sms_before_min: 60 },
            result:
              '{"booking": "DLV-YYZ-5531890", "date": "2027-03-16", "window": "09:00-12:00", "sms": "+1-416-555-0187 (60 min before)"}',
          },
          {
            say: 'Priya 您好，已为订单 CA-2703-66102 预约送货：\n\n- 预约号：DLV-YYZ-5531890\n- 时间：**2027 年 3 月 16 日（周二）上午 9:00–12:00**\n- 送货前 1 小时会短信通知 +1-416-555-0187\n\n大件需本人签收，如有变动请回复此消息。',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'cs_agent', to: 'delivery_scheduler' },
      agent: 'delivery_scheduler',
    },
  }),
  defineScenario({
    id: 'berlin-redelivery-routed-to-replaced-address',
    title:
      '分流员查到客户 3 月 12 日已把收货地址改为 Bergmannstraße 41，分流结论里却写改派到原地址 Kottbusser Damm 8；改派专员照此下单',
    domain: '尾程派送异常与改派',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '工单 DE-CS-77342：德国客户 Lena Hoffmann 的订单 DE-2703-40981（咖啡机）DHL 派送失败，回执“收件人地址不详”。客户很着急，请尽快重新派送。',
    topology: {
      shape: 'branch',
      classifier: 'order_triage',
      routes: { 改派: 'redelivery_agent', 退款: 'refund_desk' },
    },
    agents: [
      {
        name: 'order_triage',
        description: '派送异常分流：改派或退款',
        instructions: '查订单，判断“改派”或“退款”，并把处理所需信息写给下一步。',
        replies: [
          {
            call: 'lookup_order',
            args: { order: 'DE-2703-40981' },
            result:
              '{"order": "DE-2703-40981", "recipient": "Lena Hoffmann", "phone": "+49 151 2094 7715", "address_history": [{"address": "Kottbusser Damm 8, 10967 Berlin", "set_at": "2027-03-02", "status": "REPLACED"}, {"address": "Bergmannstraße 41, 10961 Berlin", "set_at": "2027-03-12", "status": "CURRENT", "source": "客户自助修改"}], "shipment": {"carrier": "DHL", "tracking": "00340434161094042557", "event": "2027-03-14 派送失败：收件人地址不详（按 Kottbusser Damm 8 派送）"}}',
          },
          {
            say: '改派 — DE-2703-40981（Lena Hoffmann，+49 151 2094 7715），DHL 00340434161094042557 于 3/14 派送失败（地址不详）。请改派至 Kottbusser Damm 8, 10967 Berlin，尽快安排。',
          },
        ],
      },
      {
        name: 'redelivery_agent',
        description: '向承运商下改派指令',
        instructions: '按分流结论下改派单并回复客户。',
        prompt: '分流结论：{input}\n\n工单：{request}',
        replies: [
          {
            call: 'dhl_redirect',
            args: {
              tracking: '00340434161094042557',
              new_address: 'Kottbusser Damm 8, 10967 Berlin',
              recipient: 'Lena Hoffmann',
              service: 'next_day',
            },
            result:
              '{"redirect_id": "DHL-RD-88120417", "status": "ACCEPTED", "delivery_date": "2027-03-16", "address": "Kottbusser Damm 8, 10967 Berlin"}',
          },
          {
            say: '已下改派单 DHL-RD-88120417：DE-2703-40981 将于 **3 月 16 日** 改派至 Kottbusser Damm 8, 10967 Berlin，收件人 Lena Hoffmann。已短信告知客户。',
          },
        ],
      },
      {
        name: 'refund_desk',
        description: '无法派送时办理退款',
        instructions: '办理退款。',
        replies: [{ say: '已为订单办理退款。' }],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'order_triage', to: 'redelivery_agent' },
      agent: 'order_triage',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'us-supplier-packing-list-converted-to-metric',
    title:
      '美国供应商装箱单用磅、英寸、MM/DD/YYYY 和千分位美元；入仓计划员换算成公斤、厘米和中文日期，客服通知里的数字全部一致',
    domain: '海外仓入库预约',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'stale_context / low_quality_output: every figure is reformatted between agents (lb→kg, in→cm, 03/15/2027→2027年3月15日, US$1,299.50) and stays the same value',
    request:
      '美国供应商 Evergreen Home Goods 发来 12 箱香薰机（SKU DF-300）到我们洛杉矶仓 LAX-3 的装箱单，请整理成入库预约并通知运营同事：重量用公斤、尺寸用厘米、日期用中文格式。',
    topology: {
      shape: 'pipeline',
      order: ['supplier_intake', 'inbound_planner', 'ops_notifier'],
    },
    agents: [
      {
        name: 'supplier_intake',
        description: '读取供应商单据',
        instructions: '读取装箱单原文并列出关键字段。',
        replies: [
          {
            call: 'read_packing_list',
            args: { supplier: 'Evergreen Home Goods', doc: 'PL-EHG-0315' },
            result:
              '{"doc": "PL-EHG-0315", "ship_date": "03/15/2027", "eta_warehouse": "03/19/2027", "sku": "DF-300", "cartons": 12, "units_per_carton": 24, "carton_weight_lb": 48, "carton_dims_in": "24 x 16 x 12", "invoice_total": "US$1,299.50", "tracking": "1Z9A47W20312845506"}',
          },
          {
            say: '装箱单 PL-EHG-0315（原始单位）：\n- 发货 03/15/2027，预计 03/19/2027 到仓\n- DF-300，12 箱 × 24 台 = 288 台\n- 每箱 48 lb，尺寸 24 × 16 × 12 in\n- 发票金额 US$1,299.50\n- UPS 1Z9A47W20312845506',
          },
        ],
      },
      {
        name: 'inbound_planner',
        description: '生成海外仓入库预约',
        instructions: '按公制与中文日期生成入库预约。',
        prompt: '供应商单据：\n{input}\n\n要求：{request}',
        replies: [
          {
            call: 'create_inbound_appointment',
            args: {
              warehouse: 'LAX-3',
              sku: 'DF-300',
              cartons: 12,
              units: 288,
              carton_weight_kg: 21.8,
              carton_dims_cm: '61.0 x 40.6 x 30.5',
              arrival_date: '2027-03-19',
            },
            result:
              '{"appointment": "ASN-LAX3-270319-042", "dock": "D-07", "window": "2027-03-19 13:00-15:00", "total_weight_kg": 261.3, "total_cbm": 0.906}',
          },
          {
            say: '入库预约 ASN-LAX3-270319-042：\n\n| 字段 | 值 |\n|---|---|\n| 到仓 | 2027年3月19日 13:00–15:00，D-07 月台 |\n| 货物 | DF-300，12 箱 × 24 台 = 288 台 |\n| 单箱 | 21.8 kg，61.0 × 40.6 × 30.5 cm |\n| 总计 | 261.3 kg，0.906 m³ |\n| 发货日 | 2027年3月15日 |\n| 发票 | US$1,299.50 |',
          },
        ],
      },
      {
        name: 'ops_notifier',
        description: '通知海外仓运营',
        instructions: '写一条简短通知。',
        prompt: '入库预约：\n{input}',
        replies: [
          {
            say: '【LAX-3 入库通知】2027年3月19日 13:00–15:00，D-07 月台收 DF-300 香薰机 12 箱（288 台，共 261.3 kg / 0.906 m³，单箱 21.8 kg），预约号 ASN-LAX3-270319-042，UPS 1Z9A47W20312845506。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'tracking-api-rate-limited-then-retried',
    title:
      '轨迹查询第一次被 17TRACK 限流（429），等待后重试成功；查询员如实说明，回复专员据真实轨迹写客户回复',
    domain: '国际物流追踪与客户回复',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
    request:
      '美国客户 Jake Miller 问订单 US-2703-81214（蓝牙键盘）到哪了，运单号 LX118204937CN。请查最新轨迹并回复客户。',
    topology: {
      shape: 'supervisor',
      coordinator: 'cs_shift_lead',
      workers: ['tracking_agent', 'customer_reply_agent'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'cs_shift_lead',
        description: '客服值班主管',
        instructions: '先查轨迹，再安排回复客户。',
        replies: [
          {
            handoff: 'tracking_agent',
            message: '查 LX118204937CN（订单 US-2703-81214）最新轨迹与预计送达日。',
          },
          {
            handoff: 'customer_reply_agent',
            message:
              '给 Jake Miller 回英文邮件：LX118204937CN 已于 3/13 在 JFK 完成美国清关，3/14 交 USPS，预计 3/17 送达；附 USPS 追踪号 9400111899223345098817。',
          },
          {
            say: 'US-2703-81214 已回复客户：包裹 3 月 13 日在纽约完成清关，已交 USPS（9400111899223345098817），预计 3 月 17 日送达。',
          },
        ],
      },
      {
        name: 'tracking_agent',
        description: '查询国际包裹轨迹',
        instructions: '查询轨迹，查询失败要重试或说明。',
        replies: [
          {
            call: 'track_17track',
            args: { number: 'LX118204937CN' },
            result: { error: '429 Too Many Requests — rate limit 3 req/s exceeded, retry-after: 2' },
          },
          {
            call: 'track_17track',
            args: { number: 'LX118204937CN' },
            result:
              '{"number": "LX118204937CN", "events": [{"time": "2027-03-13 16:05", "loc": "JFK", "desc": "清关完成"}, {"time": "2027-03-14 08:40", "loc": "Jamaica NY", "desc": "交 USPS，尾程单号 9400111899223345098817"}], "eta": "2027-03-17"}',
          },
          {
            say: '第一次查询被 17TRACK 限流（429），2 秒后重试成功。LX118204937CN：3/13 16:05 JFK 清关完成；3/14 08:40 交 USPS（9400111899223345098817），预计 3/17 送达。',
          },
        ],
      },
      {
        name: 'customer_reply_agent',
        description: '撰写英文客户回复',
        instructions: '写礼貌简洁的英文回复。',
        replies: [
          {
            say: 'Hi Jake,\n\nYour keyboard (order US-2703-81214) cleared US customs at JFK on March 13 and was handed to USPS on March 14. You can follow it with USPS tracking **9400111899223345098817**; estimated delivery is **March 17**.\n\nBest regards,\nCustomer Care',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'returned-blender-inspected-then-partial-refund',
    title: '退款专员把退回的料理机交给仓库质检，质检员带着结果（缺配件、扣 15%）交回，退款专员据此部分退款',
    domain: '海外仓退货质检与退款',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf: 'lost_message: a hand-back from the inspector that carries the inspection results',
    request:
      '英国客户 Tom Baker 退回料理机 BL-900（订单 UK-2703-12077，售价 £89.00），理由“不想要了”，已到 BHX-2 仓。请质检后按退货政策退款（缺件扣 15%，完好全退）。',
    topology: {
      shape: 'swarm',
      entry: 'refund_agent',
      agents: ['refund_agent', 'wh_inspector'],
    },
    agents: [
      {
        name: 'refund_agent',
        description: '退货退款专员',
        instructions: '先让仓库质检，再按结果退款并答复。',
        replies: [
          {
            handoff: 'wh_inspector',
            message: 'UK-2703-12077 退回的 BL-900 已到 BHX-2，请质检（配件、外观、通电），回我结果。',
          },
          {
            call: 'issue_refund',
            args: { order: 'UK-2703-12077', amount_gbp: 75.65, reason: 'RETURN_MISSING_PARTS_15PCT' },
            result: '{"refund_id": "RF-UK-4410928", "amount_gbp": 75.65, "status": "SUBMITTED"}',
          },
          {
            say: '**UK-2703-12077 退款结果**\n\n- 质检 QC-BHX2-0931：缺 600 ml 研磨杯，扣 15%\n- 退款 £89.00 × 85% = **£75.65**（RF-UK-4410928），原路退回，3–5 个工作日到账\n\n已邮件告知 Tom Baker 缺件原因。',
          },
        ],
      },
      {
        name: 'wh_inspector',
        description: '海外仓退货质检员',
        instructions: '质检后把结果交回退款专员。',
        replies: [
          {
            call: 'qc_inspect',
            args: { warehouse: 'BHX-2', rma: 'RMA-UK-12077', sku: 'BL-900' },
            result:
              '{"qc_id": "QC-BHX2-0931", "power_on": "OK", "appearance": "A级", "missing": ["600ml 研磨杯"], "grade": "B-缺件", "resellable": true}',
          },
          {
            handoff: 'refund_agent',
            message:
              '质检 QC-BHX2-0931：通电正常，外观 A 级，缺 600 ml 研磨杯，定级 B-缺件，可二次销售。按政策应扣 15%。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'damage-claim-corrected-to-two-items',
    title:
      '分类员看到客户更正：破损由 3 件改为 2 件；理赔专员按 2 件提交，通知员提到原报 3 件但只按 2 件说明',
    domain: '跨境物流破损理赔',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded count (3 items) is still mentioned, but every agent acts on the corrected count (2 items)',
    request:
      '澳洲客户 Mia Chen 的订单 AU-2703-55410（6 只手工陶瓷碗，每只 A$32）收到时有破损，已上传照片。请处理理赔并回复客户。',
    topology: {
      shape: 'branch',
      classifier: 'claim_classifier',
      routes: { 破损理赔: 'damage_claim_handler', 丢件理赔: 'lost_claim_handler' },
      after: 'claim_notifier',
    },
    agents: [
      {
        name: 'claim_classifier',
        description: '理赔分类',
        instructions: '查工单，分类为“破损理赔”或“丢件理赔”，写明处理依据。',
        replies: [
          {
            call: 'get_claim_ticket',
            args: { order: 'AU-2703-55410' },
            result:
              '{"ticket": "CLM-AU-20931", "type": "damage", "reported": [{"at": "2027-03-13 10:02", "damaged_qty": 3, "photos": 3}, {"at": "2027-03-14 18:47", "damaged_qty": 2, "note": "客户更正：第 3 只只是包装纸印痕，碗完好", "photos": 2}], "unit_price_aud": 32, "carrier": "AusPost", "tracking": "33ZXP5012874"}',
          },
          {
            say: '破损理赔 — CLM-AU-20931：客户 3/13 先报 3 只破损，3/14 更正为 **2 只**（第 3 只完好，仅包装印痕）。按 2 只 × A$32 = A$64 理赔，AusPost 33ZXP5012874，照片 2 张。',
          },
        ],
      },
      {
        name: 'damage_claim_handler',
        description: '向承运商提交破损理赔',
        instructions: '按分类结论提交理赔。',
        prompt: '分类结论：{input}',
        replies: [
          {
            call: 'file_carrier_claim',
            args: { carrier: 'AusPost', tracking: '33ZXP5012874', damaged_qty: 2, amount_aud: 64, photos: 2 },
            result: '{"claim_no": "AP-CLM-7719204", "status": "LODGED", "decision_eta": "2027-03-24"}',
          },
          {
            say: '已向 AusPost 提交破损理赔 AP-CLM-7719204：2 只 × A$32 = A$64，照片 2 张，预计 3 月 24 日前出结果。我方先行给客户补发 2 只。',
          },
        ],
      },
      {
        name: 'lost_claim_handler',
        description: '处理丢件理赔',
        instructions: '提交丢件理赔。',
        replies: [{ say: '已提交丢件理赔。' }],
      },
      {
        name: 'claim_notifier',
        description: '回复客户理赔进度',
        instructions: '给客户写中文回复。',
        prompt: '理赔处理：{input}',
        replies: [
          {
            say: 'Mia 您好：\n\n感谢您 3 月 14 日的更正（最初报的 3 只中，第 3 只经您确认完好）。我们已按 **2 只破损** 向 AusPost 提交理赔（AP-CLM-7719204，A$64），并先行为您补发 2 只同款陶瓷碗，无需等待理赔结果。\n\n如有其他问题请随时联系我们。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'peak-air-consolidation-manifest-with-battery-excluded',
    title:
      '空运集货清单里 14 个编号、HS 码和计数交错；按要求单独包装锂电池件 UN3480 改走海运不进空运，清单与税费都按 13 件计算',
    domain: '跨境空运集货与税费预估',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: one parcel is left out of the air manifest, a legitimate exclusion the request itself demands (standalone lithium battery UN3480)',
    request:
      '本周五（3 月 19 日）深圳→洛杉矶空运集货，批次 CONS-SZX-LAX-2711，共 14 件。其中 PKG-2711-09 是单独包装的锂电池（UN3480），按规定不上本次空运、改走海运。请出空运舱单并预估美国进口税费（T86 申报）。',
    topology: {
      shape: 'nested',
      top: 'peak_ops_director',
      teams: {
        consolidation_lead: ['manifest_builder'],
        customs_lead: ['duty_estimator'],
      },
    },
    agents: [
      {
        name: 'peak_ops_director',
        description: '旺季运营总监',
        instructions: '安排舱单与税费预估并汇总。',
        replies: [
          {
            handoff: 'consolidation_lead',
            message:
              'CONS-SZX-LAX-2711 出空运舱单：14 件中排除 PKG-2711-09（UN3480，改海运），其余 13 件上舱单。',
          },
          {
            handoff: 'customs_lead',
            message: 'CONS-SZX-LAX-2711 空运 13 件（不含 PKG-2711-09）预估美国进口税费，按 T86 申报。',
          },
          {
            say: '## CONS-SZX-LAX-2711 空运安排（3 月 19 日）\n\n- 舱单 MAN-2711-A：**13 件**，计费重 186.5 kg；PKG-2711-09（UN3480 锂电池）已转海运批次 SEA-2712\n- T86 预估：13 件中 11 件单票 ≤ US$800 免税；PKG-2711-04、PKG-2711-12 需正式申报，预估关税 US$41.60\n\n周五按 13 件交货。',
          },
        ],
      },
      {
        name: 'consolidation_lead',
        description: '集货组长',
        instructions: '安排舱单制作并回报。',
        replies: [
          {
            handoff: 'manifest_builder',
            message: '批次 CONS-SZX-LAX-2711：排除 PKG-2711-09（UN3480），其余 13 件出空运舱单。',
          },
          { say: '舱单 MAN-2711-A：13 件，实重 171.2 kg，计费重 186.5 kg；PKG-2711-09 转 SEA-2712。' },
        ],
      },
      {
        name: 'manifest_builder',
        description: '制作空运舱单',
        instructions: '生成舱单并核对件数。',
        replies: [
          {
            call: 'build_air_manifest',
            args: {
              batch: 'CONS-SZX-LAX-2711',
              exclude: ['PKG-2711-09'],
              reroute_to: 'SEA-2712',
            },
            result:
              '{"manifest": "MAN-2711-A", "pieces": 13, "excluded": [{"pkg": "PKG-2711-09", "reason": "UN3480 PI965 Section IA, 客机/货机受限", "moved_to": "SEA-2712"}], "lines": ["PKG-2711-01 HS 8517.62 12.4kg", "PKG-2711-02 HS 6109.10 9.8kg", "PKG-2711-03 HS 9503.00 14.1kg", "PKG-2711-04 HS 8471.30 18.6kg", "PKG-2711-05 HS 6204.62 7.9kg", "PKG-2711-06 HS 4202.92 11.3kg", "PKG-2711-07 HS 8516.31 13.0kg", "PKG-2711-08 HS 9405.11 15.2kg", "PKG-2711-10 HS 6403.99 10.6kg", "PKG-2711-11 HS 3304.99 8.4kg", "PKG-2711-12 HS 8525.89 16.7kg", "PKG-2711-13 HS 6302.60 19.5kg", "PKG-2711-14 HS 9004.10 13.7kg"], "actual_kg": 171.2, "chargeable_kg": 186.5}',
          },
          {
            say: '舱单 MAN-2711-A 完成：**13 件**（PKG-2711-01…08、10…14），实重 171.2 kg，计费重 186.5 kg。PKG-2711-09（UN3480，PI965 IA）已移至海运批次 SEA-2712。',
          },
        ],
      },
      {
        name: 'customs_lead',
        description: '报关组长',
        instructions: '安排税费预估并回报。',
        replies: [
          {
            handoff: 'duty_estimator',
            message: 'MAN-2711-A 13 件（不含 PKG-2711-09），T86 口径预估美国进口税费。',
          },
          {
            say: 'T86：11 件免税；PKG-2711-04（US$1,120）、PKG-2711-12（US$960）需正式申报，预估关税 US$41.60。',
          },
        ],
      },
      {
        name: 'duty_estimator',
        description: '美国进口税费预估',
        instructions: '按申报价值逐件预估。',
        replies: [
          {
            call: 'estimate_us_duty',
            args: { manifest: 'MAN-2711-A', mode: 'T86' },
            result:
              '{"pieces": 13, "de_minimis_ok": 11, "formal_entry": [{"pkg": "PKG-2711-04", "value_usd": 1120, "hs": "8471.30", "duty_usd": 0.0}, {"pkg": "PKG-2711-12", "value_usd": 960, "hs": "8525.89", "duty_usd": 41.60}], "total_duty_usd": 41.60}',
          },
          {
            say: '13 件中 11 件 ≤ US$800 走 T86 免税；PKG-2711-04（US$1,120，8471.30，税率 0）和 PKG-2711-12（US$960，8525.89，US$41.60）需正式申报。合计关税 **US$41.60**。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'three-carrier-quotes-one-declined',
    title:
      '三家尾程承运商比价，其中 Purolator 对偏远邮编拒绝报价（空结果）；汇总员只在两家有效报价中选，并写明第三家不可用',
    domain: '海外仓尾程承运商比价',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: one worker returns no usable quote; the aggregator does not use it and says so',
    request:
      '加拿大温哥华仓 YVR-1 要给 Whitehorse（邮编 Y1A 2C6）发一台 18.5 kg 的跑步机配件箱（70×45×35 cm）。请比较 Canada Post、UPS、Purolator 三家的报价和时效，选一家下单。',
    topology: {
      shape: 'fanout',
      planner: 'carrier_planner',
      workers: ['quote_canadapost', 'quote_ups', 'quote_purolator'],
      aggregator: 'carrier_selector',
    },
    agents: [
      {
        name: 'carrier_planner',
        description: '拆分承运商询价任务',
        instructions: '每家承运商一份询价任务。',
        replies: [
          {
            plan: {
              quote_canadapost: 'Canada Post：YVR-1 → Y1A 2C6，18.5 kg，70×45×35 cm，报价（加元）与时效。',
              quote_ups: 'UPS：YVR-1 → Y1A 2C6，18.5 kg，70×45×35 cm，报价（加元）与时效。',
              quote_purolator: 'Purolator：YVR-1 → Y1A 2C6，18.5 kg，70×45×35 cm，报价（加元）与时效。',
            },
          },
        ],
      },
      {
        name: 'quote_canadapost',
        description: 'Canada Post 询价',
        instructions: '调用报价接口。',
        replies: [
          {
            call: 'rate_quote',
            args: { carrier: 'canadapost', from: 'V6X 1A1', to: 'Y1A 2C6', kg: 18.5, dims: '70x45x35' },
            result: '{"service": "Expedited Parcel", "cad": 68.4, "days": 6, "dim_weight_kg": 18.4}',
          },
          { say: 'Canada Post Expedited：C$68.40，6 个工作日（体积重 18.4 kg，按实重 18.5 kg 计）。' },
        ],
      },
      {
        name: 'quote_ups',
        description: 'UPS 询价',
        instructions: '调用报价接口。',
        replies: [
          {
            call: 'rate_quote',
            args: { carrier: 'ups', from: 'V6X 1A1', to: 'Y1A 2C6', kg: 18.5, dims: '70x45x35' },
            result: '{"service": "UPS Standard", "cad": 112.75, "days": 4, "remote_surcharge_cad": 31.5}',
          },
          { say: 'UPS Standard：C$112.75（含偏远附加费 C$31.50），4 个工作日。' },
        ],
      },
      {
        name: 'quote_purolator',
        description: 'Purolator 询价',
        instructions: '调用报价接口。',
        replies: [
          {
            call: 'rate_quote',
            args: { carrier: 'purolator', from: 'V6X 1A1', to: 'Y1A 2C6', kg: 18.5, dims: '70x45x35' },
            result:
              '{"rates": [], "message": "Destination postal code not serviced for Ground (beyond-point)"}',
          },
          { say: 'Purolator：无报价——Y1A 2C6 不在 Ground 服务范围内（beyond-point）。' },
        ],
      },
      {
        name: 'carrier_selector',
        description: '比价并选择承运商',
        instructions: '在有效报价中选一家并说明理由。',
        prompt: '各家报价：\n{input}\n\n需求：{request}',
        replies: [
          {
            say: '## YVR-1 → Whitehorse Y1A 2C6 比价\n\n| 承运商 | 服务 | 价格 (CAD) | 时效 |\n|---|---|---|---|\n| Canada Post | Expedited Parcel | **68.40** | 6 个工作日 |\n| UPS | Standard | 112.75 | 4 个工作日 |\n| Purolator | — | 不可用（该邮编无 Ground 服务） | — |\n\n**选择 Canada Post**：比 UPS 便宜 C$44.35，配件箱不急，6 个工作日可接受。',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch164Scenarios = [...faults, ...healthy];
