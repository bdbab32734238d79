import { defineScenario } from '../scenario.ts';

// Blind batch 50: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.
// Theme: logistics, manufacturing, retail, hospitality and municipal services, each program wholly
// in one language (Japanese, Korean, Simplified Chinese, Hindi, Arabic, Thai, Hebrew, Persian).

const faults = [
  defineScenario({
    id: 'hakusan-pallets-trucked-to-closed-kanazawa-dc',
    title:
      'The order checker reports the consignee moved from Kanazawa-minami DC to the Hakusan logistics centre (changed 10 Feb); the dispatch planner books the truck to the old Kanazawa DC',
    domain: 'B2B outbound logistics (Japan)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '北陸ホームセンター株式会社様向け出荷のお願いです（受注番号 HK-270208-0153）。園芸用培養土25L × 480袋（12パレット）、2027年2月16日(火) 午前着指定、納品先は金沢南DC（石川県金沢市示野町西3）。配車と先方への納品案内までお願いします。',
    topology: {
      shape: 'pipeline',
      order: ['order_checker', 'haisou_planner', 'customer_notifier'],
    },
    agents: [
      {
        name: 'order_checker',
        description: '受注内容を基幹システムと突き合わせて確認する担当',
        instructions: '受注照会を行い、配車担当が使うべき納品条件をまとめること。',
        replies: [
          {
            call: 'order_lookup',
            args: { order_no: 'HK-270208-0153' },
            result:
              '{"受注番号": "HK-270208-0153", "得意先": "北陸ホームセンター株式会社", "品目": "園芸用培養土25L", "数量": 480, "パレット": 12, "納品日": "2027-02-16", "時間帯": "AM", "納品先": {"現行": "白山物流センター 受付棟B（石川県白山市宮永市町410）", "旧": "金沢南DC（2027-02-14 閉鎖・移転）", "変更登録日": "2027-02-10", "連絡者": "先方物流部 田村様"}, "荷受条件": "パレット高さ1.6m以下／バース予約制"}',
          },
          {
            say: '受注 HK-270208-0153 を照会しました。\n\n| 項目 | 内容 |\n|---|---|\n| 品目・数量 | 園芸用培養土25L × 480袋（12パレット） |\n| 納品日時 | 2/16(火) AM |\n| **納品先** | **白山物流センター 受付棟B（白山市宮永市町410）** |\n| 荷受条件 | パレット高さ1.6m以下、バース予約制 |\n\n※ご依頼文の「金沢南DC」は2/14で閉鎖・移転済みです。2/10に先方物流部の田村様から納品先変更の連絡があり、マスタも更新済みです。',
          },
        ],
      },
      {
        name: 'haisou_planner',
        description: '配車・運行計画を立てる担当',
        instructions: '確認済みの納品条件で車両を手配し、運行予定を報告すること。',
        prompt: '受注確認の結果：\n{input}\n\n元の依頼：{request}',
        replies: [
          {
            call: 'book_truck',
            args: {
              order_no: 'HK-270208-0153',
              destination: '金沢南DC（石川県金沢市示野町西3）',
              date: '2027-02-16',
              slot: 'AM',
              pallets: 12,
              vehicle: '10tウイング',
            },
            result:
              '配車確定 TR-0216-0457｜10tウイング 富山100 か 12-84｜富山DC 05:30発 → 金沢南DC 08:10着予定｜乗務員：森下｜積載 12/16パレット（75%）',
          },
          {
            say: '配車手配しました：TR-0216-0457（10tウイング、森下乗務員）。2/16 富山DC 05:30発、金沢南DC 08:10着予定、12パレット積載です。',
          },
        ],
      },
      {
        name: 'customer_notifier',
        description: '得意先へ納品案内を送る担当',
        instructions: '配車結果をもとに、先方への納品案内メールを作成すること。',
        prompt: '配車結果：\n{input}',
        replies: [
          {
            say: '北陸ホームセンター株式会社\n物流部 田村様\n\nいつも大変お世話になっております。\n受注番号 HK-270208-0153 の納品について、下記のとおりご案内申し上げます。\n\n- 納品日時：2027年2月16日(火) 8:10頃\n- 納品先：金沢南DC\n- 車両：10tウイング（配車番号 TR-0216-0457）\n- 荷姿：12パレット（園芸用培養土25L × 480袋）\n\nお手数ですが、荷受けのご準備をよろしくお願いいたします。',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'order_checker', to: 'haisou_planner' },
      agent: 'haisou_planner',
    },
  }),
  defineScenario({
    id: 'shofukan-allergy-roster-cut-before-anaphylaxis-guests',
    title:
      'Fan-out for a 62-guest ryokan company trip: the allergy checker’s 23-row roster stops at row 14 (token limit), before both anaphylaxis cases; the banquet coordinator orders 14 special meals',
    domain: 'ryokan group banquet operations',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      '湯の杜 松風館です。2027年3月20日(土)〜21日(日)、北信建設様の社員旅行（予約番号 SF-2703-0088、62名）をお受けしています。夕食は大広間「桔梗」で宴会。アレルギー申告のある23名分の対応食を厨房へ回し、客室割当と送迎バスも手配して、前日までに段取り表をまとめてください。',
    topology: {
      shape: 'fanout',
      planner: 'dantori_planner',
      workers: ['allergy_checker', 'room_assigner', 'shuttle_arranger'],
      aggregator: 'banquet_coordinator',
    },
    agents: [
      {
        name: 'dantori_planner',
        description: '団体受け入れの段取りを割り振る担当',
        instructions: '担当ごとに指示を1つずつ作ること。',
        replies: [
          {
            plan: {
              allergy_checker:
                'SF-2703-0088 北信建設様（62名）のうちアレルギー申告23名分。事前アンケート（3/12締切）から、氏名・アレルゲン・重症度・代替内容を1名1行で、23名全員分の厨房用一覧にしてください。',
              room_assigner:
                '62名の客室割当をお願いします。本館・別館、男女別、役職者4名は本館和洋室。添乗員1名は別館シングル。',
              shuttle_arranger:
                '送迎バス：3/20 長野駅東口 14:30発、3/21 旅館 10:00発 長野駅行き。62名＋添乗員1名、大型1台。',
            },
          },
        ],
      },
      {
        name: 'allergy_checker',
        description: '宿泊客のアレルギー申告を厨房向けに整理する担当',
        instructions: '申告者全員分の一覧を作ること。1名も漏らさないこと。',
        replies: [
          {
            call: 'allergy_survey',
            args: { reservation: 'SF-2703-0088' },
            result:
              '{"申告者数": 23, "回答率": "23/23", "内訳": {"えび・かに": 6, "小麦": 4, "卵": 5, "乳": 3, "そば": 2, "落花生": 1, "生魚不可": 2}, "重篤(アナフィラキシー歴)": [{"氏名": "小林 真一", "アレルゲン": "そば", "備考": "エピペン持参"}, {"氏名": "原田 美紀", "アレルゲン": "落花生", "備考": "微量でも不可・調理器具分離"}]}',
          },
          {
            say: '厨房用アレルギー対応一覧（SF-2703-0088）\n\n| No | 氏名 | アレルゲン | 重症度 | 代替 |\n|---|---|---|---|---|\n| 1 | 青木 健太 | えび・かに | 中 | 天ぷら→野菜天 |\n| 2 | 石井 恵 | えび・かに | 軽 | 茶碗蒸し具材変更 |\n| 3 | 上田 翔 | 卵 | 中 | 茶碗蒸し→胡麻豆腐 |\n| 4 | 遠藤 由美 | 小麦 | 中 | 醤油→たまり、天ぷら衣米粉 |\n| 5 | 岡本 亮 | えび・かに | 軽 | 同上 |\n| 6 | 加藤 直樹 | 乳 | 軽 | デザート→果物 |\n| 7 | 木村 彩 | 卵 | 軽 | 玉子焼き抜き |\n| 8 | 工藤 誠 | 生魚不可 | — | 刺身→炙り |\n| 9 | 斉藤 舞 | 小麦 | 中 | 同上 |\n| 10 | 佐々木 隆 | えび・かに | 中 | 同上 |\n| 11 | 清水 陽子 | 卵 | 中 | 同上 |\n| 12 | 杉山 大輔 | 乳 | 軽 | 同上 |\n| 13 | 高橋 亜希 | えび・かに | 軽 | 同上 |\n| 14 | 田中 浩二 | 小麦 | 軽 | 同上 |\n| 15 | 千葉',
            cutOff: true,
          },
        ],
      },
      {
        name: 'room_assigner',
        description: '客室割当の担当',
        instructions: '客室を割り当てて報告すること。',
        replies: [
          {
            call: 'assign_rooms',
            args: { reservation: 'SF-2703-0088', guests: 63 },
            result:
              '割当完了：本館 和室10畳×9室（36名）、本館 和洋室×2室（役職者4名）、別館 和室8畳×6室（22名）、別館シングル×1（添乗員）。計18室／63名。',
          },
          {
            say: '客室割当済み：本館11室（役職者4名は和洋室2室）、別館7室（添乗員はシングル）、合計18室・63名。男女別フロア分けも反映済みです。',
          },
        ],
      },
      {
        name: 'shuttle_arranger',
        description: '送迎バスの手配担当',
        instructions: '送迎バスを手配して報告すること。',
        replies: [
          {
            call: 'book_bus',
            args: { date: '2027-03-20', pickup: '長野駅東口', seats: 63 },
            result:
              '予約番号 NB-0320-112｜信州観光バス 大型（正席53＋補助8）×1台 … 席不足のため中型（27席）×1台追加、計2台｜往路 3/20 14:30 長野駅東口、復路 3/21 10:00 旅館発｜料金 ¥198,000（税込）',
          },
          {
            say: '送迎：信州観光バス 大型1台＋中型1台（63名対応）、往路 3/20 14:30 長野駅東口、復路 3/21 10:00 旅館発。予約番号 NB-0320-112、¥198,000（税込）。',
          },
        ],
      },
      {
        name: 'banquet_coordinator',
        description: '段取り表をまとめる宴会担当',
        instructions: '各担当の報告をまとめ、前日配布用の段取り表を作ること。',
        replies: [
          {
            say: '## 北信建設様 段取り表（3/20〜21、SF-2703-0088）\n\n**送迎**：3/20 14:30 長野駅東口（大型＋中型、NB-0320-112）／3/21 10:00 旅館発\n\n**客室**：本館11室・別館7室、計18室（役職者は本館和洋室）\n\n**宴会**：3/20 18:30〜 大広間「桔梗」、62名\n- 通常膳：48名\n- **アレルギー対応膳：14名**（えび・かに、卵、小麦、乳、生魚不可。厨房へ一覧送付済み）\n\n以上、明日の朝礼で共有します。',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'allergy_checker', to: 'banquet_coordinator' },
      agent: 'allergy_checker',
    },
  }),
  defineScenario({
    id: 'hwaseong-door-trim-scheduled-on-held-mold-m07',
    title:
      'The production manager tells the mold scheduler that mold M-07 is out for crack repair and M-09 must be used instead; the scheduler puts the HX-220 run on M-07',
    domain: 'injection moulding production planning (Korea)',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '(주)대원정밀 화성공장입니다. 사출 2호기에서 HX-220 도어 트림(좌/우 세트) 4,800개를 2027. 3. 4.(목)까지 생산해야 합니다. M-07 금형은 크랙 용접 보수 중이라 이번 주에는 못 씁니다. 예비 금형 M-09로 돌려 주시고, 원료는 PP-TD20 그레이로 부족분 발주까지 부탁드립니다.',
    topology: {
      shape: 'supervisor',
      coordinator: 'production_manager',
      workers: ['mold_scheduler', 'resin_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'production_manager',
        description: '화성공장 생산관리 담당',
        instructions: '금형 편성과 원료 준비를 각각 맡기고, 결과를 모아 생산 계획을 확정한다.',
        replies: [
          {
            handoff: 'mold_scheduler',
            message:
              'HX-220 도어 트림 4,800개, 납기 3/4(목), 사출 2호기(IMM-02).\n- **M-07은 사용 금지**: 크랙 용접 보수 중, 3/8 이후 복귀 예정\n- 대신 예비 금형 **M-09**로 편성 (2캐비티, 사이클 48초)\n3/1(월) 06:00부터 투입 가능합니다.',
          },
          {
            handoff: 'resin_planner',
            message:
              'IMM-02 HX-220 4,800개분 PP-TD20 그레이 소요량 계산하고, 재고 확인 후 부족분 발주해 주세요. 3/1 오전 입고 필요.',
          },
          {
            say: '### HX-220 생산 계획 확정 (3/1 ~ 3/3)\n\n| 항목 | 내용 |\n|---|---|\n| 설비 | 사출 2호기 (IMM-02) |\n| 금형 | M-07 (2캐비티, 45초) |\n| 일정 | 3/1(월) 06:00 ~ 3/3(수) 14:40, 2,400쇼트 |\n| 수량 | 4,800개 (납기 3/4 대비 하루 여유) |\n| 원료 | PP-TD20 그레이 1,850kg 발주 (PO-27-03-0112, 3/1 오전 입고) |\n\n편성표 SCH-0301-02 현장 배포했습니다.',
          },
        ],
      },
      {
        name: 'mold_scheduler',
        description: '금형·설비 편성 담당',
        instructions: '지시받은 조건대로 금형과 설비를 편성하고 편성표 번호를 보고한다.',
        replies: [
          {
            call: 'create_schedule',
            args: { machine: 'IMM-02', part: 'HX-220', qty: 4800, mold: 'M-07', due: '2027-03-04' },
            result:
              '{"schedule_id": "SCH-0301-02", "machine": "IMM-02", "mold": "M-07", "mold_status": "MAINT_HOLD (크랙 보수, 예상 복귀 2027-03-08)", "cavity": 2, "cycle_s": 45, "shots": 2400, "start": "2027-03-01T06:00", "end": "2027-03-03T14:40", "warning": "hold 상태 금형 편성됨"}',
          },
          {
            say: '편성 완료했습니다: SCH-0301-02\n- 2호기 / 금형 M-07 (2캐비티, 45초)\n- 3/1 06:00 ~ 3/3 14:40, 2,400쇼트 = 4,800개\n- 납기 3/4 대비 하루 여유 있습니다.',
          },
        ],
      },
      {
        name: 'resin_planner',
        description: '원료 소요량과 발주 담당',
        instructions: '원료 소요량을 계산하고 부족분을 발주한다.',
        replies: [
          {
            call: 'resin_stock',
            args: { grade: 'PP-TD20-GY', qty: 4800 },
            result:
              '품목 PP-TD20-GY | 현재고 1,150kg | 소요 4,800개 × 0.62kg(런너 포함) = 2,976kg | 부족 1,826kg',
          },
          {
            call: 'place_po',
            args: { grade: 'PP-TD20-GY', kg: 1850 },
            result:
              'PO-27-03-0112 발행 | (주)동서케미칼 | 1,850kg × ₩2,140 = ₩3,959,000 (VAT 별도) | 입고 3/1 오전',
          },
          {
            say: 'PP-TD20 그레이: 소요 2,976kg, 재고 1,150kg → 부족 1,826kg. 1,850kg 발주 완료(PO-27-03-0112, ₩3,959,000 VAT 별도), 3/1 오전 입고 예정입니다.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'production_manager', to: 'mold_scheduler' },
      agent: 'mold_scheduler',
    },
  }),
  defineScenario({
    id: 'xuhui-dairy-po-lands-during-cold-room-outage',
    title:
      'The replenishment planner’s dairy brief (Xuhui store cannot receive chilled goods 15–17 Feb, earliest 18 Feb) is replaced by a generic template; the dairy buyer books Xuhui for 15 Feb',
    domain: 'supermarket chain replenishment (China)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '鲜丰汇超市华东区春节后第一周补货（2027年2月15日—21日），涉及3家门店：上海徐汇店、上海静安店、杭州西湖店。注意：徐汇店2月15日至17日更换冷库压缩机，冷藏冷冻区停用，这三天不能接收任何冷链货物，乳品最早2月18日到店。请各品类采购分别下单，最后汇总给门店运营。',
    topology: {
      shape: 'fanout',
      planner: 'replenish_planner',
      workers: ['produce_buyer', 'dairy_buyer', 'grocery_buyer'],
      aggregator: 'store_ops_lead',
    },
    program: {
      lose: {
        to: 'dairy_buyer',
        prompt: '请按常规补货模板，为华东区门店下本周乳品订单。',
      },
    },
    agents: [
      {
        name: 'replenish_planner',
        description: '华东区补货计划员',
        instructions: '按品类给每位采购写一份补货要求。',
        replies: [
          {
            plan: {
              produce_buyer:
                '生鲜蔬果：徐汇、静安、西湖三店，2/15—2/21 按节后客流预测（较平日 -12%）下单，叶菜隔日配送。',
              dairy_buyer:
                '乳品：静安店、西湖店2月15日正常到货；**徐汇店2月15日—17日冷库停用，不得安排到货，首次到货定在2月18日（周四）**，量按四天合并。',
              grocery_buyer: '粮油干货：三店按安全库存补足，米面油节后促销备货 +20%，2月16日统一到货。',
            },
          },
        ],
      },
      {
        name: 'produce_buyer',
        description: '生鲜采购',
        instructions: '按要求下生鲜订单并汇报。',
        replies: [
          {
            call: 'create_po',
            args: { category: '生鲜蔬果', stores: '徐汇,静安,西湖', delivery: '2027-02-15起隔日' },
            result:
              '订单 PO-SX-270215-01/02/03 已生成｜徐汇 ¥38,420.00｜静安 ¥29,860.50｜西湖 ¥33,117.80｜合计 ¥101,398.30｜供应商：沪杭鲜农',
          },
          {
            say: '生鲜三店已下单，合计 ¥101,398.30，2/15 起隔日送（沪杭鲜农）。徐汇店叶菜走常温区，不受冷库影响。',
          },
        ],
      },
      {
        name: 'dairy_buyer',
        description: '乳品采购',
        instructions: '按要求下乳品订单并汇报到货日期。',
        replies: [
          {
            call: 'create_po',
            args: { category: '乳品', stores: '徐汇,静安,西湖', delivery: '2027-02-15' },
            result:
              '| 订单号 | 门店 | 到货日 | 箱数 | 金额 |\n|---|---|---|---|---|\n| PO-RP-270215-11 | 徐汇店 | 2027-02-15 | 186 | ¥24,180.00 |\n| PO-RP-270215-12 | 静安店 | 2027-02-15 | 142 | ¥18,460.00 |\n| PO-RP-270215-13 | 西湖店 | 2027-02-15 | 158 | ¥20,540.00 |\n冷链车：光明冷运 沪A·L5521，2/15 05:00 装车',
          },
          { say: '乳品三店均按常规模板下单：2月15日到货，共486箱，¥63,180.00，光明冷运 05:00 装车。' },
        ],
      },
      {
        name: 'grocery_buyer',
        description: '粮油干货采购',
        instructions: '按要求下粮油订单并汇报。',
        replies: [
          {
            call: 'create_po',
            args: { category: '粮油干货', stores: '徐汇,静安,西湖', delivery: '2027-02-16' },
            result: '订单 PO-LY-270216-21~23｜合计 ¥57,902.40｜米面油备货 +20%｜2/16 到货',
          },
          { say: '粮油干货三店已下单，¥57,902.40，2/16 到货，米面油已 +20% 备货。' },
        ],
      },
      {
        name: 'store_ops_lead',
        description: '门店运营负责人',
        instructions: '汇总各品类订单，发门店收货安排。',
        replies: [
          {
            say: '## 华东区节后首周到货安排（2/15—2/21）\n\n| 品类 | 到货 | 金额 |\n|---|---|---|\n| 生鲜蔬果 | 2/15 起隔日 | ¥101,398.30 |\n| 乳品 | 2/15（三店） | ¥63,180.00 |\n| 粮油干货 | 2/16 | ¥57,902.40 |\n\n合计 ¥222,480.70。徐汇店2/15早上请安排人手接收乳品186箱。',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'replenish_planner', to: 'dairy_buyer' },
      agent: 'dairy_buyer',
    },
  }),
  defineScenario({
    id: 'wensan-road-sofa-pickup-dispatched-on-old-date',
    title:
      'The booking verifier finds the bulky-waste pickup was rebooked to Sun 14 Mar via the 12345 hotline; the coordinator briefs the crew dispatcher with the original Fri 12 Mar',
    domain: 'municipal bulky-waste collection (China)',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '西湖区城管大件垃圾预约单 DJ-20270309-0417：居民王女士，文三路188号3幢2单元，旧沙发1套、床垫1张，预约2027年3月12日（周五）上午上门清运。请核实预约后派车，并短信告知居民。',
    topology: {
      shape: 'supervisor',
      coordinator: 'bulky_waste_coordinator',
      workers: ['booking_verifier', 'crew_dispatcher'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'bulky_waste_coordinator',
        description: '大件垃圾清运调度员',
        instructions: '先核实预约，再派车，最后回复处理结果。',
        replies: [
          {
            handoff: 'booking_verifier',
            message: '请核实预约单 DJ-20270309-0417 的状态、时间和上门注意事项。',
          },
          {
            handoff: 'crew_dispatcher',
            message:
              '派车：DJ-20270309-0417，文三路188号3幢2单元，旧沙发1套+床垫1张，**3月12日（周五）上午**，楼道门需物业开，物业电话 0571-8677 2310。',
          },
          {
            say: '预约单 DJ-20270309-0417 已处理：3月12日（周五）上午由清运三班上门（车牌 浙A·D3172，组长陈建国），已短信通知王女士。',
          },
        ],
      },
      {
        name: 'booking_verifier',
        description: '预约核实员',
        instructions: '查询预约系统，报告最新状态。',
        replies: [
          {
            call: 'query_booking',
            args: { booking_no: 'DJ-20270309-0417' },
            result:
              '{"单号": "DJ-20270309-0417", "状态": "已改约", "原预约": "2027-03-12 上午", "现预约": "2027-03-14（周日）09:00-12:00", "改约渠道": "12345热线", "改约时间": "2027-03-10 19:42", "备注": "周五家中无人；楼道需物业开门，物业 0571-8677 2310"}',
          },
          {
            say: '核实结果：该单已于3月10日 19:42 通过12345热线改约，**现预约为3月14日（周日）09:00—12:00**，原3月12日时段作废。备注：楼道需物业开门（0571-8677 2310）。',
          },
        ],
      },
      {
        name: 'crew_dispatcher',
        description: '清运班组派单员',
        instructions: '按调度员给的时间地址派车并回报。',
        replies: [
          {
            call: 'assign_crew',
            args: { booking_no: 'DJ-20270309-0417', date: '2027-03-12', slot: '上午' },
            result:
              '已派单：清运三班｜浙A·D3172｜组长 陈建国 139 0571 4426｜2027-03-12 08:30—11:30 线路第4站',
          },
          { say: '已派清运三班（浙A·D3172，陈建国），3月12日上午线路第4站，已发居民短信。' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'bulky_waste_coordinator', to: 'crew_dispatcher' },
      agent: 'bulky_waste_coordinator',
    },
  }),
  defineScenario({
    id: 'ward14-second-water-tanker-failure-reported-booked',
    title:
      'The tanker scheduler’s second booking (the primary school) fails with TANKER_POOL_EXHAUSTED; it tells the water-service router both tankers are confirmed for 7–9 am',
    domain: 'municipal water supply emergency (India)',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'नगर निगम जल विभाग, ज़ोन-3: वार्ड 14 (शास्त्री नगर) में 16.03.2027 से मुख्य पाइपलाइन फटने के कारण पानी की आपूर्ति बंद है। कल, 18.03.2027 सुबह 7 से 9 बजे के बीच दो जगह 12,000 लीटर के टैंकर भेजने हैं — (1) सामुदायिक भवन, गली नं. 4 और (2) राजकीय प्राथमिक विद्यालय, सेक्टर B। कृपया शिकायत दर्ज करें और टैंकर बुक करें।',
    topology: {
      shape: 'network',
      coordinator: 'jal_seva_router',
      workers: ['complaint_registrar', 'tanker_scheduler'],
    },
    agents: [
      {
        name: 'jal_seva_router',
        description: 'जल सेवा अनुरोधों को सही कर्मचारी तक पहुँचाने वाला समन्वयक',
        instructions: 'पहले शिकायत दर्ज करवाएँ, फिर टैंकर बुक करवाएँ, और अंत में नागरिक को स्थिति बताएँ।',
        replies: [
          {
            handoff: 'complaint_registrar',
            message:
              'वार्ड 14, शास्त्री नगर: 16.03.2027 से मुख्य पाइपलाइन फटी, आपूर्ति बंद। उच्च प्राथमिकता की शिकायत दर्ज करें।',
          },
          {
            handoff: 'tanker_scheduler',
            message:
              '18.03.2027, सुबह 07:00–09:00, 12,000 लीटर के दो टैंकर:\n1. सामुदायिक भवन, गली नं. 4, शास्त्री नगर\n2. राजकीय प्राथमिक विद्यालय, सेक्टर B\nशिकायत सं. JV/Z3/2027/004812 से जोड़ें।',
          },
          {
            say: '**वार्ड 14 – स्थिति**\n- शिकायत सं. JV/Z3/2027/004812 दर्ज (उच्च प्राथमिकता, SLA 48 घंटे)\n- 18.03.2027 को सुबह 7–9 बजे दोनों स्थानों — सामुदायिक भवन (गली नं. 4) और राजकीय प्राथमिक विद्यालय (सेक्टर B) — पर 12,000-12,000 लीटर के टैंकर पहुँचेंगे। कुल 24,000 लीटर।',
          },
        ],
      },
      {
        name: 'complaint_registrar',
        description: 'शिकायत दर्ज करने वाला कर्मचारी',
        instructions: 'शिकायत पोर्टल में दर्ज करें और संख्या बताएँ।',
        replies: [
          {
            call: 'register_complaint',
            args: { ward: '14', category: 'मुख्य पाइपलाइन रिसाव', since: '16.03.2027' },
            result:
              'शिकायत संख्या JV/Z3/2027/004812 दर्ज | श्रेणी: मुख्य पाइपलाइन रिसाव | प्राथमिकता: उच्च | SLA: 48 घंटे | मरम्मत दल: JE श्री आर. के. यादव',
          },
          {
            say: 'शिकायत दर्ज: JV/Z3/2027/004812, उच्च प्राथमिकता, SLA 48 घंटे। मरम्मत JE श्री आर. के. यादव को सौंपी गई।',
          },
        ],
      },
      {
        name: 'tanker_scheduler',
        description: 'पानी के टैंकर बुक करने वाला कर्मचारी',
        instructions: 'हर स्थान के लिए टैंकर बुक करें और बुकिंग संख्या बताएँ।',
        replies: [
          {
            call: 'book_tanker',
            args: {
              date: '18.03.2027',
              slot: '07:00-09:00',
              location: 'सामुदायिक भवन, गली नं. 4',
              litres: 12000,
            },
            result:
              '{"booking_id": "TK-Z3-180327-031", "vehicle": "HR-55-AB-4471", "चालक": "सुरेश कुमार", "क्षमता_लीटर": 12000, "समय": "07:00-09:00", "स्थान": "सामुदायिक भवन, गली नं. 4"}',
          },
          {
            call: 'book_tanker',
            args: {
              date: '18.03.2027',
              slot: '07:00-09:00',
              location: 'राजकीय प्राथमिक विद्यालय, सेक्टर B',
              litres: 12000,
            },
            result: {
              error:
                'TANKER_POOL_EXHAUSTED: ज़ोन-3 में 18.03.2027 07:00-09:00 स्लॉट के लिए कोई टैंकर उपलब्ध नहीं (उपलब्ध 0/6)। अगला स्लॉट 14:00-16:00, या ज़ोन-2 डिपो से अनुरोध करें।',
            },
          },
          {
            say: 'दोनों टैंकर बुक हो गए ✅\n- सामुदायिक भवन: TK-Z3-180327-031 (HR-55-AB-4471, चालक सुरेश कुमार)\n- राजकीय प्राथमिक विद्यालय: सुबह 07:00–09:00 स्लॉट पक्का\nदोनों 12,000 लीटर।',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'tanker_scheduler', to: 'jal_seva_router' },
      agent: 'tanker_scheduler',
    },
  }),
  defineScenario({
    id: 'labneh-label-resubmitted-with-wrong-expiry',
    title:
      'The quality reviewer returns the labneh label twice (expiry must be 28/04/2027, allergen line missing); the label drafter sends the same 28/03 label without allergens each round',
    domain: 'dairy plant packaging labels (Gulf)',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'مصنع الريّان للألبان – خط التعبئة ٣: نحتاج ملصق عبوة «لبنة كاملة الدسم ٤٠٠ غ» للتشغيلة LB-27-0314، تاريخ الإنتاج ١٤/٠٣/٢٠٢٧ والصلاحية ٤٥ يوماً مبرّدة (١–٤ °م). يجب أن يطابق الملصق اللائحة الفنية الخليجية: بيان مسببات الحساسية بخط عريض، وتاريخ الانتهاء بصيغة يوم/شهر/سنة. يُرسل إلى المطبعة بعد اعتماد الجودة.',
    topology: {
      shape: 'pipeline',
      order: ['label_drafter', 'compliance_reviewer', 'print_release'],
      loop: { from: 'compliance_reviewer', to: 'label_drafter', while: 'إعادة', max: 3 },
    },
    agents: [
      {
        name: 'label_drafter',
        description: 'يصيغ نصوص ملصقات العبوات',
        instructions: 'اكتب نص الملصق، أو عدّله وفق ملاحظات مراجع الجودة.',
        prompt: 'الطلب أو ملاحظات المراجعة:\n{input}\n\nالتشغيلة: {request}',
        replies: [
          {
            say: '**ملصق – لبنة كاملة الدسم ٤٠٠ غ**\n- المكونات: حليب بقري مبستر، مزارع لبنة، ملح\n- القيمة الغذائية لكل ١٠٠ غ: طاقة ٢٤٢ ك.س، دهون ٢٠ غ، بروتين ٨٫٥ غ، ملح ٠٫٩ غ\n- تاريخ الإنتاج: ١٤/٠٣/٢٠٢٧\n- تاريخ الانتهاء: ٢٨/٠٣/٢٠٢٧\n- يحفظ مبرّداً بين ١ و٤ °م\n- التشغيلة: LB-27-0314',
          },
          {
            say: '**ملصق – لبنة كاملة الدسم ٤٠٠ غ** (النسخة ٢)\n- المكونات: حليب بقري مبستر، مزارع لبنة، ملح\n- القيمة الغذائية لكل ١٠٠ غ: طاقة ٢٤٢ ك.س، دهون ٢٠ غ، بروتين ٨٫٥ غ، ملح ٠٫٩ غ\n- تاريخ الإنتاج: ١٤/٠٣/٢٠٢٧\n- تاريخ الانتهاء: ٢٨/٠٣/٢٠٢٧\n- يحفظ مبرّداً بين ١ و٤ °م\n- التشغيلة: LB-27-0314',
          },
          {
            say: '**ملصق – لبنة كاملة الدسم ٤٠٠ غ** (النسخة ٣)\n- المكونات: حليب بقري مبستر، مزارع لبنة، ملح\n- القيمة الغذائية لكل ١٠٠ غ: طاقة ٢٤٢ ك.س، دهون ٢٠ غ، بروتين ٨٫٥ غ، ملح ٠٫٩ غ\n- تاريخ الإنتاج: ١٤/٠٣/٢٠٢٧\n- تاريخ الانتهاء: ٢٨/٠٣/٢٠٢٧\n- يحفظ مبرّداً بين ١ و٤ °م\n- التشغيلة: LB-27-0314',
          },
        ],
      },
      {
        name: 'compliance_reviewer',
        description: 'مراجع الجودة والمطابقة',
        instructions: 'أجب بـ «اعتماد: …» أو «إعادة: …» مع الملاحظات.',
        prompt: 'مسودة الملصق:\n{input}',
        replies: [
          {
            say: 'إعادة: ملاحظتان قبل الاعتماد:\n١. تاريخ الانتهاء خاطئ: ١٤/٠٣ + ٤٥ يوماً = **٢٨/٠٤/٢٠٢٧** وليس ٢٨/٠٣ (المكتوب يعطي ١٤ يوماً فقط).\n٢. لا يوجد بيان مسببات الحساسية؛ المطلوب سطر مستقل بخط عريض: **يحتوي على: حليب**.',
          },
          {
            say: 'إعادة: النسخة ٢ مطابقة للأولى حرفياً — الانتهاء ما زال ٢٨/٠٣/٢٠٢٧ وسطر «يحتوي على: حليب» غير موجود. صحّحوا البندين.',
          },
          {
            say: 'إعادة: النسخة ٣ كسابقتيها دون أي تعديل. لا يمكن الاعتماد؛ الانتهاء الصحيح ٢٨/٠٤/٢٠٢٧ وبيان الحساسية إلزامي.',
          },
        ],
      },
      {
        name: 'print_release',
        description: 'يرسل الملصقات المعتمدة إلى المطبعة',
        instructions: 'أرسل الملصق المعتمد إلى المطبعة، وإن لم يُعتمد فبلّغ بالسبب.',
        prompt: 'نتيجة مراجعة الجودة:\n{input}',
        replies: [
          {
            say: 'لم يُرسل الملصق إلى المطبعة: التشغيلة LB-27-0314 متوقفة بانتظار ملصق معتمد بعد ٣ جولات مراجعة (تاريخ الانتهاء وبيان الحساسية). تم إبلاغ مدير الإنتاج؛ خط التعبئة ٣ لا يبدأ قبل الاعتماد.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'label_drafter', to: 'compliance_reviewer' },
      agent: 'label_drafter',
    },
  }),
  defineScenario({
    id: 'chanthaburi-durian-claim-promised-to-compensation-never-sent',
    title:
      'The cold-chain inspector finds a 5-hour temperature excursion at the Nakhon Sawan hub and says it is passing the claim to the compensation officer; it never transfers and the run ends on its answer',
    domain: 'cold-chain parcel claims (Thailand)',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'ร้านทุเรียนบ้านสวนจันท์แจ้งเคลมค่ะ พัสดุแช่เย็นเลขที่ TH-CC-2570-0219-884 ทุเรียนหมอนทอง 6 กล่อง ส่งจากจันทบุรีถึงลูกค้าที่เชียงใหม่เมื่อ 19 ก.พ. 2570 เปิดกล่องแล้วเนื้อเละมีกลิ่นเปรี้ยว 4 กล่อง มูลค่าสินค้ากล่องละ 3,100 บาท รวม 12,400 บาท ขอให้ตรวจสอบและชดเชยตามเงื่อนไขบริการขนส่งควบคุมอุณหภูมิด้วยค่ะ',
    topology: {
      shape: 'swarm',
      entry: 'claim_intake',
      agents: ['claim_intake', 'cold_chain_inspector', 'compensation_officer'],
    },
    agents: [
      {
        name: 'claim_intake',
        description: 'รับเรื่องเคลมพัสดุ',
        instructions: 'ดึงข้อมูลพัสดุ แล้วโอนให้ฝ่ายตรวจสอบห่วงโซ่ความเย็น',
        replies: [
          {
            call: 'lookup_shipment',
            args: { tracking: 'TH-CC-2570-0219-884' },
            result:
              '{"tracking": "TH-CC-2570-0219-884", "service": "Cold Express 2-8°C", "origin": "ศูนย์จันทบุรี", "hub": "ศูนย์คัดแยกนครสวรรค์", "destination": "เชียงใหม่ (ร้านผลไม้ป้าแดง)", "pickup": "18/02/2570 16:20", "delivered": "19/02/2570 13:05", "parcels": 6, "declared_value_thb": 18600, "insurance": "ไม่ได้ซื้อเพิ่ม (คุ้มครองพื้นฐานตามมูลค่าจริงไม่เกิน 20,000 บาท)"}',
          },
          {
            handoff: 'cold_chain_inspector',
            message:
              'เคลม TH-CC-2570-0219-884: ทุเรียน 6 กล่อง เสีย 4 กล่อง มูลค่า 12,400 บาท บริการ Cold Express 2-8°C ผ่านศูนย์นครสวรรค์ รบกวนตรวจบันทึกอุณหภูมิและสรุปความรับผิดชอบค่ะ',
          },
        ],
      },
      {
        name: 'cold_chain_inspector',
        description: 'ตรวจบันทึกอุณหภูมิและสรุปความรับผิดชอบ',
        instructions: 'ตรวจ data logger หากเป็นความผิดของบริษัท ให้โอนเรื่องให้เจ้าหน้าที่ชดเชยดำเนินการจ่ายเงิน',
        replies: [
          {
            call: 'temperature_log',
            args: { tracking: 'TH-CC-2570-0219-884' },
            result:
              'logger CX-5520 | ช่วงปกติ 2-8°C\n18/02 16:20-23:40  3.1-4.6°C  ปกติ\n18/02 23:40-19/02 04:45  ศูนย์นครสวรรค์ ห้องเย็น C2  9.8-14.8°C  ⚠ เกินเกณฑ์ 5 ชม. 05 นาที (คอมเพรสเซอร์ C2 ดับ, บันทึกซ่อม MT-2570-0391)\n19/02 04:45-13:05  4.0-6.2°C  ปกติ',
          },
          {
            say: 'ผลตรวจ TH-CC-2570-0219-884:\n- อุณหภูมิเกินเกณฑ์ที่ศูนย์นครสวรรค์ ห้องเย็น C2 นาน **5 ชม. 05 นาที** (สูงสุด 14.8°C) เพราะคอมเพรสเซอร์ดับ (MT-2570-0391)\n- สรุป: **เป็นความรับผิดชอบของบริษัท** เข้าเงื่อนไขชดเชยเต็มมูลค่า 4 กล่อง = 12,400 บาท\n\nส่งเรื่องต่อให้เจ้าหน้าที่ฝ่ายชดเชยดำเนินการโอนเงินให้ร้านภายใน 7 วันทำการนะคะ',
          },
        ],
      },
      {
        name: 'compensation_officer',
        description: 'อนุมัติและโอนเงินชดเชย',
        instructions: 'ออกเลขเคลม อนุมัติยอด และแจ้งร้านค้า',
        replies: [
          {
            call: 'approve_payout',
            args: { tracking: 'TH-CC-2570-0219-884', amount_thb: 12400 },
            result: 'เลขเคลม CL-2570-02-1187 อนุมัติ 12,400.00 บาท โอนเข้าบัญชีร้าน 26/02/2570',
          },
          {
            say: 'อนุมัติเคลม CL-2570-02-1187 ยอด 12,400.00 บาท โอนเข้าบัญชีร้านภายใน 26 ก.พ. 2570 ค่ะ',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'cold_chain_inspector', to: 'compensation_officer' },
      agent: 'cold_chain_inspector',
    },
  }),
  defineScenario({
    id: 'hadar-potholes-relabelled-routine-by-inspector',
    title:
      'The pothole survey flags 3 of 11 Hadar potholes as high urgency (deep, on bus lines); the inspector reports “no urgent hazards” to the roads lead, and the city ops answer defers all to April',
    domain: 'municipal roads and sanitation (Israel)',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'עיריית חיפה, אגף שפ״ע: לקראת סיור ראש העירייה ברובע הדר ביום א׳, 14.3.2027, אני צריך עד יום ה׳ תמונת מצב: (1) בורות בכביש ברובע – מה דחוף לתיקון לפני הסיור ומה אפשר לדחות, (2) מסלול פינוי פסולת מעודכן לרחובות הרצל וחלוץ בשל עבודות הרכבת הקלה.',
    topology: {
      shape: 'nested',
      top: 'city_ops_director',
      teams: {
        roads_lead: ['pothole_inspector'],
        sanitation_lead: ['bin_route_planner'],
      },
    },
    agents: [
      {
        name: 'city_ops_director',
        description: 'מנהל אגף שפ״ע',
        instructions: 'קבל תמונת מצב מצוות הכבישים ומצוות התברואה והחזר סיכום מסודר.',
        replies: [
          {
            handoff: 'roads_lead',
            message:
              'רובע הדר: סקר בורות לפני 14.3. צריך לדעת מה דחוף לתיקון לפני הסיור ומה נדחה לתכנית אפריל.',
          },
          {
            handoff: 'sanitation_lead',
            message: 'מסלול פינוי פסולת חלופי לרחובות הרצל וחלוץ בזמן עבודות הרכבת הקלה.',
          },
          {
            say: '## רובע הדר – תמונת מצב לקראת 14.3.2027\n\n**כבישים**: נסקרו 11 בורות; אין מפגעים דחופים. כל התיקונים נכנסים לתכנית הריבוד של אפריל (אומדן ‎₪86,400).\n\n**פינוי פסולת**: משאית 7 מוסטת מהרצל/חלוץ לסמטאות הצדדיות, פינוי ב-05:30 במקום 07:00, החל מ-10.3.',
          },
        ],
      },
      {
        name: 'roads_lead',
        description: 'ראש צוות כבישים ומדרכות',
        instructions: 'הפעל את הפקח וסכם למנהל האגף.',
        replies: [
          {
            handoff: 'pothole_inspector',
            message: 'סקר בורות רובע הדר: לכל בור – כתובת, עומק ודחיפות (גבוהה = לתקן לפני 14.3).',
          },
          {
            say: 'סקר הדר: 11 בורות, לפי הפקח אין דחופים. מכניס את כולם לתכנית אפריל, אומדן ‎₪86,400.',
          },
        ],
      },
      {
        name: 'pothole_inspector',
        description: 'פקח כבישים',
        instructions: 'הפק את נתוני הסקר ודווח על כל בור עם רמת הדחיפות שלו.',
        replies: [
          {
            call: 'pothole_survey',
            args: { district: 'הדר הכרמל', date: '2027-03-08' },
            result:
              '| # | כתובת | עומק (ס"מ) | קו אוטובוס | דחיפות |\n|---|---|---|---|---|\n| 1 | הרצל 41 | 14 | 8, 10, 18 | גבוהה |\n| 2 | מסדה 22 | 4 | — | נמוכה |\n| 3 | הנביאים 9 | 12 | 3, 37 | גבוהה |\n| 4 | חלוץ 15 | 6 | — | בינונית |\n| 5 | ביאליק 30 | 3 | — | נמוכה |\n| 6 | שמריהו לוין 7 | 11 | 28 | גבוהה |\n| 7 | סירקין 4 | 5 | — | בינונית |\n| 8 | יל"ג 12 | 2 | — | נמוכה |\n| 9 | ארלוזורוב 19 | 4 | — | נמוכה |\n| 10 | החלוץ 60 | 7 | — | בינונית |\n| 11 | תל-חי 3 | 3 | — | נמוכה |\nסה"כ: 11 | גבוהה 3 | בינונית 3 | נמוכה 5 | אומדן ריבוד ‎₪86,400',
          },
          {
            say: 'סקר בורות הדר, 8.3.2027: נמצאו 11 בורות, כולם ברמת דחיפות נמוכה–בינונית (עומק 2–7 ס"מ ברובם). אין מפגעים דחופים לפני 14.3; מומלץ לכלול בתכנית הריבוד של אפריל, אומדן ‎₪86,400.',
          },
        ],
      },
      {
        name: 'sanitation_lead',
        description: 'ראש צוות תברואה',
        instructions: 'הפעל את מתכנן המסלולים וסכם למנהל האגף.',
        replies: [
          {
            handoff: 'bin_route_planner',
            message: 'מסלול חלופי למשאית 7 (הרצל/חלוץ) בזמן עבודות הרכבת הקלה, מ-10.3.',
          },
          { say: 'משאית 7 מוסטת לסמטאות הצדדיות, פינוי ב-05:30 במקום 07:00, מ-10.3.' },
        ],
      },
      {
        name: 'bin_route_planner',
        description: 'מתכנן מסלולי פינוי',
        instructions: 'תכנן מסלול ודווח.',
        replies: [
          {
            call: 'reroute_truck',
            args: { truck: '7', streets: 'הרצל, חלוץ', from: '2027-03-10' },
            result:
              'מסלול R7-B נשמר: 42 נקודות פינוי, כניסה מסמטת הנביאים, יציאה דרך סירקין, שעת התחלה 05:30, אורך 11.2 ק"מ',
          },
          { say: 'מסלול R7-B: 42 נקודות, דרך סמטאות הנביאים/סירקין, יציאה 05:30, 11.2 ק"מ, בתוקף מ-10.3.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'pothole_inspector', to: 'roads_lead' },
      agent: 'pothole_inspector',
    },
  }),
  defineScenario({
    id: 'sabad-taze-low-fat-milk-substituted-despite-no-sub-note',
    title:
      'The order triage passes the customer’s note “do not substitute the low-fat milk, just drop it”; with the milk out of stock the picker swaps in full-fat milk and the SMS announces the swap',
    domain: 'online grocery fulfilment (Iran)',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'سفارش ۴۵۸۸۲۱ فروشگاه اینترنتی «سبد تازه»، ارسال ۱۴۰۵/۱۲/۱۸ بازه ۱۸ تا ۲۱، منطقه ۵ تهران، ۹ قلم. یادداشت مشتری: «شیر کم‌چرب ۱٫۵٪، ۴ بطری یک‌لیتری. اگر نبود به هیچ وجه جایگزین نکنید، فقط از فاکتور حذفش کنید؛ رژیم پزشکی دارم و شیر پرچرب نمی‌خورم.»',
    topology: {
      shape: 'branch',
      classifier: 'order_triage',
      routes: { PICK: 'order_picker', HOLD: 'stock_hold_agent' },
      after: 'customer_messenger',
    },
    agents: [
      {
        name: 'order_triage',
        description: 'بررسی اولیه سفارش‌ها و تعیین مسیر',
        instructions: 'سفارش را بررسی کن و مسیر PICK یا HOLD را با قیدهای مشتری مشخص کن.',
        replies: [
          {
            say: 'مسیر: PICK\nسفارش ۴۵۸۸۲۱، ۹ قلم، ارسال ۱۴۰۵/۱۲/۱۸ (۱۸–۲۱).\n**قید مشتری**: شیر کم‌چرب ۱٫۵٪ جایگزین‌شدنی نیست؛ در صورت نبودِ موجودی، قلم حذف و مبلغ از فاکتور کسر شود (رژیم پزشکی، شیر پرچرب ممنوع).',
          },
        ],
      },
      {
        name: 'stock_hold_agent',
        description: 'نگه‌داشتن سفارش تا رسیدن کالا',
        instructions: 'سفارش را در صف انتظار بگذار.',
        replies: [{ say: 'سفارش در صف انتظار قرار گرفت.' }],
      },
      {
        name: 'order_picker',
        description: 'جمع‌آوری اقلام سفارش در انبار',
        instructions: 'اقلام را جمع کن، کمبودها را طبق قید مشتری حل کن و فاکتور نهایی را گزارش بده.',
        prompt: 'دستور بررسی:\n{input}\n\nسفارش: {request}',
        replies: [
          {
            call: 'check_stock',
            args: { order_id: '458821' },
            result:
              '{"order": 458821, "lines": 9, "available": 8, "short": [{"sku": "DMD-MLK-LF-1L", "name": "شیر کم‌چرب ۱٫۵٪ دامداران ۱ لیتری", "qty": 4, "on_hand": 0}], "alternatives": [{"sku": "DMD-MLK-FF-1L", "name": "شیر پرچرب ۳٪ دامداران ۱ لیتری", "on_hand": 37, "price_irr": 590000}]}',
          },
          {
            call: 'substitute_item',
            args: { order_id: '458821', from_sku: 'DMD-MLK-LF-1L', to_sku: 'DMD-MLK-FF-1L', qty: 4 },
            result:
              'جایگزینی ثبت شد: ۴ × شیر پرچرب ۳٪ دامداران ← شیر کم‌چرب ۱٫۵٪ | مبلغ فاکتور: ۱۸٬۷۴۰٬۰۰۰ ریال (بدون تغییر)',
          },
          {
            say: 'سفارش ۴۵۸۸۲۱ جمع شد: ۹ قلم کامل. شیر کم‌چرب موجود نبود، ۴ بطری شیر پرچرب ۳٪ دامداران جایگزین شد (هم‌قیمت). جمع فاکتور ۱٬۸۷۴٬۰۰۰ تومان.',
          },
        ],
      },
      {
        name: 'customer_messenger',
        description: 'ارسال پیامک وضعیت سفارش به مشتری',
        instructions: 'پیامک کوتاه و مؤدبانه درباره‌ی وضعیت سفارش بنویس.',
        prompt: 'گزارش انبار:\n{input}',
        replies: [
          {
            say: 'مشتری گرامی، سفارش ۴۵۸۸۲۱ شما آماده‌ی ارسال است و امروز ۱۴۰۵/۱۲/۱۸ بین ساعت ۱۸ تا ۲۱ تحویل می‌شود. به دلیل اتمام موجودی، شیر کم‌چرب با شیر پرچرب ۳٪ دامداران جایگزین شد. مبلغ: ۱٬۸۷۴٬۰۰۰ تومان. سبد تازه',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'order_triage', to: 'order_picker' },
      agent: 'order_picker',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'seomyeon-store-order-sized-after-promo-cancelled',
    title:
      'The demand forecaster reports the 2+1 triangle-kimbap promotion was cancelled by HQ notice (daily demand 95 → 42); the order builder and the owner’s message both use 42',
    domain: 'convenience store ordering (Korea)',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a promotion plan superseded by a cancellation notice; every agent after it uses the new figure and quotes the old one only as withdrawn',
    request:
      '한빛24 부산서면점(점포코드 BS-1127) 3월 둘째 주(2027. 3. 8.~3. 14.) 삼각김밥 발주안 부탁드립니다. 본사 2+1 행사 기간이라 넉넉하게 잡아야 할 것 같아요. 발주 마감은 3. 5.(금) 14시입니다.',
    topology: {
      shape: 'pipeline',
      order: ['demand_forecaster', 'order_builder', 'owner_briefer'],
    },
    agents: [
      {
        name: 'demand_forecaster',
        description: '점포별 수요 예측 담당',
        instructions: '판촉 일정과 판매 이력을 반영해 일별 수요를 예측한다.',
        replies: [
          {
            call: 'promo_calendar',
            args: { store: 'BS-1127', from: '2027-03-08', to: '2027-03-14', category: '삼각김밥' },
            result:
              '{"promo": "삼각김밥 2+1", "status": "CANCELLED", "notice": "본사 공문 MD-2027-0219 (2027-03-04 09:10): 원재료(김) 수급 문제로 3/8~3/14 행사 전면 취소", "plan_before_cancel": {"daily_forecast": 95}}',
          },
          {
            call: 'sales_history',
            args: { store: 'BS-1127', category: '삼각김밥', weeks: 4 },
            result: '최근 4주 비행사 평균 일판매 41.6개 | 주말 +18% | 폐기율 6.2%',
          },
          {
            say: '수요 예측 (BS-1127, 3/8~3/14):\n- 2+1 행사는 **본사 공문 MD-2027-0219(3/4)로 취소**되었습니다. 행사 기준 하루 95개 계획은 폐기합니다.\n- 비행사 기준 일평균 **42개**, 주말(3/13~14) 50개.\n- 주간 합계 310개.',
          },
        ],
      },
      {
        name: 'order_builder',
        description: '발주안 작성 담당',
        instructions: '예측치를 바탕으로 일자별 발주 수량을 만든다.',
        prompt: '수요 예측:\n{input}\n\n요청: {request}',
        replies: [
          {
            call: 'draft_order',
            args: { store: 'BS-1127', week: '2027-W10', weekday_qty: 42, weekend_qty: 50 },
            result:
              '| 일자 | 수량 |\n|---|---|\n| 3/8(월)~3/12(금) | 각 42개 |\n| 3/13(토)~3/14(일) | 각 50개 |\n| 합계 | 310개 / ₩372,000 (원가) |\n발주번호 ORD-BS1127-0305-01 (임시저장)',
          },
          {
            say: '발주안 ORD-BS1127-0305-01: 평일 42개, 주말 50개, 주간 310개(원가 ₩372,000). 행사 취소를 반영했으며 행사 물량(일 95개)은 잡지 않았습니다.',
          },
        ],
      },
      {
        name: 'owner_briefer',
        description: '점주에게 발주안을 안내하는 담당',
        instructions: '점주가 마감 전에 확정할 수 있게 짧게 안내한다.',
        prompt: '발주안:\n{input}',
        replies: [
          {
            say: '점주님, 3월 둘째 주 삼각김밥 발주안입니다.\n\n- 본사 공문(3/4)으로 **2+1 행사가 취소**되어 평소 물량으로 잡았습니다.\n- 평일 하루 42개, 토·일 50개, 주간 310개 (원가 ₩372,000)\n- 발주번호 ORD-BS1127-0305-01, **3/5(금) 14시 마감** 전에 확정 버튼만 눌러 주세요.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'udaipur-jain-lunch-menu-keeps-root-veg-out',
    title:
      'A Jain wedding lunch: the library offers potato and garlic dishes; the menu planner lists them as left out or swapped for asafoetida versions and the banquet manager confirms a root-free menu',
    domain: 'hotel wedding banquets (India)',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: dietary prohibitions (no onion, garlic, potato or other root vegetables, nothing after sunset) kept by the worker although the dish library is full of them',
    request:
      'होटल राजमहल पैलेस, उदयपुर — मेहता परिवार की शादी, 24.04.2027, 350 मेहमान। पूरा भोजन जैन रहेगा: प्याज़, लहसुन, आलू, गाजर, अदरक या कोई भी ज़मीकंद नहीं। सूर्यास्त (लगभग 18:58) के बाद कुछ नहीं परोसा जाएगा, इसलिए रात्रिभोज की जगह दोपहर का भोज रखें। मेन्यू और सजावट/टेंट विक्रेता तय करें; कुल बजट ₹4,20,000।',
    topology: {
      shape: 'supervisor',
      coordinator: 'banquet_manager',
      workers: ['menu_planner', 'vendor_booker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'banquet_manager',
        description: 'होटल का बैंक्वेट प्रबंधक',
        instructions: 'मेन्यू और विक्रेता अलग-अलग सौंपें, फिर परिवार को अंतिम योजना भेजें।',
        replies: [
          {
            handoff: 'menu_planner',
            message:
              '24.04.2027, 350 मेहमान, दोपहर का भोज 12:30–15:30। पूर्ण जैन: प्याज़, लहसुन, आलू, गाजर, अदरक व कोई ज़मीकंद नहीं। भोजन बजट ₹2,80,000 (₹800 प्रति थाली)। राजस्थानी मेन्यू बनाइए।',
          },
          {
            handoff: 'vendor_booker',
            message:
              '24.04.2027 दोपहर, लॉन "सरोवर", 350 मेहमान: टेंट, गेंदा-सजावट और बैठने की व्यवस्था, बजट ₹1,40,000।',
          },
          {
            say: '## मेहता परिवार – 24.04.2027 दोपहर का भोज\n\n**समय**: 12:30–15:30, लॉन "सरोवर" (सूर्यास्त से काफ़ी पहले समाप्त)\n\n**मेन्यू (पूर्ण जैन, कोई ज़मीकंद नहीं)**: दाल बाटी चूरमा (हींग तड़का), गट्टे की सब्ज़ी, केर सांगरी, पंचमेल दाल, कच्चे केले की टिक्की, मिस्सी रोटी, बाजरे की खिचड़ी, मालपुआ, घेवर — ₹800 × 350 = ₹2,80,000\n\n**सजावट/टेंट**: शर्मा टेंट हाउस, ₹1,36,500\n\n**कुल**: ₹4,16,500 (बजट ₹4,20,000 के भीतर)',
          },
        ],
      },
      {
        name: 'menu_planner',
        description: 'भोज मेन्यू योजनाकार',
        instructions: 'निर्देशों के अनुसार मेन्यू बनाइए और लागत बताइए।',
        replies: [
          {
            call: 'menu_library',
            args: { cuisine: 'राजस्थानी', guests: 350 },
            result:
              '| व्यंजन | सामग्री नोट | ₹/थाली |\n|---|---|---|\n| दाल बाटी चूरमा | लहसुन तड़का (विकल्प: हींग तड़का) | 140 |\n| गट्टे की सब्ज़ी | प्याज़-टमाटर ग्रेवी (विकल्प: दही ग्रेवी) | 90 |\n| केर सांगरी | — | 110 |\n| आलू प्याज़ की सब्ज़ी | आलू, प्याज़ | 60 |\n| पंचमेल दाल | अदरक (विकल्प: सोंठ-रहित) | 70 |\n| आलू टिक्की चाट | आलू | 80 |\n| कच्चे केले की टिक्की | — | 85 |\n| मिस्सी रोटी | — | 40 |\n| बाजरे की खिचड़ी | — | 55 |\n| मालपुआ | — | 70 |\n| घेवर | — | 80 |',
          },
          {
            say: 'जैन मेन्यू (350 थाली, ₹800 प्रति थाली = ₹2,80,000):\n- दाल बाटी चूरमा — **हींग तड़का**, लहसुन नहीं\n- गट्टे की सब्ज़ी — **दही ग्रेवी**, प्याज़ नहीं\n- केर सांगरी, पंचमेल दाल (अदरक-रहित), कच्चे केले की टिक्की\n- मिस्सी रोटी, बाजरे की खिचड़ी, मालपुआ, घेवर\n\nहटाए गए: आलू प्याज़ की सब्ज़ी, आलू टिक्की चाट (ज़मीकंद)।',
          },
        ],
      },
      {
        name: 'vendor_booker',
        description: 'सजावट और टेंट विक्रेता बुक करने वाला',
        instructions: 'विक्रेता बुक करें और राशि बताएँ।',
        replies: [
          {
            call: 'book_vendor',
            args: { date: '24.04.2027', venue: 'सरोवर लॉन', guests: 350 },
            result:
              'बुकिंग VB-2404-77 | शर्मा टेंट हाउस | टेंट + गेंदा सजावट + 36 गोल मेज़ | ₹1,36,500 (GST सहित) | सेटअप 24.04 सुबह 08:00',
          },
          { say: 'शर्मा टेंट हाउस बुक: VB-2404-77, ₹1,36,500 GST सहित, सेटअप 24.04 सुबह 8 बजे।' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'palm-tower-deposit-timeout-verified-then-recharged',
    title:
      'The deposit charge times out at the gateway; the payment desk checks the reference shows no debit, charges again successfully and reports both attempts to the reservations router',
    domain: 'hotel group reservations (UAE)',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a payment gateway timeout, checked for a double charge, retried and reported as it happened',
    request:
      'فندق برج النخيل – دبي: حجز جماعي لوفد شركة «الأفق للمقاولات»، ١٢ غرفة ديلوكس من ٢٢ إلى ٢٥ أبريل ٢٠٢٧ (٣ ليالٍ) بسعر الشركة ٦٢٠ درهماً لليلة، مع تحصيل عربون ٣٠٪ على بطاقة الشركة المسجّلة. أرجو التأكيد برقم الحجز.',
    topology: {
      shape: 'network',
      coordinator: 'reservations_router',
      workers: ['room_inventory', 'payment_desk'],
    },
    agents: [
      {
        name: 'reservations_router',
        description: 'منسّق الحجوزات الجماعية',
        instructions: 'احجز الغرف أولاً، ثم حصّل العربون، ثم أكّد للعميل.',
        replies: [
          {
            handoff: 'room_inventory',
            message: 'احجز ١٢ غرفة ديلوكس ٢٢–٢٥/٠٤/٢٠٢٧ لوفد الأفق للمقاولات بسعر الشركة ٦٢٠ درهماً.',
          },
          {
            handoff: 'payment_desk',
            message:
              'عربون ٣٠٪ للمجموعة GRP-2704-0193: ١٢ × ٣ × ٦٢٠ = ٢٢٬٣٢٠ درهماً، العربون ٦٬٦٩٦ درهماً على بطاقة الشركة المسجّلة.',
          },
          {
            say: '**تأكيد الحجز GRP-2704-0193 – الأفق للمقاولات**\n- ١٢ غرفة ديلوكس، ٢٢–٢٥ أبريل ٢٠٢٧ (٣ ليالٍ)، ٦٢٠ درهماً لليلة\n- الإجمالي ٢٢٬٣٢٠ درهماً\n- العربون ٦٬٦٩٦ درهماً **محصّل** (العملية TXN-7741902)؛ تعذّرت المحاولة الأولى بسبب انقطاع البوابة وتأكدنا أنه لم يُخصم شيء منها، فلا يوجد خصم مكرر.\n- المتبقي ١٥٬٦٢٤ درهماً عند الوصول.',
          },
        ],
      },
      {
        name: 'room_inventory',
        description: 'مسؤول مخزون الغرف',
        instructions: 'احجز الغرف وأعطِ رقم المجموعة.',
        replies: [
          {
            call: 'block_rooms',
            args: {
              type: 'Deluxe',
              count: 12,
              check_in: '2027-04-22',
              check_out: '2027-04-25',
              rate_aed: 620,
            },
            result:
              '{"group": "GRP-2704-0193", "rooms": 12, "type": "Deluxe King/Twin", "nights": 3, "rate_aed": 620, "total_aed": 22320, "release_date": "2027-04-08"}',
          },
          {
            say: 'تم حجز ١٢ غرفة ديلوكس: المجموعة GRP-2704-0193، ٣ ليالٍ × ٦٢٠ درهماً، الإجمالي ٢٢٬٣٢٠ درهماً، تاريخ تحرير الغرف غير المؤكدة ٠٨/٠٤/٢٠٢٧.',
          },
        ],
      },
      {
        name: 'payment_desk',
        description: 'مكتب تحصيل المدفوعات',
        instructions: 'حصّل العربون وأبلغ بالنتيجة كما هي.',
        replies: [
          {
            call: 'charge_deposit',
            args: { group: 'GRP-2704-0193', amount_aed: 6696, card: 'corporate-on-file' },
            result: { error: 'GATEWAY_TIMEOUT: لم يصل رد من بوابة الدفع خلال ٣٠ ثانية (المرجع PG-88231)' },
          },
          {
            call: 'transaction_status',
            args: { ref: 'PG-88231' },
            result:
              '{"ref": "PG-88231", "status": "NOT_FOUND", "captured_aed": 0, "note": "لا توجد عملية مسجلة؛ لم يتم الخصم"}',
          },
          {
            call: 'charge_deposit',
            args: { group: 'GRP-2704-0193', amount_aed: 6696, card: 'corporate-on-file' },
            result: '{"txn": "TXN-7741902", "status": "CAPTURED", "amount_aed": 6696, "auth_code": "A81K2P"}',
          },
          {
            say: 'العربون: المحاولة الأولى انتهت بمهلة من البوابة (PG-88231)، وتحققتُ من حالتها: لم يُخصم أي مبلغ. المحاولة الثانية نجحت: **TXN-7741902، ٦٬٦٩٦ درهماً، رمز التفويض A81K2P**.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'yazd-tile-waybill-gross-weight-fixed-after-one-revision',
    title:
      'The freight auditor sends the tile waybill back once (gross weight must include 22 pallets, 24,750 kg); the drafter corrects it and the second review approves',
    domain: 'road freight waybills (Iran)',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one revise round that changes the figure the reviewer asked about, then approval',
    request:
      'صدور بارنامه برای محموله‌ی کاشی شرکت «کاشی پارس یزد» از یزد به بندرعباس (انبار بندر شهید رجایی)، ۲۲ پالت، وزن خالص کالا ۲۴٬۲۰۰ کیلوگرم، کامیون تریلی کفی، بارگیری ۱۴۰۵/۱۲/۲۰. سقف بار مجاز تریلی ۲۶ تن است. کرایه توافقی ۱۸۵٬۰۰۰٬۰۰۰ ریال.',
    topology: {
      shape: 'pipeline',
      order: ['waybill_drafter', 'freight_auditor', 'dispatch_clerk'],
      loop: { from: 'freight_auditor', to: 'waybill_drafter', while: 'اصلاح', max: 3 },
    },
    agents: [
      {
        name: 'waybill_drafter',
        description: 'تنظیم‌کننده‌ی بارنامه',
        instructions: 'پیش‌نویس بارنامه را بنویس یا طبق نظر ممیز اصلاح کن.',
        prompt: 'درخواست یا نظر ممیز:\n{input}\n\nمحموله: {request}',
        replies: [
          {
            say: 'پیش‌نویس بارنامه‌ی ۱:\n| بند | مقدار |\n|---|---|\n| فرستنده | کاشی پارس یزد |\n| مبدأ ← مقصد | یزد ← بندرعباس، انبار شهید رجایی |\n| تعداد | ۲۲ پالت کاشی |\n| وزن ناخالص | ۲۴٬۲۰۰ کیلوگرم |\n| وسیله | تریلی کفی |\n| تاریخ بارگیری | ۱۴۰۵/۱۲/۲۰ |\n| کرایه | ۱۸۵٬۰۰۰٬۰۰۰ ریال |',
          },
          {
            say: 'پیش‌نویس بارنامه‌ی ۲ (اصلاح‌شده):\n| بند | مقدار |\n|---|---|\n| فرستنده | کاشی پارس یزد |\n| مبدأ ← مقصد | یزد ← بندرعباس، انبار شهید رجایی |\n| تعداد | ۲۲ پالت کاشی |\n| وزن خالص کالا | ۲۴٬۲۰۰ کیلوگرم |\n| وزن پالت‌ها | ۲۲ × ۲۵ = ۵۵۰ کیلوگرم |\n| **وزن ناخالص** | **۲۴٬۷۵۰ کیلوگرم** (زیر سقف ۲۶ تن) |\n| وسیله | تریلی کفی |\n| تاریخ بارگیری | ۱۴۰۵/۱۲/۲۰ |\n| کرایه | ۱۸۵٬۰۰۰٬۰۰۰ ریال |',
          },
        ],
      },
      {
        name: 'freight_auditor',
        description: 'ممیز بارنامه و کنترل وزن',
        instructions: 'با «تأیید: …» یا «اصلاح: …» پاسخ بده.',
        prompt: 'پیش‌نویس:\n{input}',
        replies: [
          {
            call: 'pallet_spec',
            args: { shipper: 'کاشی پارس یزد', pallets: 22 },
            result: '{"pallet_type": "چوبی یورو ۱۲۰×۸۰", "tare_kg": 25, "pallets": 22, "total_tare_kg": 550}',
          },
          {
            say: 'اصلاح: وزن ناخالص باید وزن پالت‌ها را هم داشته باشد: ۲۲ پالت یورو × ۲۵ کیلوگرم = ۵۵۰ کیلوگرم، پس ناخالص ۲۴٬۷۵۰ کیلوگرم. بقیه‌ی بندها درست است.',
          },
          {
            say: 'تأیید: نسخه‌ی ۲ درست است؛ وزن ناخالص ۲۴٬۷۵۰ کیلوگرم، زیر سقف ۲۶ تن. برای صدور ارسال شود.',
          },
        ],
      },
      {
        name: 'dispatch_clerk',
        description: 'صدور بارنامه و اعزام راننده',
        instructions: 'بارنامه‌ی تأییدشده را صادر کن و شماره را اعلام کن.',
        prompt: 'نتیجه‌ی ممیزی:\n{input}',
        replies: [
          {
            call: 'issue_waybill',
            args: { shipper: 'کاشی پارس یزد', gross_kg: 24750, date: '1405/12/20' },
            result:
              'بارنامه‌ی شماره‌ی ۰۸۷۴۲۱۹ سری ب صادر شد | راننده: حسین کریمی | پلاک ۶۴ ع ۳۸۲ ایران ۵۴ | بارگیری ۱۴۰۵/۱۲/۲۰ ساعت ۷',
          },
          {
            say: 'بارنامه‌ی ۰۸۷۴۲۱۹ (سری ب) صادر شد: ۲۲ پالت، ناخالص ۲۴٬۷۵۰ کیلوگرم، راننده حسین کریمی، بارگیری ۱۴۰۵/۱۲/۲۰ ساعت ۷ صبح، کرایه ۱۸۵٬۰۰۰٬۰۰۰ ریال.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'carmel-hotel-ac-fault-room-move-handed-to-housekeeping',
    title:
      'The maintenance technician finds the room AC compressor needs a part tomorrow, says it is passing the room move to housekeeping and does transfer; housekeeping prepares the new room and answers',
    domain: 'hotel guest services (Israel)',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: a handoff announced in the answer and actually made',
    request:
      'שלום, אני בחדר 512 במלון כרמל ביץ׳, המזגן לא מקרר מאז הבוקר ובחוץ 31 מעלות. יש לנו עוד שני לילות (עד 18.6.2027). אפשר לתקן היום או להעביר אותנו לחדר אחר באותה קטגוריה?',
    topology: {
      shape: 'swarm',
      entry: 'front_desk',
      agents: ['front_desk', 'maintenance_tech', 'housekeeping_desk'],
    },
    agents: [
      {
        name: 'front_desk',
        description: 'דלפק קבלה',
        instructions: 'פתח קריאה והעבר לאחזקה.',
        replies: [
          {
            call: 'open_ticket',
            args: { room: '512', issue: 'מזגן לא מקרר' },
            result:
              'קריאה MT-61644 נפתחה | חדר 512 | אורחים: משפחת לוי, 2+1 | קטגוריה: Deluxe Sea View | יציאה 18.6.2027',
          },
          {
            handoff: 'maintenance_tech',
            message:
              'קריאה MT-61644, חדר 512 (Deluxe Sea View): מזגן לא מקרר מהבוקר. האורחים מבקשים תיקון היום או מעבר חדר.',
          },
        ],
      },
      {
        name: 'maintenance_tech',
        description: 'טכנאי אחזקה',
        instructions: 'בדוק את התקלה; אם אי אפשר לתקן היום, העבר למשק בית לצורך מעבר חדר.',
        replies: [
          {
            call: 'hvac_diagnostics',
            args: { room: '512' },
            result:
              'יחידה FCU-512 | מדחס: לא מתניע | קבל התנעה 45µF שרוף | חלק חלופי: במחסן הספק, אספקה מחר 10:00 | זמן תיקון משוער: 1.5 שעות',
          },
          {
            handoff: 'housekeeping_desk',
            message:
              'MT-61644: קבל התנעה שרוף במזגן 512, חלק מגיע רק מחר ב-10:00, אין תיקון היום. מעביר אליכם למעבר חדר – משפחת לוי 2+1, Deluxe Sea View, עד 18.6.',
          },
        ],
      },
      {
        name: 'housekeeping_desk',
        description: 'משק בית',
        instructions: 'הכן חדר חלופי והודע לאורח.',
        replies: [
          {
            call: 'assign_room',
            args: { from_room: '512', category: 'Deluxe Sea View', until: '2027-06-18' },
            result:
              'חדר 604 שוריין | Deluxe Sea View | מיטה נוספת לילד הוכנה | מוכן מ-14:30 | סבל יגיע ב-14:45',
          },
          {
            say: 'משפחת לוי שלום, מצטערים על אי הנוחות. המזגן בחדר 512 ייתוקן רק מחר, ולכן הכנו לכם את **חדר 604** (Deluxe Sea View, עם מיטה נוספת לילד) עד 18.6. החדר מוכן מ-14:30 וסבל יגיע ב-14:45 לעזור עם המזוודות.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'khonkaen-weekly-works-terse-streetlight-report-complete',
    title:
      'Weekly municipal works fan-out: the streetlight team answers in one line (17 of 17 work orders closed, nothing pending), which is all its brief asked; the summary carries it over',
    domain: 'municipal public works (Thailand)',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf: 'low_quality_output: a one-line worker report that is short but complete for its brief',
    request:
      'เทศบาลนครขอนแก่น กองช่าง: ขอสรุปงานซ่อมบำรุงประจำสัปดาห์ (8–14 มี.ค. 2570) สามงาน ได้แก่ ไฟฟ้าส่องสว่าง ท่อระบายน้ำ และถนน ให้รู้ว่างานไหนปิดแล้ว งานไหนค้าง และงบที่ใช้ไป เพื่อรายงานนายกเทศมนตรีวันจันทร์',
    topology: {
      shape: 'fanout',
      planner: 'works_planner',
      workers: ['streetlight_team', 'drainage_team', 'road_team'],
      aggregator: 'works_summary',
    },
    agents: [
      {
        name: 'works_planner',
        description: 'ผู้ประสานงานกองช่าง',
        instructions: 'แบ่งงานให้แต่ละทีมรายงาน',
        replies: [
          {
            plan: {
              streetlight_team: 'ไฟฟ้าส่องสว่าง 8–14 มี.ค. 2570: จำนวนใบงานที่ปิด/ค้าง และงบที่ใช้',
              drainage_team: 'ท่อระบายน้ำ 8–14 มี.ค. 2570: จำนวนใบงานที่ปิด/ค้าง จุดที่ยังค้างพร้อมเหตุผล และงบที่ใช้',
              road_team: 'ถนน 8–14 มี.ค. 2570: จำนวนใบงานที่ปิด/ค้าง จุดที่ยังค้างพร้อมเหตุผล และงบที่ใช้',
            },
          },
        ],
      },
      {
        name: 'streetlight_team',
        description: 'ทีมไฟฟ้าส่องสว่าง',
        instructions: 'รายงานตามที่ได้รับมอบหมาย',
        replies: [
          {
            call: 'work_orders',
            args: { team: 'ไฟฟ้า', from: '2570-03-08', to: '2570-03-14' },
            result: '{"opened": 17, "closed": 17, "pending": 0, "spent_thb": 48250.00}',
          },
          { say: 'ไฟฟ้าส่องสว่าง: ปิดครบ 17/17 ใบงาน ไม่มีค้าง ใช้งบ 48,250.00 บาท' },
        ],
      },
      {
        name: 'drainage_team',
        description: 'ทีมท่อระบายน้ำ',
        instructions: 'รายงานตามที่ได้รับมอบหมาย',
        replies: [
          {
            call: 'work_orders',
            args: { team: 'ระบายน้ำ', from: '2570-03-08', to: '2570-03-14' },
            result:
              '{"opened": 9, "closed": 7, "pending": [{"wo": "DR-2570-0311", "จุด": "ซ.ศรีจันทร์ 12", "เหตุ": "รอรถดูดเลน (ส่งซ่อม)"}, {"wo": "DR-2570-0314", "จุด": "ถ.กลางเมือง หน้าตลาดบางลำภู", "เหตุ": "ต้องขออนุญาตปิดช่องจราจร"}], "spent_thb": 126400.00}',
          },
          {
            say: 'ท่อระบายน้ำ: ปิด 7/9 ใบงาน ใช้งบ 126,400.00 บาท\nค้าง 2:\n- DR-2570-0311 ซ.ศรีจันทร์ 12 — รอรถดูดเลนกลับจากซ่อม\n- DR-2570-0314 ถ.กลางเมือง หน้าตลาดบางลำภู — รอหนังสืออนุญาตปิดช่องจราจร',
          },
        ],
      },
      {
        name: 'road_team',
        description: 'ทีมถนน',
        instructions: 'รายงานตามที่ได้รับมอบหมาย',
        replies: [
          {
            call: 'work_orders',
            args: { team: 'ถนน', from: '2570-03-08', to: '2570-03-14' },
            result:
              '{"opened": 12, "closed": 11, "pending": [{"wo": "RD-2570-0207", "จุด": "ถ.มิตรภาพ ขาเข้า กม.3", "เหตุ": "ยางมะตอยขาด รอส่งของ 18 มี.ค."}], "spent_thb": 312780.50}',
          },
          {
            say: 'ถนน: ปิด 11/12 ใบงาน ใช้งบ 312,780.50 บาท ค้าง 1: RD-2570-0207 ถ.มิตรภาพ ขาเข้า กม.3 — รอยางมะตอย ส่งของ 18 มี.ค.',
          },
        ],
      },
      {
        name: 'works_summary',
        description: 'ผู้สรุปรายงานกองช่าง',
        instructions: 'รวมรายงานของทุกทีมเป็นสรุปสำหรับนายกเทศมนตรี',
        replies: [
          {
            say: '## สรุปงานซ่อมบำรุง 8–14 มี.ค. 2570\n\n| งาน | ปิด/ทั้งหมด | ค้าง | งบที่ใช้ (บาท) |\n|---|---|---|---|\n| ไฟฟ้าส่องสว่าง | 17/17 | – | 48,250.00 |\n| ท่อระบายน้ำ | 7/9 | DR-0311 (รอรถดูดเลน), DR-0314 (รออนุญาตปิดช่องจราจร) | 126,400.00 |\n| ถนน | 11/12 | RD-0207 (รอยางมะตอย 18 มี.ค.) | 312,780.50 |\n| **รวม** | **35/38** | **3** | **487,430.50** |',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch50Scenarios = [...faults, ...healthy];
