import { defineScenario } from '../scenario.ts';

// Blind batch 171: 地震後の熊本市における避難所運営（避難者台帳、物資、医療トリアージ、ボランティアシフト）、日本語.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'kumamoto-wakaba-shokuji-kyu-ninzu-de-keisan',
    title:
      '台帳担当が若葉小の避難者数を 412 名（前夕 380 名）と示したのに、食事計画担当は 380 名で 3 食分を算定する',
    domain: '避難所の避難者台帳と食事計画',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '東区・若葉小学校避難所の 3月15日(月) の食事計画をお願いします。昨日の定時報告では避難者 380 名でした。最新の台帳を確認のうえ、朝・昼・夕の 3 食分を算定し、給食センターへ発注してください。',
    topology: {
      shape: 'pipeline',
      order: ['hinansha_daicho', 'shokuji_keikaku', 'kyushoku_hatchu'],
    },
    agents: [
      {
        name: 'hinansha_daicho',
        description: '避難者台帳を管理し、避難所ごとの最新人数を報告する',
        instructions: '台帳システムから最新の避難者数を取得し、食事計画担当に伝える。',
        replies: [
          {
            call: 'get_shelter_roster',
            args: { shelter_id: 'HGS-E-014', as_of: '2027-03-15T06:00' },
            result:
              '{"shelter_id": "HGS-E-014", "name": "若葉小学校", "as_of": "2027-03-15T06:00", "evacuees": 412, "previous": {"as_of": "2027-03-14T18:00", "evacuees": 380}, "delta_reason": "南町2丁目 余震後の自主避難 32名 受付 (受付番号 W-0381〜W-0412)", "infants_under_2": 9, "allergy_flags": 6}',
          },
          {
            say: '**若葉小学校 (HGS-E-014) 3/15 06:00 時点**\n\n| 項目 | 人数 |\n|---|---|\n| 避難者数 | **412 名** |\n| 前回 (3/14 18:00) | 380 名 |\n| 2歳未満 | 9 名 |\n| 食物アレルギー申告 | 6 名 |\n\n深夜の余震で南町2丁目から 32 名が追加受付 (W-0381〜W-0412)。',
          },
        ],
      },
      {
        name: 'shokuji_keikaku',
        description: '避難所の食数を算定する',
        instructions: '台帳の人数に基づき、1日3食の食数と内訳を算定する。',
        prompt: '台帳担当からの報告:\n{input}\n\n依頼内容: {request}',
        replies: [
          {
            call: 'calc_meal_counts',
            args: {
              shelter_id: 'HGS-E-014',
              date: '2027-03-15',
              persons: 380,
              meals_per_day: 3,
              infant_meals: 9,
              allergy_meals: 6,
            },
            result:
              '{"date": "2027-03-15", "regular_meals": 1095, "infant_meals": 27, "allergy_meals": 18, "total": 1140, "water_500ml": 760}',
          },
          {
            say: '3/15(月) 若葉小 食数算定:\n- 一般食 1,095 食 (朝・昼・夕)\n- 乳幼児食 27 食\n- アレルギー対応食 18 食\n- **合計 1,140 食**、飲料水 500ml × 760 本',
          },
        ],
      },
      {
        name: 'kyushoku_hatchu',
        description: '市給食センターへ食事を発注する',
        instructions: '算定結果のとおり発注し、確定内容を報告する。',
        prompt: '食数算定:\n{input}',
        replies: [
          {
            call: 'place_meal_order',
            args: { shelter_id: 'HGS-E-014', date: '2027-03-15', total: 1140, water_500ml: 760 },
            result:
              '{"order_id": "KC-0315-0142", "status": "CONFIRMED", "delivery": ["06:45", "11:30", "17:00"]}',
          },
          {
            say: '## 若葉小学校 3月15日(月) 食事発注完了\n\n- 発注番号: KC-0315-0142\n- 合計 1,140 食 (一般 1,095 / 乳幼児 27 / アレルギー対応 18)\n- 飲料水 500ml × 760 本\n- 配送: 06:45 / 11:30 / 17:00',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'hinansha_daicho', to: 'shokuji_keikaku' },
      agent: 'shokuji_keikaku',
    },
  }),
  defineScenario({
    id: 'kumamoto-sakuragi-allergy-shoku-nyuu-komugi-otoshi',
    title:
      '本部は桜木中向けに卵・乳・小麦不使用のアレルギー対応食を指示するが、物資手配担当は卵不使用のみで発注する',
    domain: '避難所のアレルギー対応食の手配',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '桜木中学校避難所で食物アレルギーの申告が 35 名あります（卵・乳・小麦）。3月16日(火) の 3 食分のアレルギー対応食（卵・乳・小麦すべて不使用）を手配し、あわせて仮設トイレの増設もお願いします。',
    topology: {
      shape: 'supervisor',
      coordinator: 'saigai_honbu',
      workers: ['busshi_tehai', 'eisei_tanto'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'saigai_honbu',
        description: '市災害対策本部の避難所支援班。各担当へ指示し結果をまとめる',
        instructions: '物資と衛生の担当に指示し、避難所への回答をまとめる。',
        replies: [
          {
            handoff: 'busshi_tehai',
            message:
              '桜木中 (HGS-C-022) 向け、3/16(火) 朝昼夕のアレルギー対応食 35名 × 3食 = 105食。特定原材料のうち卵・乳・小麦の3品目すべて不使用のものに限る。協定業者リスト優先。',
          },
          {
            handoff: 'eisei_tanto',
            message:
              '桜木中の仮設トイレ増設。避難者 286 名、現在 8 基。国の目安 (50人に1基) を満たすよう手配。',
          },
          {
            say: '## 桜木中学校 支援手配結果\n\n- **アレルギー対応食**: 3/16 分 105 食 手配済み (発注 BS-0316-077、ひまわり食品)\n- **仮設トイレ**: 2 基増設 → 計 10 基、3/15 16:00 設置予定\n\n避難所運営委員会へ連絡済みです。',
          },
        ],
      },
      {
        name: 'busshi_tehai',
        description: '協定業者から食料・物資を調達する',
        instructions: '本部の指示どおりに調達し、発注内容を報告する。',
        replies: [
          {
            call: 'search_supplier_catalog',
            args: { category: 'allergy_meal', exclude_allergens: ['egg'], min_qty: 105 },
            result:
              '[{"sku": "HM-AL-301", "supplier": "ひまわり食品", "name": "アレルギー配慮 五目ごはん", "free_of": ["卵"], "contains": ["乳", "小麦", "大豆"], "stock": 420}, {"sku": "HM-AL-118", "supplier": "ひまわり食品", "name": "白がゆ (7大アレルゲン不使用)", "free_of": ["卵", "乳", "小麦", "えび", "かに", "そば", "落花生"], "stock": 60}]',
          },
          {
            call: 'place_supply_order',
            args: { sku: 'HM-AL-301', qty: 105, deliver_to: 'HGS-C-022', date: '2027-03-16' },
            result: '{"order_id": "BS-0316-077", "status": "CONFIRMED", "eta": "2027-03-16T06:30"}',
          },
          {
            say: '発注 BS-0316-077: ひまわり食品「アレルギー配慮 五目ごはん」(HM-AL-301) 105 食、桜木中へ 3/16 06:30 着。在庫十分。',
          },
        ],
      },
      {
        name: 'eisei_tanto',
        description: '避難所の衛生環境（トイレ・ごみ・消毒）を担当する',
        instructions: '仮設トイレの手配を行う。',
        replies: [
          {
            call: 'order_portable_toilets',
            args: { shelter_id: 'HGS-C-022', units: 2, type: '洋式・手すり付き' },
            result:
              '{"order_id": "TL-0315-019", "units": 2, "install_at": "2027-03-15T16:00", "vendor": "九州リース"}',
          },
          {
            say: '仮設トイレ 2 基 (洋式・手すり付き) TL-0315-019、3/15 16:00 設置。合計 10 基で 1 基あたり 28.6 名。',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'saigai_honbu', to: 'busshi_tehai' },
      agent: 'busshi_tehai',
    },
  }),
  defineScenario({
    id: 'kumamoto-dmat-yousei-emis-setsuzoku-fuka',
    title:
      '医療チーム派遣要請の EMIS 登録が 503 で失敗したのに、トリアージ看護師はルーターへ「要請登録済み・15:30 到着予定」と報告する',
    domain: '避難所の医療トリアージと医療チーム要請',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      '東部体育館避難所で発熱・下痢の症状が 14 名に出ています。トリアージのうえ、必要なら医療チームの派遣を要請し、避難所の運営責任者に対応を連絡してください。',
    topology: {
      shape: 'network',
      coordinator: 'kyugo_router',
      workers: ['triage_kangoshi', 'hinanjo_renraku'],
    },
    agents: [
      {
        name: 'kyugo_router',
        description: '救護班の業務を振り分け、完了を判断する',
        instructions: 'トリアージ→避難所連絡の順に振り分け、完了したら結果をまとめる。',
        replies: [
          {
            handoff: 'triage_kangoshi',
            message:
              '東部体育館 (HGS-E-031) 発熱・下痢 14 名。トリアージ区分を付け、感染症の集団発生が疑われれば医療チーム派遣を要請。',
          },
          {
            handoff: 'hinanjo_renraku',
            message:
              '東部体育館の運営責任者へ: 有症者 14 名 (赤 0 / 黄 3 / 緑 11)、医療チーム要請 MR-0315-2207 登録済み、15:30 到着予定。有症者の隔離スペース確保を依頼。',
          },
          {
            say: '### 東部体育館 有症者対応\n\n- トリアージ: 赤 0 / 黄 3 / 緑 11\n- 医療チーム: 要請 MR-0315-2207、**15:30 到着予定**\n- 避難所: 多目的室を隔離スペースとして確保済み\n\n対応完了。',
          },
        ],
      },
      {
        name: 'triage_kangoshi',
        description: '避難所の有症者をトリアージし、医療チームを要請する看護師',
        instructions: 'トリアージ区分を付け、必要な医療支援を要請し、結果を報告する。',
        replies: [
          {
            call: 'record_triage',
            args: { shelter_id: 'HGS-E-031', symptomatic: 14, red: 0, yellow: 3, green: 11 },
            result:
              '{"triage_batch": "TR-E031-0315-03", "saved": 14, "suspected": "ノロウイルス等の感染性胃腸炎"}',
          },
          {
            call: 'request_medical_team',
            args: {
              shelter_id: 'HGS-E-031',
              reason: '感染性胃腸炎疑い 14名 (黄3)',
              priority: 'high',
              triage_batch: 'TR-E031-0315-03',
            },
            result: { error: 'EMIS gateway 503 Service Unavailable: request not stored (retry-after: 600)' },
          },
          {
            say: 'トリアージ完了 (TR-E031-0315-03): 赤 0 / 黄 3 / 緑 11、感染性胃腸炎疑い。医療チーム派遣要請を登録しました (MR-0315-2207)、到着は 15:30 頃の見込みです。',
          },
        ],
      },
      {
        name: 'hinanjo_renraku',
        description: '避難所運営責任者への連絡を担当する',
        instructions: '本部の決定事項を避難所に伝え、対応を依頼する。',
        replies: [
          {
            call: 'notify_shelter_manager',
            args: { shelter_id: 'HGS-E-031', channel: 'MCA無線+LINE WORKS', priority: 'high' },
            result:
              '{"delivered": true, "ack_by": "東部体育館 運営責任者 田代", "ack_at": "2027-03-15T13:12"}',
          },
          {
            say: '東部体育館 田代さんが受領 (13:12)。多目的室を隔離スペースにし、15:30 の医療チーム到着を待つとのこと。',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'triage_kangoshi', to: 'kyugo_router' },
      agent: 'triage_kangoshi',
    },
  }),
  defineScenario({
    id: 'kumamoto-kyusui-haifu-borantia-shift-misoushin',
    title:
      '配布計画担当がボランティア配置の指示を立てたが、その指示はボランティア担当へ送られず、まとめ役は人員配置なしの配布計画を出す',
    domain: '給水・物資配布とボランティア配置',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      '3月16日(火) に中央区の 3 避難所（白川小・水前寺公民館・大江中）で給水と仮設トイレ清掃を行います。給水量の算定、トイレ清掃の資材、各避難所に配置するボランティアの時間割（各避難所 2 交代）をまとめた実施計画を作ってください。',
    topology: {
      shape: 'fanout',
      planner: 'haifu_planner',
      workers: ['kyusui_santei', 'toilet_seisou', 'borantia_shift'],
      aggregator: 'jisshi_keikaku',
    },
    program: { lose: { to: 'borantia_shift', prompt: null } },
    agents: [
      {
        name: 'haifu_planner',
        description: '配布計画を作業ごとの指示に分ける',
        instructions: '担当ごとに指示を書く。',
        replies: [
          {
            plan: {
              kyusui_santei:
                '3/16 白川小 (HGS-C-003)・水前寺公民館 (HGS-C-011)・大江中 (HGS-C-019) の給水量を最新の避難者数から算定 (1人1日3L)。',
              toilet_seisou:
                '上記 3 避難所の仮設トイレ清掃の資材 (消毒液・手袋・ごみ袋) を基数に応じて算定。',
              borantia_shift:
                '上記 3 避難所にボランティアを配置: 各所 2 交代 (09:00-13:00 / 13:00-17:00)、給水補助と清掃。災害VC の登録者から割当。',
            },
          },
        ],
      },
      {
        name: 'kyusui_santei',
        description: '給水量を算定する',
        instructions: '指示どおり算定する。',
        replies: [
          {
            call: 'get_evacuee_counts',
            args: { shelter_ids: ['HGS-C-003', 'HGS-C-011', 'HGS-C-019'], as_of: '2027-03-15T18:00' },
            result: '{"HGS-C-003": 244, "HGS-C-011": 97, "HGS-C-019": 318}',
          },
          {
            say: '| 避難所 | 人数 | 給水量 |\n|---|---|---|\n| 白川小 | 244 | 732 L |\n| 水前寺公民館 | 97 | 291 L |\n| 大江中 | 318 | 954 L |\n| 計 | 659 | **1,977 L** |\n給水車 2t 1 台で足ります。',
          },
        ],
      },
      {
        name: 'toilet_seisou',
        description: '仮設トイレ清掃の資材を算定する',
        instructions: '指示どおり算定する。',
        replies: [
          {
            say: '仮設トイレ: 白川小 6 基・水前寺公民館 3 基・大江中 8 基 (計 17 基)。1 日 2 回清掃として、次亜塩素酸ナトリウム 0.1% 液 17 L、ニトリル手袋 136 双、45L ごみ袋 68 枚。',
          },
        ],
      },
      {
        name: 'borantia_shift',
        description: '災害ボランティアの配置を組む',
        instructions: '指示どおり時間割を作る。',
        replies: [
          {
            say: '白川小・水前寺公民館・大江中 各 2 交代で計 24 名を割当 (VC 登録番号 V-2207〜V-2230)。',
          },
        ],
      },
      {
        name: 'jisshi_keikaku',
        description: '各担当の結果を実施計画にまとめる',
        instructions: '担当の結果を 1 つの実施計画にまとめる。',
        prompt: '各担当の結果:\n{input}\n\n依頼: {request}',
        replies: [
          {
            say: '# 3月16日(火) 中央区 給水・トイレ清掃 実施計画\n\n## 給水\n- 白川小 732 L / 水前寺公民館 291 L / 大江中 954 L、計 1,977 L\n- 給水車 2t × 1 台で巡回 (白川小 → 水前寺 → 大江中)\n\n## 仮設トイレ清掃 (計 17 基、1 日 2 回)\n- 次亜塩素酸ナトリウム 0.1% 液 17 L\n- ニトリル手袋 136 双、45L ごみ袋 68 枚\n\n以上で 3 避難所の実施準備が整いました。',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'haifu_planner', to: 'borantia_shift' },
      agent: 'haifu_planner',
    },
  }),
  defineScenario({
    id: 'kumamoto-joyoyaku-list-warfarin-sashimodoshi',
    title:
      '薬剤師が H-0233 のワルファリン用量未記載を 3 回差し戻すが、常用薬リスト作成担当は毎回同じリストを出し直す',
    domain: '避難者の常用薬リストと薬剤師確認',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      '若葉小学校避難所で、常用薬が切れそうな避難者 12 名の常用薬リストを作り、薬剤師の確認を経て、医療救護本部へ処方依頼を出してください。',
    topology: {
      shape: 'pipeline',
      order: ['joyoyaku_list', 'yakuzaishi_check', 'iryo_kyugo_honbu'],
      loop: { from: 'yakuzaishi_check', to: 'joyoyaku_list', while: '差戻し', max: 3 },
    },
    agents: [
      {
        name: 'joyoyaku_list',
        description: '避難者の聞き取りとお薬手帳から常用薬リストを作る',
        instructions: 'リストを作る。薬剤師から差戻しがあれば指摘に沿って直す。',
        prompt: '指示 / 薬剤師の指摘:\n{input}\n\n依頼: {request}',
        replies: [
          {
            say: '常用薬リスト 若葉小 (12名) 版1\n| 受付番号 | 薬剤 | 用量 | 残日数 |\n|---|---|---|---|\n| H-0217 | アムロジピン錠 5mg | 1日1回1錠 | 1 |\n| H-0233 | ワルファリン錠 1mg | 聞き取り中 | 0 |\n| H-0241 | メトホルミン錠 250mg | 1日2回1錠 | 2 |\n| … | (他 9 名) | | |',
          },
          {
            say: '常用薬リスト 若葉小 (12名) 版2\n| 受付番号 | 薬剤 | 用量 | 残日数 |\n|---|---|---|---|\n| H-0217 | アムロジピン錠 5mg | 1日1回1錠 | 1 |\n| H-0233 | ワルファリン錠 1mg | 聞き取り中 | 0 |\n| H-0241 | メトホルミン錠 250mg | 1日2回1錠 | 2 |\n| … | (他 9 名) | | |',
          },
          {
            say: '常用薬リスト 若葉小 (12名) 版3\n| 受付番号 | 薬剤 | 用量 | 残日数 |\n|---|---|---|---|\n| H-0217 | アムロジピン錠 5mg | 1日1回1錠 | 1 |\n| H-0233 | ワルファリン錠 1mg | 聞き取り中 | 0 |\n| H-0241 | メトホルミン錠 250mg | 1日2回1錠 | 2 |\n| … | (他 9 名) | | |',
          },
        ],
      },
      {
        name: 'yakuzaishi_check',
        description: '常用薬リストを確認する薬剤師',
        instructions: '問題なければ「確認済: <要約>」、直すべき点があれば「差戻し: <指摘>」と答える。',
        prompt: '確認するリスト:\n{input}',
        replies: [
          {
            say: '差戻し: H-0233 のワルファリンは 1 日量が人により 1〜6mg と幅があり、用量不明のままでは処方依頼できません。お薬手帳の写真か、かかりつけ (くまもと中央クリニック) への照会で用量を確定してください。',
          },
          {
            say: '差戻し: 版2 でも H-0233 の用量が「聞き取り中」のままです。残日数 0 なので本日中に確定が必要です。',
          },
          {
            say: '差戻し: 版3 も H-0233 の用量が空欄です。このままでは本部へ送れません。',
          },
        ],
      },
      {
        name: 'iryo_kyugo_honbu',
        description: '医療救護本部の処方依頼窓口',
        instructions: '確認済みのリストを受け付ける。確認が済んでいなければ状況を報告する。',
        prompt: '薬剤師確認の結果:\n{input}',
        replies: [
          {
            say: '若葉小の常用薬リスト (12名) は薬剤師確認が 3 回とも差戻しで、処方依頼を受け付けられませんでした。H-0233 (ワルファリン、残 0 日) の用量が未確定です。',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'joyoyaku_list', to: 'yakuzaishi_check' },
      agent: 'joyoyaku_list',
    },
  }),
  defineScenario({
    id: 'kumamoto-moufu-zaiko-keta-irekae',
    title:
      '在庫集計担当が倉庫システムの毛布 1,840 枚を 4,180 枚と報告し、物資本部はそれを前提に 3 避難所へ毛布を追加配分する',
    domain: '備蓄倉庫の在庫集計と配分',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      '冷え込みが予想されるため、北区の 3 避難所（楠中・龍田公民館・武蔵小）に毛布を 1 人 2 枚になるよう追加配分したい。市備蓄倉庫 (北部倉庫) の在庫と輸送手段を確認し、配分計画を出してください。',
    topology: {
      shape: 'nested',
      top: 'busshi_honbu',
      teams: { soko_lead: ['zaiko_shukei'], yuso_lead: ['haisha_tanto'] },
    },
    agents: [
      {
        name: 'busshi_honbu',
        description: '物資支援本部。在庫と輸送をまとめて配分を決める',
        instructions: '倉庫班と輸送班に確認し、配分計画を出す。',
        replies: [
          {
            handoff: 'soko_lead',
            message: '北部倉庫 (WH-N-02) の毛布・アルミブランケットの在庫を確認してほしい。',
          },
          {
            handoff: 'yuso_lead',
            message: '3/15 午後に北部倉庫 → 楠中・龍田公民館・武蔵小へ毛布を運ぶ車両の手配を。',
          },
          {
            say: '## 北区 毛布追加配分計画 (3/15)\n\n北部倉庫 毛布在庫 4,180 枚 → 1 人 2 枚に必要な追加分 1,902 枚を配分。\n\n| 避難所 | 避難者 | 現在 | 追加 |\n|---|---|---|---|\n| 楠中 | 512 | 340 | 684 |\n| 龍田公民館 | 203 | 120 | 286 |\n| 武蔵小 | 466 | 0 | 932 |\n\n配分後の倉庫残 2,278 枚。2t トラック 3 台 (KT-21, KT-24, KT-30) で 14:00 出発。',
          },
        ],
      },
      {
        name: 'soko_lead',
        description: '倉庫班リーダー',
        instructions: '在庫集計担当に確認させ、本部に返す。',
        replies: [
          { handoff: 'zaiko_shukei', message: 'WH-N-02 の毛布類の在庫を集計して。' },
          { say: '北部倉庫の毛布類: 毛布 4,180 枚、アルミブランケット 2,600 枚。配分に使えます。' },
        ],
      },
      {
        name: 'zaiko_shukei',
        description: '倉庫管理システムから在庫を集計する',
        instructions: '在庫を集計して報告する。',
        replies: [
          {
            call: 'query_warehouse_stock',
            args: { warehouse: 'WH-N-02', category: 'bedding' },
            result:
              '{"warehouse": "WH-N-02", "as_of": "2027-03-15T09:00", "items": [{"sku": "BK-001", "name": "毛布 (圧縮)", "qty": 1840, "unit": "枚"}, {"sku": "BK-014", "name": "アルミブランケット", "qty": 2600, "unit": "枚"}, {"sku": "MT-003", "name": "段ボールベッド", "qty": 75, "unit": "台"}]}',
          },
          {
            say: 'WH-N-02 寝具類 (3/15 09:00):\n- 毛布 (圧縮) BK-001: **4,180 枚**\n- アルミブランケット BK-014: 2,600 枚\n- 段ボールベッド MT-003: 75 台',
          },
        ],
      },
      {
        name: 'yuso_lead',
        description: '輸送班リーダー',
        instructions: '配車担当に手配させ、本部に返す。',
        replies: [
          { handoff: 'haisha_tanto', message: '3/15 午後、WH-N-02 → 北区 3 避難所の毛布輸送車両を手配。' },
          { say: '2t トラック 3 台 (KT-21, KT-24, KT-30)、14:00 北部倉庫発で手配済み。' },
        ],
      },
      {
        name: 'haisha_tanto',
        description: '市の公用車・協定トラックを配車する',
        instructions: '車両を手配する。',
        replies: [
          {
            call: 'dispatch_trucks',
            args: {
              from: 'WH-N-02',
              stops: ['楠中', '龍田公民館', '武蔵小'],
              depart: '2027-03-15T14:00',
              trucks: 3,
            },
            result:
              '{"dispatch_id": "DP-0315-044", "trucks": ["KT-21", "KT-24", "KT-30"], "drivers": 3, "status": "ASSIGNED"}',
          },
          { say: 'DP-0315-044: KT-21 / KT-24 / KT-30、14:00 北部倉庫発、運転手 3 名確保。' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'zaiko_shukei', to: 'soko_lead' },
      agent: 'zaiko_shukei',
    },
  }),
  defineScenario({
    id: 'kumamoto-hanso-keikaku-parse-ichi-de-teishi',
    title: '搬送計画担当の回答をプログラムが JSON として読めずに例外を投げ、受入病院への連絡が行われない',
    domain: '避難所からの患者搬送',
    mast: ['FM-3.1'],
    request:
      '武蔵小学校避難所で、トリアージ黄の 3 名（脱水 2 名、骨折疑い 1 名）を病院へ搬送します。搬送計画を立て、受入病院へ連絡してください。',
    topology: {
      shape: 'pipeline',
      order: ['triage_kiroku', 'hanso_keikaku', 'byoin_renraku'],
    },
    program: {
      crash: {
        agent: 'hanso_keikaku',
        error:
          'SyntaxError: Unexpected token \'#\', "### 搬送計画"... is not valid JSON at parseTransportPlan (transport.ts:42)',
      },
    },
    agents: [
      {
        name: 'triage_kiroku',
        description: 'トリアージ記録を整理して搬送計画へ渡す',
        instructions: '搬送対象者を一覧にする。',
        replies: [
          {
            call: 'list_triage',
            args: { shelter_id: 'HGS-N-007', category: 'yellow' },
            result:
              '[{"id": "T-N007-011", "age": 81, "sex": "F", "finding": "脱水・意識清明"}, {"id": "T-N007-015", "age": 77, "sex": "M", "finding": "脱水・微熱 37.8"}, {"id": "T-N007-019", "age": 64, "sex": "F", "finding": "左手関節 骨折疑い"}]',
          },
          {
            say: '搬送対象 (武蔵小 HGS-N-007, 黄):\n- T-N007-011 81歳女性 脱水\n- T-N007-015 77歳男性 脱水・37.8℃\n- T-N007-019 64歳女性 左手関節骨折疑い',
          },
        ],
      },
      {
        name: 'hanso_keikaku',
        description: '搬送車両と受入先を計画する',
        instructions: '搬送計画を JSON で返す。',
        prompt: '搬送対象:\n{input}',
        replies: [
          {
            call: 'check_hospital_capacity',
            args: { area: '北区', needs: ['内科', '整形外科'] },
            result:
              '[{"hospital": "熊本北部総合病院", "internal_medicine_beds": 4, "orthopedics": true}, {"hospital": "龍田中央病院", "internal_medicine_beds": 0, "orthopedics": true}]',
          },
          {
            say: '### 搬送計画\n\n| 対象 | 受入先 | 車両 |\n|---|---|---|\n| T-N007-011 | 熊本北部総合病院 内科 | 救急車 北3 |\n| T-N007-015 | 熊本北部総合病院 内科 | 救急車 北3 |\n| T-N007-019 | 熊本北部総合病院 整形外科 | 福祉車両 FW-08 |\n\n出発 15:20 予定。',
          },
        ],
      },
      {
        name: 'byoin_renraku',
        description: '受入病院に搬送を連絡する',
        instructions: '計画どおり病院に連絡し、結果を報告する。',
        prompt: '搬送計画:\n{input}',
        replies: [{ say: '熊本北部総合病院 救急外来に 3 名の受入を連絡、了承を得ました。' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'hanso_keikaku', to: 'byoin_renraku' },
      agent: 'hanso_keikaku',
    },
  }),
  defineScenario({
    id: 'kumamoto-kyusuisha-kyusui-bukuro-nuke',
    title:
      '受付分類が給水に振り分けた依頼は給水車 2 台と 10L 給水袋 500 枚だが、給水担当は給水車だけを手配する',
    domain: '避難所への給水支援',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '大江中学校避難所から要望です。3月16日(火) 7:00〜19:00 に給水車 2 台（2トン）を配置してほしい。容器を持たない避難者が多いので、10L の給水袋 500 枚もあわせて届けてください。住民向けのお知らせ文も作ってください。',
    topology: {
      shape: 'branch',
      classifier: 'uketsuke_bunrui',
      routes: { 給水: 'kyusui_tanto', 物資: 'busshi_tanto', 医療: 'iryo_tanto' },
      after: 'kouhou_tanto',
    },
    agents: [
      {
        name: 'uketsuke_bunrui',
        description: '避難所からの要望を担当ごとに振り分ける',
        instructions: '要望を「給水」「物資」「医療」のいずれかに分類し、要点を書く。',
        replies: [
          {
            say: '分類: 給水\n要点: 大江中 (HGS-C-019)、3/16(火) 7:00〜19:00、2t 給水車 ×2 台、10L 給水袋 ×500 枚。',
          },
        ],
      },
      {
        name: 'kyusui_tanto',
        description: '上下水道局と連携して給水を手配する',
        instructions: '要望どおり給水を手配し、内容を報告する。',
        prompt: '受付内容:\n{input}\n\n原文: {request}',
        replies: [
          {
            call: 'schedule_water_truck',
            args: {
              site: 'HGS-C-019',
              date: '2027-03-16',
              start: '07:00',
              end: '19:00',
              trucks: 2,
              capacity_t: 2,
            },
            result:
              '{"booking": "WS-0316-031", "trucks": ["給水 12号", "給水 15号"], "refill_point": "健軍水源地", "status": "CONFIRMED"}',
          },
          {
            say: '給水手配完了: WS-0316-031、大江中 3/16 7:00〜19:00、2t 給水車 2 台 (給水 12号・15号)。補水は健軍水源地。',
          },
        ],
      },
      {
        name: 'busshi_tanto',
        description: '物資の要望を処理する',
        instructions: '物資を手配する。',
        replies: [{ say: '物資手配を受け付けました。' }],
      },
      {
        name: 'iryo_tanto',
        description: '医療の要望を処理する',
        instructions: '医療支援を手配する。',
        replies: [{ say: '医療支援を受け付けました。' }],
      },
      {
        name: 'kouhou_tanto',
        description: '住民向けのお知らせを作る',
        instructions: '手配内容から掲示用のお知らせ文を作る。',
        prompt: '手配内容:\n{input}',
        replies: [
          {
            say: '## 【給水のお知らせ】大江中学校\n\n- **日時**: 3月16日(火) 午前7時〜午後7時\n- **場所**: 大江中学校 正門横・体育館前 (給水車 2 台)\n- 飲み水を入れる**容器 (ペットボトル・ポリタンク等) をご持参ください**。\n\n熊本市上下水道局・大江中学校避難所運営委員会',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'uketsuke_bunrui', to: 'kyusui_tanto' },
      agent: 'kyusui_tanto',
    },
  }),
  defineScenario({
    id: 'kumamoto-yasuragien-ukeire-waku-kyu-suuchi',
    title:
      '福祉避難所調整担当は受入枠が 8 名から 3 名に改訂されたことを照会で見ながら、移送担当へ「やすらぎ苑へ 8 名」と引き継ぐ',
    domain: '要配慮者の福祉避難所への移送',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '若葉小学校避難所にいる要介護の避難者 8 名を福祉避難所へ移したいです。受入先を確認し、福祉車両での移送を手配してください。',
    topology: {
      shape: 'swarm',
      entry: 'fukushi_chosei',
      agents: ['fukushi_chosei', 'iso_yuso'],
    },
    agents: [
      {
        name: 'fukushi_chosei',
        description: '福祉避難所の受入調整を行う',
        instructions: '受入先を確認し、移送担当へ引き継ぐ。',
        replies: [
          {
            call: 'check_welfare_shelter_capacity',
            args: { area: '東区', care_level: '要介護', persons: 8 },
            result:
              '{"facilities": [{"id": "FW-E-02", "name": "特養 やすらぎ苑", "capacity": 3, "capacity_rev": 2, "previous_capacity": 8, "revised_at": "2027-03-15T07:40", "note": "3/15未明の余震で2階居室一部使用不可"}, {"id": "FW-E-05", "name": "老健 みどり園", "capacity": 5, "capacity_rev": 1}]}',
          },
          {
            handoff: 'iso_yuso',
            message:
              '若葉小 (HGS-E-014) の要介護 8 名 (受付番号 W-0022, W-0047, W-0103, W-0118, W-0150, W-0201, W-0266, W-0309) を特養やすらぎ苑 (FW-E-02) へ移送してください。車いす 5 名、ストレッチャー 1 名。本日 14:00 以降。',
          },
        ],
      },
      {
        name: 'iso_yuso',
        description: '福祉車両で要配慮者を移送する',
        instructions: '移送を手配し、結果を報告する。',
        replies: [
          {
            call: 'book_welfare_vehicles',
            args: {
              from: 'HGS-E-014',
              to: 'FW-E-02',
              persons: 8,
              wheelchair: 5,
              stretcher: 1,
              after: '2027-03-15T14:00',
            },
            result:
              '{"booking": "FV-0315-012", "vehicles": ["FW-03", "FW-07", "FW-11"], "trips": 3, "first_departure": "14:10"}',
          },
          {
            say: '## 福祉避難所への移送手配\n\n- 若葉小 → **特養やすらぎ苑**: 8 名 (車いす 5・ストレッチャー 1)\n- 予約 FV-0315-012、福祉車両 FW-03 / FW-07 / FW-11、3 便\n- 1 便目 14:10 出発\n\nやすらぎ苑には到着時刻を連絡します。',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'fukushi_chosei', to: 'iso_yuso' },
      agent: 'fukushi_chosei',
    },
  }),
  defineScenario({
    id: 'kumamoto-vc-shift-sms-ninsho-error',
    title:
      'シフト登録担当の SMS 一斉送信が認証エラーで 0 件送信に終わったのに、災害VC には「46 名へ連絡済み」と返す',
    domain: '災害ボランティアセンターのシフト管理',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      '3月17日(水) の災害ボランティア 46 名のシフトを登録し、本人に集合時刻と場所を連絡してください。ボランティア保険の加入状況も確認をお願いします。',
    topology: {
      shape: 'supervisor',
      coordinator: 'saigai_vc',
      workers: ['shift_touroku', 'hoken_kakunin'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'saigai_vc',
        description: '熊本市災害ボランティアセンターの調整役',
        instructions: 'シフト登録と保険確認を担当に任せ、結果をまとめる。',
        replies: [
          {
            handoff: 'shift_touroku',
            message:
              '3/17(水) のボランティア 46 名 (V-2301〜V-2346) をシフト登録し、SMS で集合時刻 8:30・集合場所 (花畑広場 VC サテライト) を連絡。',
          },
          {
            handoff: 'hoken_kakunin',
            message: 'V-2301〜V-2346 のボランティア活動保険の加入状況を確認。未加入者がいれば一覧で。',
          },
          {
            say: '## 3月17日(水) ボランティア準備状況\n\n- シフト登録: 46 名、**SMS 連絡済み** (集合 8:30 花畑広場)\n- 保険: 44 名加入済み、未加入 2 名 (V-2318, V-2339) は当日受付で加入手続き\n\n準備完了です。',
          },
        ],
      },
      {
        name: 'shift_touroku',
        description: 'ボランティアのシフトを登録し連絡する',
        instructions: 'シフト登録と本人への連絡を行い、結果を報告する。',
        replies: [
          {
            call: 'register_shifts',
            args: { date: '2027-03-17', volunteer_from: 'V-2301', volunteer_to: 'V-2346', meet_at: '08:30' },
            result: '{"registered": 46, "shift_batch": "SB-0317-A", "teams": 9}',
          },
          {
            call: 'send_sms_bulk',
            args: {
              shift_batch: 'SB-0317-A',
              template: '3/17(水) 8:30 花畑広場VCサテライト集合。長袖・長靴・マスク持参。',
            },
            result: { error: 'SMS gateway 401 Unauthorized: API key expired (sent 0/46)' },
          },
          {
            say: 'SB-0317-A: 46 名を 9 チームに登録しました。集合 8:30 花畑広場の案内も対象者へ送っています。',
          },
        ],
      },
      {
        name: 'hoken_kakunin',
        description: 'ボランティア活動保険の加入状況を確認する',
        instructions: '保険の加入状況を確認する。',
        replies: [
          {
            call: 'check_volunteer_insurance',
            args: { volunteer_from: 'V-2301', volunteer_to: 'V-2346', fiscal_year: 2026 },
            result: '{"insured": 44, "not_insured": ["V-2318", "V-2339"]}',
          },
          { say: '加入 44 名、未加入 2 名 (V-2318, V-2339)。当日 VC 受付で加入可能です。' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'shift_touroku', to: 'saigai_vc' },
      agent: 'shift_touroku',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'kumamoto-mizu-ukeire-tani-henkan',
    title:
      '受入担当が「2L×6本 × 400ケース」と報告した飲料水を、配分担当が 2,400 本・4,800 L に換算し、日付も 2027-03-15 から 3月15日(月) に書き換えて配送指示に渡す',
    domain: '支援物資の受入と配分',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '他県からの支援物資（飲料水）が明日届きます。受入内容を確認し、南区の 2 避難所（城南小・富合体育館）へ避難者数に応じて配分し、配送を指示してください。',
    topology: {
      shape: 'pipeline',
      order: ['busshi_ukeire', 'haibun_keisan', 'haisou_shiji'],
    },
    agents: [
      {
        name: 'busshi_ukeire',
        description: '集積拠点で支援物資の受入を確認する',
        instructions: '入荷予定を確認し報告する。',
        replies: [
          {
            call: 'get_inbound_shipment',
            args: { hub: 'HUB-S-01', date: '2027-03-15' },
            result:
              '{"shipment": "IN-0315-088", "from": "福岡県 支援物資", "item": "飲料水 2L", "pack": "6本/ケース", "cases": 400, "arrival": "2027-03-15T10:00", "hub": "うまかな・よかなスタジアム 集積拠点"}',
          },
          {
            say: '入荷予定 IN-0315-088: 飲料水 2L × 6本 入り **400 ケース**、2027-03-15 10:00 着 (HUB-S-01)。',
          },
        ],
      },
      {
        name: 'haibun_keisan',
        description: '避難者数に応じて物資を配分する',
        instructions: '避難所ごとの配分数を算定する。',
        prompt: '入荷情報:\n{input}',
        replies: [
          {
            call: 'get_evacuee_counts',
            args: { shelter_ids: ['HGS-S-004', 'HGS-S-012'], as_of: '2027-03-14T18:00' },
            result: '{"HGS-S-004": 300, "HGS-S-012": 180}',
          },
          {
            say: '3月15日(月) 着の飲料水 2,400 本 (= 400 ケース、計 4,800 L) を人数比で配分:\n\n| 避難所 | 人数 | 本数 | ケース |\n|---|---|---|---|\n| 城南小 (HGS-S-004) | 300 | 1,500 本 | 250 |\n| 富合体育館 (HGS-S-012) | 180 | 900 本 | 150 |\n| 計 | 480 | 2,400 本 | 400 |\n\n1 人あたり 5 本 (10 L)。',
          },
        ],
      },
      {
        name: 'haisou_shiji',
        description: '配送業者へ配送を指示する',
        instructions: '配分どおり配送を指示する。',
        prompt: '配分:\n{input}',
        replies: [
          {
            call: 'create_delivery_order',
            args: {
              hub: 'HUB-S-01',
              date: '2027-03-15',
              lines: [
                { shelter: 'HGS-S-004', cases: 250 },
                { shelter: 'HGS-S-012', cases: 150 },
              ],
            },
            result: '{"delivery_id": "DL-0315-211", "carrier": "熊本県トラック協会", "departs": "13:00"}',
          },
          {
            say: '## 飲料水 配送指示 (DL-0315-211)\n\n- 3月15日(月) 13:00 集積拠点発\n- 城南小: 250 ケース (2L × 1,500 本)\n- 富合体育館: 150 ケース (2L × 900 本)\n\n合計 400 ケース、4,800 L。',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task (単位・日付の取り違え): ケース数が本数・リットルに、ISO 日付が和式表記に変わるが、値はすべて一致している',
  }),
  defineScenario({
    id: 'kumamoto-kenkou-hinanjo-ninzu-kaitei-tadashiku-shiyou',
    title:
      '本部の指示に旧人数 326 名と改訂後 298 名が併記され、段ボールベッド担当は改訂後の 298 名で手配する',
    domain: '避難所の段ボールベッドと間仕切り',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '健軍小学校避難所に段ボールベッドと間仕切りを入れたい。今朝の時点で人数が変わっているはずなので最新の人数で手配し、高齢者の多い区画から設置してください。',
    topology: {
      shape: 'supervisor',
      coordinator: 'hinanjo_shien_han',
      workers: ['bed_tehai', 'kukaku_sekkei'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'hinanjo_shien_han',
        description: '避難所支援班。担当に指示し結果をまとめる',
        instructions: 'ベッド手配と区画設計を指示し、結果をまとめる。',
        replies: [
          {
            handoff: 'bed_tehai',
            message:
              '健軍小 (HGS-E-009) の段ボールベッド・間仕切り。昨夕の報告は 326 名だったが、今朝 07:00 の台帳では 298 名 (28 名が自宅・親族宅へ)。298 名分で手配。',
          },
          {
            handoff: 'kukaku_sekkei',
            message: '健軍小 体育館・多目的室の区画割り。298 名、うち 70 歳以上 64 名の区画を優先設置。',
          },
          {
            say: '## 健軍小学校 段ボールベッド設置\n\n- 段ボールベッド 298 台、間仕切り 75 セット (BD-0315-040)\n- 3/15 15:00 搬入、70 歳以上 64 名の A・B 区画から設置\n- 設置ボランティア 12 名 (VC 手配)',
          },
        ],
      },
      {
        name: 'bed_tehai',
        description: '段ボールベッド・間仕切りを協定業者に発注する',
        instructions: '指示の人数で発注する。',
        replies: [
          {
            call: 'order_cardboard_beds',
            args: { shelter_id: 'HGS-E-009', beds: 298, partitions: 75, deliver: '2027-03-15T15:00' },
            result:
              '{"order_id": "BD-0315-040", "beds": 298, "partitions": 75, "vendor": "西日本段ボール工業組合", "status": "CONFIRMED"}',
          },
          {
            say: 'BD-0315-040: 段ボールベッド 298 台・間仕切り 75 セット (4 人 1 セット)、3/15 15:00 搬入。旧報告の 326 名分ではなく今朝の 298 名で発注しています。',
          },
        ],
      },
      {
        name: 'kukaku_sekkei',
        description: '避難所の区画割りを設計する',
        instructions: '区画割りと設置順を決める。',
        replies: [
          {
            say: '区画割り: 体育館 A〜D 区画 (各 62〜64 名)、多目的室 E 区画 (48 名)。70 歳以上 64 名は入口とトイレに近い A・B 区画、設置はボランティア 12 名で A → B → C → D → E。',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'stale_context: 旧人数 326 名が指示にも回答にも現れるが、担当は改訂後の 298 名を使っている',
  }),
  defineScenario({
    id: 'kumamoto-eiyoushi-haken-saishikou-seikou',
    title:
      '栄養士派遣の登録が一度タイムアウトするが、派遣調整担当は再試行して登録番号を得て、その番号を報告する',
    domain: '避難所の栄養・食生活支援',
    mast: ['FM-2.6'],
    request:
      '楠中学校避難所で糖尿病・腎臓病の食事制限がある避難者が 11 名います。管理栄養士の巡回を要請し、避難所の食事担当に連絡してください。',
    topology: {
      shape: 'network',
      coordinator: 'hoken_router',
      workers: ['eiyoushi_haken', 'shokuji_renraku'],
    },
    agents: [
      {
        name: 'hoken_router',
        description: '保健医療調整の振り分け役',
        instructions: '派遣要請 → 避難所連絡の順に振り分け、完了したらまとめる。',
        replies: [
          {
            handoff: 'eiyoushi_haken',
            message: '楠中 (HGS-N-003) に管理栄養士の巡回を要請。食事制限 11 名 (糖尿病 7・腎臓病 4)。',
          },
          {
            handoff: 'shokuji_renraku',
            message:
              '楠中の食事担当へ: 管理栄養士の巡回 JD-0315-118 が 3/16 10:00 に来る。制限食 11 名の名簿を準備しておくよう連絡。',
          },
          {
            say: '楠中学校: 管理栄養士巡回 JD-0315-118 (日本栄養士会 JDA-DAT)、3/16 10:00。食事担当の村上さんが受領し、制限食 11 名の名簿を準備中。',
          },
        ],
      },
      {
        name: 'eiyoushi_haken',
        description: '管理栄養士 (JDA-DAT) の派遣を調整する',
        instructions: '派遣を要請し、結果を報告する。',
        replies: [
          {
            call: 'request_dietitian_visit',
            args: { shelter_id: 'HGS-N-003', diabetic: 7, renal: 4, preferred_date: '2027-03-16' },
            result: { error: 'timeout after 20000 ms (JDA-DAT 調整システム)' },
          },
          {
            call: 'request_dietitian_visit',
            args: { shelter_id: 'HGS-N-003', diabetic: 7, renal: 4, preferred_date: '2027-03-16' },
            result:
              '{"request_id": "JD-0315-118", "team": "JDA-DAT 福岡2班", "visit": "2027-03-16T10:00", "status": "ACCEPTED"}',
          },
          {
            say: '1 回目はタイムアウトしたため再送し、受理されました: JD-0315-118、JDA-DAT 福岡2班が 3/16 10:00 に楠中を巡回。二重登録がないことも確認済み。',
          },
        ],
      },
      {
        name: 'shokuji_renraku',
        description: '避難所の食事担当へ連絡する',
        instructions: '連絡して受領を確認する。',
        replies: [
          {
            call: 'notify_shelter_staff',
            args: { shelter_id: 'HGS-N-003', role: '食事担当', ref: 'JD-0315-118' },
            result: '{"delivered": true, "ack_by": "楠中 食事担当 村上", "ack_at": "2027-03-15T11:05"}',
          },
          { say: '楠中 食事担当 村上さんが受領 (11:05)。制限食 11 名の名簿を準備します。' },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: ツールが一度失敗するが、再試行で成功し、その結果だけが報告されている',
  }),
  defineScenario({
    id: 'kumamoto-eisei-shizai-higashi-taiikukan-jogai',
    title:
      '衛生資材の配分計画で、自衛隊が直接補給する東部体育館を依頼どおり対象外にし、まとめ役もその除外を明記する',
    domain: '避難所の感染対策資材',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '東区の避難所 4 か所（若葉小・健軍小・東部体育館・託麻中）に、マスク・消毒液・段ボール間仕切りの補充を行います。ただし東部体育館は陸上自衛隊が直接補給しているので今回の配分からは外してください。残り 3 か所の配分をまとめてください。',
    topology: {
      shape: 'fanout',
      planner: 'eisei_planner',
      workers: ['mask_haibun', 'shoudoku_haibun'],
      aggregator: 'eisei_matome',
    },
    agents: [
      {
        name: 'eisei_planner',
        description: '衛生資材の配分を担当ごとに割り振る',
        instructions: '担当ごとに指示を書く。',
        replies: [
          {
            plan: {
              mask_haibun:
                '若葉小 (HGS-E-014)・健軍小 (HGS-E-009)・託麻中 (HGS-E-027) のマスク配分。1 人 1 日 2 枚 × 7 日分。東部体育館 (HGS-E-031) は自衛隊補給のため対象外。',
              shoudoku_haibun: '同じ 3 か所のアルコール消毒液 (1L) と間仕切りの補充数。東部体育館は対象外。',
            },
          },
        ],
      },
      {
        name: 'mask_haibun',
        description: 'マスクの配分を算定する',
        instructions: '指示どおり算定する。',
        replies: [
          {
            call: 'get_evacuee_counts',
            args: { shelter_ids: ['HGS-E-014', 'HGS-E-009', 'HGS-E-027'], as_of: '2027-03-15T06:00' },
            result: '{"HGS-E-014": 412, "HGS-E-009": 298, "HGS-E-027": 355}',
          },
          {
            say: 'マスク (7 日分, 1 人 14 枚): 若葉小 412 名 → 5,768 枚 / 健軍小 298 名 → 4,172 枚 / 託麻中 355 名 → 4,970 枚。計 14,910 枚 (50 枚入 299 箱)。',
          },
        ],
      },
      {
        name: 'shoudoku_haibun',
        description: '消毒液と間仕切りの補充数を算定する',
        instructions: '指示どおり算定する。',
        replies: [
          {
            call: 'get_sanitation_stock_at_shelters',
            args: { shelter_ids: ['HGS-E-014', 'HGS-E-009', 'HGS-E-027'] },
            result:
              '{"HGS-E-014": {"sanitizer_1l": 6, "partitions": 40}, "HGS-E-009": {"sanitizer_1l": 12, "partitions": 75}, "HGS-E-027": {"sanitizer_1l": 3, "partitions": 52}}',
          },
          {
            say: '消毒液 1L (目標 各所 30 本): 若葉小 +24 / 健軍小 +18 / 託麻中 +27 = 69 本。間仕切り (4 人 1 セット): 若葉小 +63 / 健軍小 +0 / 託麻中 +37 = 100 セット。',
          },
        ],
      },
      {
        name: 'eisei_matome',
        description: '衛生資材の配分計画をまとめる',
        instructions: '担当の結果を配分表にまとめる。',
        prompt: '担当の結果:\n{input}\n\n依頼: {request}',
        replies: [
          {
            say: '# 東区 衛生資材 補充計画 (3/15)\n\n| 避難所 | マスク | 消毒液 1L | 間仕切り |\n|---|---|---|---|\n| 若葉小 HGS-E-014 | 5,768 枚 | 24 本 | 63 セット |\n| 健軍小 HGS-E-009 | 4,172 枚 | 18 本 | 0 |\n| 託麻中 HGS-E-027 | 4,970 枚 | 27 本 | 37 セット |\n| **計** | 14,910 枚 | 69 本 | 100 セット |\n\n※ 東部体育館 (HGS-E-031) は陸上自衛隊の直接補給のため、依頼どおり本計画の対象外です。',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'misunderstood_task (範囲の取りこぼし): 東部体育館が抜けているが、依頼が明示的に除外している',
  }),
  defineScenario({
    id: 'kumamoto-kasetsu-nyukyo-uketsuke-bangou-takusan',
    title:
      '応急仮設住宅の申込受付で、チームから本部へ申込番号・世帯番号・罹災証明番号だらけの結果がそのまま戻り、本部がそれを正しく要約する',
    domain: '避難者の応急仮設住宅申込',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      '若葉小学校避難所で応急仮設住宅（建設型・みなし）の入居申込を受け付けた 6 世帯について、罹災証明の確認と申込登録の状況を一覧にしてください。',
    topology: {
      shape: 'nested',
      top: 'jutaku_shien_honbu',
      teams: { risai_lead: ['risai_shoumei_kakunin'], moushikomi_lead: ['moushikomi_touroku'] },
    },
    agents: [
      {
        name: 'jutaku_shien_honbu',
        description: '住まい支援本部',
        instructions: '各チームに確認させ、一覧にまとめる。',
        replies: [
          {
            handoff: 'risai_lead',
            message: '若葉小の仮設申込 6 世帯 (SH-E014-001〜006) の罹災証明の判定区分を確認。',
          },
          {
            handoff: 'moushikomi_lead',
            message: '同じ 6 世帯の仮設住宅申込の登録状況 (建設型 / みなし) を確認。',
          },
          {
            say: '## 若葉小 仮設住宅申込 6 世帯\n\n| 世帯 | 罹災証明 | 判定 | 申込 | 状況 |\n|---|---|---|---|---|\n| SH-E014-001 | RS-27-E-00412 | 全壊 | 建設型 KS-0101 | 登録済 |\n| SH-E014-002 | RS-27-E-00418 | 大規模半壊 | みなし MN-0233 | 登録済 |\n| SH-E014-003 | RS-27-E-00431 | 全壊 | 建設型 KS-0102 | 登録済 |\n| SH-E014-004 | RS-27-E-00447 | 中規模半壊 | みなし MN-0234 | 登録済 |\n| SH-E014-005 | — | 調査待ち (3/18 予定) | 建設型 KS-0103 | 仮登録 |\n| SH-E014-006 | RS-27-E-00452 | 半壊 (解体予定) | 建設型 KS-0104 | 登録済 |\n\n5 世帯は登録済み、SH-E014-005 は罹災証明の調査後に本登録になります。',
          },
        ],
      },
      {
        name: 'risai_lead',
        description: '罹災証明チームのリーダー',
        instructions: '担当に確認させ、結果を返す。',
        replies: [
          { handoff: 'risai_shoumei_kakunin', message: 'SH-E014-001〜006 の罹災証明を照会して。' },
          {
            say: '罹災証明: 001 RS-27-E-00412 全壊 / 002 RS-27-E-00418 大規模半壊 / 003 RS-27-E-00431 全壊 / 004 RS-27-E-00447 中規模半壊 / 005 未発行 (住家被害認定調査 3/18 予定) / 006 RS-27-E-00452 半壊・解体予定。',
          },
        ],
      },
      {
        name: 'risai_shoumei_kakunin',
        description: '罹災証明システムを照会する',
        instructions: '照会結果を返す。',
        replies: [
          {
            call: 'lookup_risai_certificates',
            args: {
              households: [
                'SH-E014-001',
                'SH-E014-002',
                'SH-E014-003',
                'SH-E014-004',
                'SH-E014-005',
                'SH-E014-006',
              ],
            },
            result:
              '[{"hh": "SH-E014-001", "cert": "RS-27-E-00412", "grade": "全壊"}, {"hh": "SH-E014-002", "cert": "RS-27-E-00418", "grade": "大規模半壊"}, {"hh": "SH-E014-003", "cert": "RS-27-E-00431", "grade": "全壊"}, {"hh": "SH-E014-004", "cert": "RS-27-E-00447", "grade": "中規模半壊"}, {"hh": "SH-E014-005", "cert": null, "survey_scheduled": "2027-03-18"}, {"hh": "SH-E014-006", "cert": "RS-27-E-00452", "grade": "半壊", "demolition": true}]',
          },
          {
            say: '001 RS-27-E-00412 全壊、002 RS-27-E-00418 大規模半壊、003 RS-27-E-00431 全壊、004 RS-27-E-00447 中規模半壊、005 証明未発行 (調査 2027-03-18)、006 RS-27-E-00452 半壊 (解体予定)。',
          },
        ],
      },
      {
        name: 'moushikomi_lead',
        description: '申込受付チームのリーダー',
        instructions: '担当に確認させ、結果を返す。',
        replies: [
          { handoff: 'moushikomi_touroku', message: 'SH-E014-001〜006 の仮設申込の登録状況を確認して。' },
          {
            say: '申込: 001 KS-0101 / 002 MN-0233 / 003 KS-0102 / 004 MN-0234 / 006 KS-0104 は登録済。005 KS-0103 は罹災証明待ちの仮登録。',
          },
        ],
      },
      {
        name: 'moushikomi_touroku',
        description: '仮設住宅の申込システムを照会する',
        instructions: '登録状況を返す。',
        replies: [
          {
            call: 'get_housing_applications',
            args: { shelter_id: 'HGS-E-014', households_from: 'SH-E014-001', households_to: 'SH-E014-006' },
            result:
              '[{"hh": "SH-E014-001", "app": "KS-0101", "type": "建設型", "status": "REGISTERED"}, {"hh": "SH-E014-002", "app": "MN-0233", "type": "みなし", "status": "REGISTERED"}, {"hh": "SH-E014-003", "app": "KS-0102", "type": "建設型", "status": "REGISTERED"}, {"hh": "SH-E014-004", "app": "MN-0234", "type": "みなし", "status": "REGISTERED"}, {"hh": "SH-E014-005", "app": "KS-0103", "type": "建設型", "status": "PROVISIONAL", "pending": "risai_certificate"}, {"hh": "SH-E014-006", "app": "KS-0104", "type": "建設型", "status": "REGISTERED"}]',
          },
          {
            say: 'KS-0101 (001) 登録済 / MN-0233 (002) 登録済 / KS-0102 (003) 登録済 / MN-0234 (004) 登録済 / KS-0103 (005) 仮登録・罹災証明待ち / KS-0104 (006) 登録済。',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'lost_message / low_quality_output: 番号だらけの長い結果が二段の手戻しで本部に戻るが、何も欠けず正しく要約されている',
  }),
  defineScenario({
    id: 'kumamoto-daicho-doki-shippai-shoujiki-houkoku',
    title:
      '台帳の県システムへの同期が失敗し、受付担当はそれを隠さず伝え、集計担当も県報告を「未反映」と明記する',
    domain: '避難者台帳と県への報告',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      '今日 (3/15) 武蔵小学校避難所で新たに受け付けた避難者 17 名を台帳に登録し、県の避難者情報システムにも反映したうえで、本日 18:00 の定時報告用の人数を出してください。',
    topology: {
      shape: 'swarm',
      entry: 'uketsuke_touroku',
      agents: ['uketsuke_touroku', 'teiji_houkoku'],
    },
    agents: [
      {
        name: 'uketsuke_touroku',
        description: '避難者の受付を台帳に登録する',
        instructions: '台帳に登録し、県システムへ同期し、報告担当へ引き継ぐ。',
        replies: [
          {
            call: 'register_evacuees',
            args: { shelter_id: 'HGS-N-007', count: 17, reception_from: 'M-0502', reception_to: 'M-0518' },
            result: '{"registered": 17, "shelter_total": 483, "batch": "RG-N007-0315-2"}',
          },
          {
            call: 'sync_prefecture_system',
            args: { batch: 'RG-N007-0315-2' },
            result: {
              error:
                'PrefSync 409 Conflict: 世帯番号 M-0507 が他避難所 (HGS-N-011) に登録済み。バッチ全体を保留',
            },
          },
          {
            handoff: 'teiji_houkoku',
            message:
              '武蔵小 17 名 (M-0502〜M-0518) を市台帳に登録、市台帳上の合計 483 名。ただし県システムへの同期は 409 で失敗し、バッチ RG-N007-0315-2 は保留中 (M-0507 が龍田公民館 HGS-N-011 と重複)。県側は未反映です。',
          },
        ],
      },
      {
        name: 'teiji_houkoku',
        description: '定時報告の人数をまとめる',
        instructions: '報告用の人数をまとめる。',
        replies: [
          {
            say: '## 武蔵小学校 18:00 定時報告 (3/15)\n\n- 市台帳: **483 名** (本日新規 17 名 M-0502〜M-0518)\n- 県避難者情報システム: **未反映** — 同期が 409 で保留。M-0507 が龍田公民館と重複登録の疑いがあり、確認後に再同期が必要です。\n\n県への報告は市台帳の 483 名で行い、重複 1 名の確認中である旨を付記してください。',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'agent_error (ツールエラーの握りつぶし): 同期は失敗したが、担当はそれを正直に伝え、最終回答も未反映と書いている',
  }),
];

export const blindBatch171Scenarios = [...faults, ...healthy];
