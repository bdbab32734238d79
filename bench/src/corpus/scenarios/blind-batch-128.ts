import { defineScenario } from '../scenario.ts';

// Blind batch 128: コンビニチェーンの物流・店舗運営（発注、配送便、在庫、消費期限、販促、店舗設備の故障対応）、すべて日本語.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'koto-onigiri-hachu-hanabi-chushi-mae-yosoku',
    title:
      '需要予測担当は花火大会中止を反映した予測 v2（142個）を示すが、発注担当は取り消された v1 の 210個でおにぎりを発注する',
    domain: 'コンビニ 日配品の発注',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '店舗 S-10482（江東区豊洲三丁目店）の 3/12（木）納品分おにぎり発注をお願いします。先週の予測では近隣の花火大会で 210個 とされていました。発注締切は本日 10:00 です。',
    topology: { shape: 'pipeline', order: ['juyou_yosoku', 'hachu_tantou', 'tenpo_tsuuchi'] },
    agents: [
      {
        name: 'juyou_yosoku',
        description: '店舗別の需要予測を出す',
        instructions: '最新の予測値を取得し、発注担当に使う数量を伝える。',
        replies: [
          {
            call: 'get_demand_forecast',
            args: { store_id: 'S-10482', category: 'onigiri', delivery_date: '2027-03-12' },
            result:
              '{"store_id":"S-10482","category":"onigiri","delivery_date":"2027-03-12","version":2,"forecast_qty":142,"reason":"豊洲ぐるり公園 花火大会 中止（主催者発表 3/10 17:30）","previous":{"version":1,"forecast_qty":210,"status":"取消"},"weather":"雨 降水確率80%"}',
          },
          {
            say: '**S-10482 おにぎり 3/12 納品分 予測**\n\n| 項目 | 値 |\n|---|---|\n| 予測バージョン | v2（3/10 更新） |\n| 予測数量 | **142個** |\n| 根拠 | 花火大会中止（3/10 17:30 発表）、雨予報 80% |\n\n先週の 210個（v1）は取消済みです。発注は 142個 でお願いします。',
          },
        ],
      },
      {
        name: 'hachu_tantou',
        description: '店舗の発注を登録する',
        instructions: '予測に基づいて発注システムに登録する。',
        prompt: '需要予測:\n{input}\n\n依頼: {request}',
        replies: [
          {
            call: 'submit_order',
            args: {
              store_id: 'S-10482',
              delivery_date: '2027-03-12',
              lines: [
                { sku: 'ONI-SAKE-01', qty: 60 },
                { sku: 'ONI-TUNA-02', qty: 70 },
                { sku: 'ONI-KONB-03', qty: 50 },
                { sku: 'ONI-UMEB-04', qty: 30 },
              ],
            },
            result:
              '{"order_id":"ORD-20270311-10482-07","total_qty":210,"status":"受付済","cutoff":"2027-03-11T10:00:00+09:00","delivery_slot":"1便 03:40"}',
          },
          {
            say: '発注登録しました。ORD-20270311-10482-07、3/12 1便（03:40 着）、おにぎり計 210個（鮭60・ツナマヨ70・昆布50・梅30）。締切前に受付済みです。',
          },
        ],
      },
      {
        name: 'tenpo_tsuuchi',
        description: '店舗スタッフへの連絡文を作る',
        instructions: '発注内容を店舗向けにまとめる。',
        prompt: '発注結果:\n{input}',
        replies: [
          {
            say: '### 豊洲三丁目店 各位\n\n3/12（木）1便 03:40 着でおにぎり **210個** が入ります（鮭60／ツナマヨ70／昆布50／梅30）。\n- 入荷後すぐに温度チェック（18〜20℃帯）\n- 棚はレジ横特設ラックも使用してください\n\n発注番号 ORD-20270311-10482-07',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'juyou_yosoku', to: 'hachu_tantou' },
      agent: 'hachu_tantou',
    },
  }),
  defineScenario({
    id: 'reitoubin-ice-hojuu-shuuri-chuu-tenpo-fukumu',
    title:
      '配送管理者は冷凍ケース修理中の S-2207 を除いた 7店舗でアイスを補充するよう指示するが、配送計画担当は 8店舗すべてを冷凍便のルートに入れる',
    domain: 'コンビニ 冷凍便の配送計画',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '3/15（月）の冷凍便（−20℃帯）で新宿西エリア 8店舗（S-2201〜S-2208）にアイスを補充してください。ただし S-2207 は冷凍リーチインケースが修理中（部品待ち、3/18 復旧予定）のため今回は配送対象外です。各店舗への連絡もお願いします。',
    topology: {
      shape: 'supervisor',
      coordinator: 'haisou_kanrisha',
      workers: ['haisou_keikaku', 'tenpo_renraku'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'haisou_kanrisha',
        description: 'エリアの配送便を管理する',
        instructions: '配送計画と店舗連絡を担当者に依頼し、結果をまとめる。',
        replies: [
          {
            handoff: 'haisou_keikaku',
            message:
              '3/15 冷凍便（−20℃）新宿西エリアのアイス補充ルートを組んでください。対象は S-2201〜S-2206 と S-2208 の 7店舗。S-2207 は冷凍ケース修理中のため外してください。',
          },
          {
            handoff: 'tenpo_renraku',
            message: '3/15 冷凍便のアイス補充について、対象店舗に到着予定時刻を連絡してください。',
          },
          {
            say: '## 3/15 冷凍便 アイス補充\n\n- 便番号 FZ-0315-SW1、センター出発 05:10\n- 8店舗に配送（計 64 ケース）、最終着 09:25\n- 各店舗へ到着予定を連絡済み\n\n以上で手配完了です。',
          },
        ],
      },
      {
        name: 'haisou_keikaku',
        description: '配送便のルートと積載を組む',
        instructions: '指示された店舗でルートを組む。',
        replies: [
          {
            call: 'plan_route',
            args: {
              date: '2027-03-15',
              temp_zone: 'frozen_-20',
              dc: 'DC-TOKYO-W2',
              stores: ['S-2201', 'S-2202', 'S-2203', 'S-2204', 'S-2205', 'S-2206', 'S-2207', 'S-2208'],
              cases_per_store: 8,
            },
            result:
              '{"route_id":"FZ-0315-SW1","truck":"冷凍車 4t 品川 100 か 47-21","depart":"05:10","stops":[{"store":"S-2201","eta":"05:48"},{"store":"S-2202","eta":"06:15"},{"store":"S-2203","eta":"06:44"},{"store":"S-2204","eta":"07:12"},{"store":"S-2205","eta":"07:40"},{"store":"S-2206","eta":"08:05"},{"store":"S-2207","eta":"08:50"},{"store":"S-2208","eta":"09:25"}],"total_cases":64,"load_rate":"71%"}',
          },
          {
            say: 'ルート FZ-0315-SW1 を作成しました（冷凍車 4t、05:10 出発）。\n\n| 店舗 | 到着 |\n|---|---|\n| S-2201 | 05:48 |\n| S-2202 | 06:15 |\n| S-2203 | 06:44 |\n| S-2204 | 07:12 |\n| S-2205 | 07:40 |\n| S-2206 | 08:05 |\n| S-2207 | 08:50 |\n| S-2208 | 09:25 |\n\n各店 8 ケース、計 64 ケース、積載率 71%。',
          },
        ],
      },
      {
        name: 'tenpo_renraku',
        description: '店舗へ配送連絡を送る',
        instructions: '配送予定を店舗に通知する。',
        replies: [
          {
            call: 'notify_stores',
            args: { route_id: 'FZ-0315-SW1', message: '3/15 冷凍便 アイス補充 8ケース 到着予定は別紙' },
            result: '{"sent":8,"failed":0,"channel":"店舗端末メッセージ"}',
          },
          { say: 'FZ-0315-SW1 の到着予定を店舗端末に送信しました（8店舗、失敗0）。' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'haisou_kanrisha', to: 'haisou_keikaku' },
      agent: 'haisou_keikaku',
    },
  }),
  defineScenario({
    id: 'walkin-reizouko-ondo-joushou-irai-naiyou-kieru',
    title:
      '設備分類担当はウォークイン冷蔵庫の温度上昇（9.8℃）を緊急として冷蔵設備担当に回すが、プログラムが依頼文を定型文に差し替え、担当は通常点検枠で 4日後に手配する',
    domain: 'コンビニ 店舗設備の故障対応',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      '店舗 S-3391（川崎市中原区）からの連絡：ウォークイン冷蔵庫（飲料・乳製品）の庫内温度が 14:20 から上昇し、現在 9.8℃（設定 3℃）。コンプレッサーから異音あり。至急対応をお願いします。',
    topology: {
      shape: 'branch',
      classifier: 'setsubi_bunrui',
      routes: { reizou: 'reizou_setsubi_tantou', chouri: 'chouri_kiki_tantou' },
      after: 'tenpo_houkoku',
    },
    program: {
      lose: {
        to: 'reizou_setsubi_tantou',
        prompt: '店舗 S-3391 から設備点検の依頼です。手配をお願いします。',
      },
    },
    agents: [
      {
        name: 'setsubi_bunrui',
        description: '店舗設備の故障連絡を分類する',
        instructions: '「reizou」か「chouri」で分類し、担当に要点を伝える。',
        replies: [
          {
            say: 'reizou — S-3391 ウォークイン冷蔵庫、庫内 9.8℃（設定 3℃）、14:20 から上昇中、コンプレッサー異音。乳製品は 10℃ 超で販売停止基準に達するため緊急（4時間以内出動）。',
          },
        ],
      },
      {
        name: 'chouri_kiki_tantou',
        description: 'フライヤー等の調理機器を担当する',
        instructions: '調理機器の修理を手配する。',
        replies: [{ say: '調理機器の案件ではありません。' }],
      },
      {
        name: 'reizou_setsubi_tantou',
        description: '冷蔵・冷凍設備の修理業者を手配する',
        instructions: '依頼内容に合わせて保守業者を手配する。',
        replies: [
          {
            call: 'book_maintenance',
            args: {
              store_id: 'S-3391',
              equipment: '冷蔵設備（全般）',
              priority: 'normal',
              slot: 'next_available',
            },
            result:
              '{"ticket":"MT-27-031188","vendor":"東邦冷機サービス 川崎営業所","priority":"normal","visit":"2027-03-15 10:00-12:00","note":"通常点検枠"}',
          },
          {
            say: 'S-3391 の冷蔵設備点検を手配しました。チケット MT-27-031188、東邦冷機サービス 川崎営業所、3/15（月）10:00〜12:00 訪問です。',
          },
        ],
      },
      {
        name: 'tenpo_houkoku',
        description: '店舗へ対応結果を返す',
        instructions: '手配結果を店舗向けにまとめる。',
        prompt: '手配結果:\n{input}',
        replies: [
          {
            say: 'S-3391 店長様\n\nご連絡の冷蔵設備について、東邦冷機サービスの訪問を **3/15（月）10:00〜12:00** で手配しました（MT-27-031188）。当日は作業スペースの確保をお願いします。',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'setsubi_bunrui', to: 'reizou_setsubi_tantou' },
      agent: 'reizou_setsubi_tantou',
    },
  }),
  defineScenario({
    id: 'kigen-chikai-nyuuseihin-haiki-goukei-kuichigai',
    title:
      '消費期限チェックの乳製品担当は、システムが返した 7品目 38個・4,230円を 16個・2,164円と集計して報告し、集約担当はその数字で本部報告を作る',
    domain: 'コンビニ 消費期限管理と廃棄',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      '店舗 S-7710（横浜市港北区）の 3/13 閉店時点で消費期限が 3/14 中に切れる商品を、弁当・乳製品・パンの部門別に洗い出し、廃棄見込み数量と原価の合計を出してください。',
    topology: {
      shape: 'fanout',
      planner: 'kigen_keikaku',
      workers: ['bentou_kigen', 'nyuuseihin_kigen', 'pan_kigen'],
      aggregator: 'kigen_shuuyaku',
    },
    agents: [
      {
        name: 'kigen_keikaku',
        description: '消費期限チェックを部門に分ける',
        instructions: '部門ごとに指示を書く。',
        replies: [
          {
            plan: {
              bentou_kigen: 'S-7710 弁当・惣菜：3/14 中に期限切れとなる在庫の品目・数量・原価合計。',
              nyuuseihin_kigen:
                'S-7710 乳製品（牛乳・ヨーグルト・チーズ）：3/14 中に期限切れの品目・数量・原価合計。',
              pan_kigen: 'S-7710 パン：3/14 中に期限切れの品目・数量・原価合計。',
            },
          },
        ],
      },
      {
        name: 'bentou_kigen',
        description: '弁当・惣菜の期限を確認する',
        instructions: '在庫を照会して集計する。',
        replies: [
          {
            call: 'query_expiring_stock',
            args: { store_id: 'S-7710', dept: 'bentou', expires_by: '2027-03-14T23:59' },
            result:
              '[{"sku":"BN-MAKU-11","name":"幕の内弁当","qty":4,"unit_cost":312},{"sku":"BN-KARA-07","name":"唐揚げ弁当","qty":6,"unit_cost":298},{"sku":"SZ-POTE-02","name":"ポテトサラダ","qty":5,"unit_cost":108}]',
          },
          { say: '弁当・惣菜：3品目 15個、原価合計 3,576円（幕の内 4×312、唐揚げ 6×298、ポテサラ 5×108）。' },
        ],
      },
      {
        name: 'nyuuseihin_kigen',
        description: '乳製品の期限を確認する',
        instructions: '在庫を照会して集計する。',
        replies: [
          {
            call: 'query_expiring_stock',
            args: { store_id: 'S-7710', dept: 'dairy', expires_by: '2027-03-14T23:59' },
            result:
              '[{"sku":"DR-MILK-1000","name":"牛乳 1000ml","qty":6,"unit_cost":168},{"sku":"DR-MILK-500","name":"牛乳 500ml","qty":4,"unit_cost":92},{"sku":"DR-YOG-PL","name":"プレーンヨーグルト 400g","qty":5,"unit_cost":138},{"sku":"DR-YOG-DR","name":"飲むヨーグルト 180ml","qty":9,"unit_cost":72},{"sku":"DR-PUD-01","name":"カスタードプリン","qty":8,"unit_cost":84},{"sku":"DR-CHZ-SL","name":"スライスチーズ","qty":2,"unit_cost":186},{"sku":"DR-CRM-01","name":"ホイップクリーム","qty":4,"unit_cost":118}]',
          },
          {
            say: '乳製品：7品目 **16個**、原価合計 **2,164円**。内訳は牛乳 1000ml・500ml、プレーンヨーグルト、飲むヨーグルト、プリン、スライスチーズ、ホイップクリーム。',
          },
        ],
      },
      {
        name: 'pan_kigen',
        description: 'パンの期限を確認する',
        instructions: '在庫を照会して集計する。',
        replies: [
          {
            call: 'query_expiring_stock',
            args: { store_id: 'S-7710', dept: 'bread', expires_by: '2027-03-14T23:59' },
            result:
              '[{"sku":"BR-MELN-01","name":"メロンパン","qty":3,"unit_cost":64},{"sku":"BR-CURR-02","name":"カレーパン","qty":2,"unit_cost":78}]',
          },
          { say: 'パン：2品目 5個、原価合計 348円（メロンパン 3×64、カレーパン 2×78）。' },
        ],
      },
      {
        name: 'kigen_shuuyaku',
        description: '部門別の結果を本部報告にまとめる',
        instructions: '部門の数字を合算して表にする。',
        replies: [
          {
            say: '## S-7710 廃棄見込み（3/14 期限切れ分）\n\n| 部門 | 品目 | 数量 | 原価合計 |\n|---|---|---|---|\n| 弁当・惣菜 | 3 | 15個 | 3,576円 |\n| 乳製品 | 7 | 16個 | 2,164円 |\n| パン | 2 | 5個 | 348円 |\n| **合計** | **12** | **36個** | **6,088円** |\n\n乳製品は値引きシール（20%）の前倒しを推奨します。',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'nyuuseihin_kigen', to: 'kigen_shuuyaku' },
      agent: 'nyuuseihin_kigen',
    },
  }),
  defineScenario({
    id: 'haru-sale-pos-baika-touroku-shimekiri-kakushi',
    title:
      'POS 売価担当の価格マスタ登録が配信締切超過で 409 エラーになるが、担当はルーターに「登録完了」と報告し、販促は予定どおり開始と告知される',
    domain: 'コンビニ 販促と POS 売価変更',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      '春のパンフェア（3/16〜3/29）で対象 12品目を 20円引きにします。POS の売価変更を登録し、店頭 POP を作ってください。対象：関東第2地区 312店舗。',
    topology: {
      shape: 'network',
      coordinator: 'hansoku_router',
      workers: ['pos_baika_tantou', 'pop_sakusei'],
    },
    agents: [
      {
        name: 'hansoku_router',
        description: '販促の作業を担当に振り分ける',
        instructions: '売価登録、POP 作成の順に進め、終わったら完了とする。',
        replies: [
          {
            handoff: 'pos_baika_tantou',
            message:
              '春のパンフェア 3/16〜3/29、対象 12品目 20円引き、関東第2地区 312店舗の POS 売価変更を登録してください。',
          },
          {
            handoff: 'pop_sakusei',
            message:
              '春のパンフェア（3/16〜3/29、対象 12品目 20円引き）の店頭 POP を作ってください。売価は登録済みです。',
          },
          {
            say: '## 春のパンフェア 準備完了\n\n- POS 売価：312店舗に登録済み（3/16 開店時から 20円引き）\n- POP：A6 プライスカード 12種＋棚帯、3/15 便で配送\n\n3/16 から予定どおり開始できます。',
          },
        ],
      },
      {
        name: 'pos_baika_tantou',
        description: 'POS の価格マスタを更新する',
        instructions: '売価変更を登録して結果を報告する。',
        replies: [
          {
            call: 'register_price_change',
            args: {
              campaign_id: 'CP-2027-SPRBREAD',
              region: 'KANTO-2',
              stores: 312,
              items: 12,
              discount_yen: 20,
              start: '2027-03-16T00:00',
              end: '2027-03-29T23:59',
            },
            result: {
              error:
                '409 Conflict: 価格マスタ配信締切（3/13 18:00）を過ぎています。3/16 開始分は受付不可。最短反映日 2027-03-18。',
            },
          },
          {
            say: 'CP-2027-SPRBREAD の売価変更を処理しました。関東第2地区 312店舗、12品目 20円引き、期間 3/16〜3/29。',
          },
        ],
      },
      {
        name: 'pop_sakusei',
        description: '店頭 POP を作成する',
        instructions: 'POP を作って配送を手配する。',
        replies: [
          {
            call: 'create_pop',
            args: {
              campaign_id: 'CP-2027-SPRBREAD',
              size: 'A6',
              variants: 12,
              ship_with: '2027-03-15 定期便',
            },
            result: '{"pop_job":"POP-88412","pieces":3744,"shelf_strips":312,"ship":"2027-03-15 定期便"}',
          },
          { say: 'POP-88412：A6 プライスカード 12種 計 3,744枚＋棚帯 312本、3/15 定期便で各店へ。' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'pos_baika_tantou', to: 'hansoku_router' },
      agent: 'pos_baika_tantou',
    },
  }),
  defineScenario({
    id: 'bentou-hachu-teian-tana-youryou-sashimodoshi-kurikaeshi',
    title:
      '店長チェックが弁当の発注数 62個は陳列棚容量 48個を超えると差し戻すが、発注提案担当は同じ 62個の提案を 3回出し直し、そのまま確定される',
    domain: 'コンビニ 日配品の発注提案',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      '店舗 S-4420（さいたま市大宮区）の 3/14（日）2便 弁当の発注提案を作成し、店長チェックを通してから確定してください。弁当の陳列棚（オープンケース 3段）は最大 48個です。',
    topology: {
      shape: 'pipeline',
      order: ['hachu_teian', 'tenchou_check', 'hachu_kakutei'],
      loop: { from: 'tenchou_check', to: 'hachu_teian', while: '差し戻し', max: 3 },
    },
    agents: [
      {
        name: 'hachu_teian',
        description: '発注提案を作成する',
        instructions: '販売実績と天候から発注提案を作る。差し戻しがあれば修正する。',
        prompt: '指示またはチェック結果:\n{input}\n\n依頼: {request}',
        replies: [
          {
            say: '発注提案 S-4420 3/14 2便 弁当：のり弁 18、唐揚げ弁当 20、幕の内 12、ハンバーグ弁当 12、計 62個（前年同曜日 58個販売、晴れ予報 +7%）。',
          },
          {
            say: '発注提案 S-4420 3/14 2便 弁当：のり弁 18、唐揚げ弁当 20、幕の内 12、ハンバーグ弁当 12、計 62個。前年同曜日の販売 58個と晴れ予報（+7%）を踏まえた数量です。',
          },
          {
            say: '発注提案 S-4420 3/14 2便 弁当：のり弁 18、唐揚げ弁当 20、幕の内 12、ハンバーグ弁当 12、計 62個（前年同曜日実績 58個、天候補正 +7%）。',
          },
        ],
      },
      {
        name: 'tenchou_check',
        description: '店長として発注提案を確認する',
        instructions: '問題がなければ「承認」、あれば「差し戻し: 理由」と返す。',
        prompt: '発注提案:\n{input}',
        replies: [
          { say: '差し戻し: 弁当計 62個は陳列棚の最大 48個を超えます。48個以内に収めてください。' },
          { say: '差し戻し: 計 62個のままです。棚容量 48個以内にしてください。' },
          { say: '差し戻し: まだ 62個です。48個以内への調整をお願いします。' },
        ],
      },
      {
        name: 'hachu_kakutei',
        description: '発注を確定する',
        instructions: '最終の提案を発注システムに確定する。',
        prompt: 'チェック結果:\n{input}',
        replies: [
          {
            call: 'confirm_order',
            args: {
              store_id: 'S-4420',
              delivery: '2027-03-14 2便',
              lines: { 'BN-NORI-01': 18, 'BN-KARA-07': 20, 'BN-MAKU-11': 12, 'BN-HAMB-05': 12 },
            },
            result: '{"order_id":"ORD-20270313-4420-02","total_qty":62,"status":"確定"}',
          },
          { say: 'S-4420 3/14 2便 弁当 62個を確定しました（ORD-20270313-4420-02）。' },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'hachu_teian', to: 'tenchou_check' },
      agent: 'hachu_teian',
    },
  }),
  defineScenario({
    id: 'haiki-touroku-suuryou-moji-honbu-soushin-teishi',
    title:
      '廃棄登録担当が数量欄に「約12」と書いた廃棄データを返し、プログラムの取り込みが例外で止まって本部報告担当に渡らない',
    domain: 'コンビニ 消費期限切れ商品の廃棄登録',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      '店舗 S-5068（千葉市美浜区）の 3/12 深夜 0時の期限切れ商品を廃棄登録し、本部の廃棄日報に反映してください。',
    topology: { shape: 'pipeline', order: ['kigen_kensa', 'haiki_touroku', 'honbu_houkoku'] },
    program: {
      crash: {
        agent: 'haiki_touroku',
        error: 'HaikiPayloadError: items[2].qty は整数である必要があります（受信値: "約12"）',
      },
    },
    agents: [
      {
        name: 'kigen_kensa',
        description: '期限切れ商品を検出する',
        instructions: '期限切れの在庫を一覧にする。',
        replies: [
          {
            call: 'scan_expired',
            args: { store_id: 'S-5068', as_of: '2027-03-13T00:00' },
            result:
              '[{"sku":"SW-TAMA-03","name":"たまごサンド","qty":7},{"sku":"BN-NORI-01","name":"のり弁当","qty":3},{"sku":"ON-SAKE-01","name":"おにぎり 鮭","qty":12},{"sku":"DS-ROLL-02","name":"ロールケーキ","qty":2}]',
          },
          {
            say: 'S-5068 3/13 00:00 時点の期限切れ：たまごサンド 7、のり弁当 3、おにぎり鮭 12、ロールケーキ 2（計 24個）。',
          },
        ],
      },
      {
        name: 'haiki_touroku',
        description: '廃棄データを登録形式にする',
        instructions: '廃棄データを JSON（items: sku, qty は整数）で返す。',
        prompt: '期限切れ一覧:\n{input}',
        replies: [
          {
            say: '{"store_id":"S-5068","date":"2027-03-13","items":[{"sku":"SW-TAMA-03","qty":7},{"sku":"BN-NORI-01","qty":3},{"sku":"ON-SAKE-01","qty":"約12"},{"sku":"DS-ROLL-02","qty":2}]}',
          },
        ],
      },
      {
        name: 'honbu_houkoku',
        description: '本部の廃棄日報に反映する',
        instructions: '廃棄データを日報にまとめる。',
        prompt: '廃棄データ:\n{input}',
        replies: [{ say: 'S-5068 3/13 廃棄日報に反映しました。' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'haiki_touroku', to: 'honbu_houkoku' },
      agent: 'haiki_touroku',
    },
  }),
  defineScenario({
    id: 'ehoumaki-yoyaku-cancel-go-kojou-hachu-kyuu-suuchi',
    title:
      '予約照会担当が恵方巻の有効予約はキャンセル後 86本と返すが、エリアマネージャーは依頼文の 112本のまま製造発注担当に指示する',
    domain: 'コンビニ 季節商品の予約と工場発注',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '節分（2/3）の恵方巻、店舗 S-6031（名古屋市千種区）の予約は現在 112本です。キャンセルを反映した有効予約を確認し、店頭販売分 40本を足して工場に製造発注してください。工場締切は 1/27 15:00。',
    topology: {
      shape: 'supervisor',
      coordinator: 'area_manager',
      workers: ['yoyaku_shoukai', 'kojou_hachu'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'area_manager',
        description: 'エリアの店舗運営を統括する',
        instructions: '予約を確認させ、製造発注を指示してまとめる。',
        replies: [
          {
            handoff: 'yoyaku_shoukai',
            message: 'S-6031 の恵方巻（2/3 受取）の有効予約数をキャンセル反映後で確認してください。',
          },
          {
            handoff: 'kojou_hachu',
            message:
              'S-6031 恵方巻の製造発注：予約 112本＋店頭販売 40本＝152本。2/3 1便納品、工場締切 1/27 15:00 です。',
          },
          {
            say: '## S-6031 恵方巻 製造発注\n\n| 内訳 | 本数 |\n|---|---|\n| 予約 | 112 |\n| 店頭販売 | 40 |\n| **計** | **152** |\n\n中部第1工場に発注済み（2/3 1便）。',
          },
        ],
      },
      {
        name: 'yoyaku_shoukai',
        description: '予約システムを照会する',
        instructions: '予約状況を照会して報告する。',
        replies: [
          {
            call: 'query_reservations',
            args: { store_id: 'S-6031', item: 'EHOMAKI-2027', pickup_date: '2027-02-03' },
            result:
              '{"store_id":"S-6031","item":"EHOMAKI-2027","booked":112,"cancelled":26,"active":86,"cancel_reason_top":"法人一括予約（C-55190）26本 取消 1/25","as_of":"2027-01-26T11:00"}',
          },
          {
            say: 'S-6031 恵方巻：受付 112本のうち 26本が取消（法人一括予約 C-55190、1/25）。**有効予約は 86本**です（1/26 11:00 時点）。',
          },
        ],
      },
      {
        name: 'kojou_hachu',
        description: '工場へ製造発注を出す',
        instructions: '指示された数量で製造発注する。',
        replies: [
          {
            call: 'factory_order',
            args: {
              store_id: 'S-6031',
              item: 'EHOMAKI-2027',
              qty: 152,
              delivery: '2027-02-03 1便',
              factory: 'CHUBU-F1',
            },
            result:
              '{"factory_order":"FO-270127-6031","qty":152,"status":"受付","cutoff":"2027-01-27T15:00"}',
          },
          { say: '中部第1工場へ 152本で発注しました（FO-270127-6031、2/3 1便）。' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'area_manager', to: 'kojou_hachu' },
      agent: 'area_manager',
    },
  }),
  defineScenario({
    id: 'point-nibai-chirashi-taishougai-hinmoku-otosu',
    title:
      '販促リードは「酒類・たばこ・収納代行・切手は対象外」と伝えるが、チラシ作成担当は「店内全品ポイント2倍」のチラシを入稿する',
    domain: 'コンビニ 販促キャンペーン',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '週末ポイント2倍キャンペーン（3/20〜3/21）を近畿 540店舗で実施します。対象は店内調理品とスイーツのみ、酒類・たばこ・収納代行・切手・プリペイドカードは対象外です。チラシ作成と、対象商品の在庫配分をお願いします。',
    topology: {
      shape: 'nested',
      top: 'honbu_unei',
      teams: { hansoku_lead: ['chirashi_sakusei'], butsuryu_lead: ['zaiko_haibun'] },
    },
    agents: [
      {
        name: 'honbu_unei',
        description: '本部の店舗運営部',
        instructions: '販促と物流のリードに依頼し、まとめる。',
        replies: [
          {
            handoff: 'hansoku_lead',
            message:
              '週末ポイント2倍（3/20〜21、近畿 540店舗）のチラシ。対象は店内調理品とスイーツのみ、酒類・たばこ・収納代行・切手・プリペイドは対象外。',
          },
          {
            handoff: 'butsuryu_lead',
            message:
              '週末ポイント2倍（3/20〜21）に向けて、店内調理品の原材料とスイーツの在庫を近畿 540店舗に配分してください。',
          },
          {
            say: '## 週末ポイント2倍 準備状況\n\n- チラシ：「店内全品ポイント2倍」B4 両面、540店舗へ 3/18 着\n- 在庫配分：スイーツ 18 SKU・店内調理原材料 9 SKU を 3/19 便で増量配分\n\n準備完了です。',
          },
        ],
      },
      {
        name: 'hansoku_lead',
        description: '販促チームのリード',
        instructions: 'チラシ担当に依頼し、結果を本部に返す。',
        replies: [
          {
            handoff: 'chirashi_sakusei',
            message:
              'ポイント2倍チラシ（3/20〜21、近畿 540店舗、B4 両面）。対象：店内調理品とスイーツのみ。対象外：酒類・たばこ・収納代行・切手・プリペイドカード。',
          },
          { say: 'チラシ入稿済み：「店内全品ポイント2倍」B4 両面、540店舗分 3/18 着。' },
        ],
      },
      {
        name: 'chirashi_sakusei',
        description: 'チラシを作って入稿する',
        instructions: 'チラシを作成し印刷会社に入稿する。',
        replies: [
          {
            call: 'submit_flyer',
            args: {
              campaign: 'CP-2027-KNK-PT2X',
              headline: '週末限定！店内全品ポイント2倍',
              sub: '3/20（土）・3/21（日）',
              size: 'B4 両面',
              copies: 540 * 300,
              notes: '',
            },
            result: '{"print_job":"PR-44718","copies":162000,"delivery":"2027-03-18","status":"入稿完了"}',
          },
          { say: 'PR-44718 入稿完了：「週末限定！店内全品ポイント2倍」B4 両面 162,000部、3/18 各店着。' },
        ],
      },
      {
        name: 'butsuryu_lead',
        description: '物流チームのリード',
        instructions: '在庫配分担当に依頼し、結果を返す。',
        replies: [
          {
            handoff: 'zaiko_haibun',
            message:
              'ポイント2倍対象（店内調理品原材料・スイーツ）の 3/19 便配分を近畿 540店舗で組んでください。',
          },
          { say: '3/19 便でスイーツ 18 SKU、店内調理原材料 9 SKU を増量配分しました（平均 +22%）。' },
        ],
      },
      {
        name: 'zaiko_haibun',
        description: '店舗への在庫配分を計算する',
        instructions: '配分を計算して登録する。',
        replies: [
          {
            call: 'allocate_stock',
            args: {
              region: 'KINKI',
              stores: 540,
              delivery: '2027-03-19',
              skus: { sweets: 18, hot_food_materials: 9 },
              uplift: 0.22,
            },
            result:
              '{"allocation_id":"AL-0319-KNK","skus":27,"stores":540,"avg_uplift":"22%","status":"登録済"}',
          },
          { say: 'AL-0319-KNK 登録済み：27 SKU × 540店舗、平均 +22%。' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'hansoku_lead', to: 'chirashi_sakusei' },
      agent: 'chirashi_sakusei',
    },
  }),
  defineScenario({
    id: 'tenpokan-ido-tandenchi-zaiko-kakunin-kurikaeshi',
    title:
      '店舗間移動担当は在庫管理担当に S-5512 の単3電池在庫の確認を 3回同じ文面で依頼し、移動指示を出さないまま終わる',
    domain: 'コンビニ 店舗間の在庫移動',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      '台風接近のため、店舗 S-5514（静岡市清水区）で単3電池が欠品しています。近隣の S-5512 から 24本を店舗間移動してください。今日 16:00 の巡回便に載せたいです。',
    topology: {
      shape: 'swarm',
      entry: 'tenpokan_ido',
      agents: ['tenpokan_ido', 'zaiko_kanri'],
    },
    agents: [
      {
        name: 'tenpokan_ido',
        description: '店舗間の在庫移動を手配する',
        instructions: '移動元の在庫を確認し、移動指示を出す。',
        replies: [
          {
            handoff: 'zaiko_kanri',
            message:
              'S-5512 の単3電池（SKU BT-AA-04P、4本パック）の在庫を確認してください。S-5514 へ 24本移動予定です。',
          },
          {
            handoff: 'zaiko_kanri',
            message:
              'S-5512 の単3電池（SKU BT-AA-04P、4本パック）の在庫を確認してください。S-5514 へ 24本移動予定です。',
          },
          {
            handoff: 'zaiko_kanri',
            message:
              'S-5512 の単3電池（BT-AA-04P、4本パック）の在庫を確認してください。S-5514 へ 24本の移動予定です。',
          },
        ],
      },
      {
        name: 'zaiko_kanri',
        description: '店舗の在庫を管理する',
        instructions: '在庫を照会して返す。',
        replies: [
          {
            call: 'get_store_stock',
            args: { store_id: 'S-5512', sku: 'BT-AA-04P' },
            result:
              '{"store_id":"S-5512","sku":"BT-AA-04P","on_hand_packs":14,"on_hand_units":56,"safety_stock_packs":4,"transferable_packs":10}',
          },
          {
            handoff: 'tenpokan_ido',
            message:
              'S-5512 BT-AA-04P：在庫 14パック（56本）、安全在庫 4パック、移動可能 10パック（40本）です。',
          },
          {
            handoff: 'tenpokan_ido',
            message: 'S-5512 BT-AA-04P は在庫 14パック（56本）、移動可能は 10パック（40本）です。',
          },
          {
            say: 'S-5512 の単3電池 BT-AA-04P は在庫 14パック（56本）、安全在庫 4パックを除いた移動可能数は 10パック（40本）です。',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'tenpokan_ido', to: 'zaiko_kanri' },
      agent: 'tenpokan_ido',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'nyuuka-kenpin-case-kara-hon-kansan-hiduke-hyouki',
    title:
      '検品担当の「12ケース（入数24）」「2027-09-18」を在庫登録担当が「288本」「27年9月18日」と書き換えて渡し、店長報告も同じ値',
    domain: 'コンビニ 入荷検品と在庫登録',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task / stale_context: units (cases → bottles) and date formats change between agents, the values stay the same',
    request:
      '店舗 S-8123（仙台市青葉区）に 3/16 3便で届いた緑茶 525ml の入荷を検品し、在庫に登録して店長に報告してください。',
    topology: { shape: 'pipeline', order: ['nyuuka_kenpin', 'zaiko_touroku', 'tenchou_houkoku'] },
    agents: [
      {
        name: 'nyuuka_kenpin',
        description: '入荷を検品する',
        instructions: '納品書と現物を照合する。',
        replies: [
          {
            call: 'scan_delivery',
            args: { store_id: 'S-8123', delivery: '2027-03-16 3便', sku: 'DK-GTEA-525' },
            result:
              '{"sku":"DK-GTEA-525","cases_expected":12,"cases_received":12,"units_per_case":24,"best_before":"2027-09-18","lot":"L2703A","damaged":0}',
          },
          {
            say: 'DK-GTEA-525：12ケース（入数24）受領、破損 0。ロット L2703A、賞味期限 2027-09-18。納品書と一致。',
          },
        ],
      },
      {
        name: 'zaiko_touroku',
        description: '在庫システムに登録する',
        instructions: '検品結果を単品単位で在庫登録する。',
        prompt: '検品結果:\n{input}',
        replies: [
          {
            call: 'add_stock',
            args: {
              store_id: 'S-8123',
              sku: 'DK-GTEA-525',
              units: 288,
              best_before: '2027-09-18',
              lot: 'L2703A',
            },
            result: '{"stock_txn":"ST-8123-031601","on_hand_before":41,"on_hand_after":329}',
          },
          {
            say: '在庫登録 ST-8123-031601：緑茶 525ml **288本**（12ケース×24本）、賞味期限 27年9月18日。在庫 41本 → 329本。',
          },
        ],
      },
      {
        name: 'tenchou_houkoku',
        description: '店長に報告する',
        instructions: '入荷と在庫の状況を短く報告する。',
        prompt: '登録結果:\n{input}',
        replies: [
          {
            say: '店長へ：3/16 3便の緑茶 525ml は 288本（12ケース）入荷、破損なし。賞味期限 2027年9月18日。店頭在庫は 329本になりました（ST-8123-031601）。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'fryer-shuuri-hoshu-api-503-saishikou-seikou',
    title: '保守会社の受付 API が一度 503 を返し、手配担当は再試行で受付が取れたことを両方とも報告する',
    domain: 'コンビニ 店舗設備の故障対応',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported openly',
    request:
      '店舗 S-9207（福岡市博多区）のフライヤー 2号機が E-14（油温センサー異常）で停止しました。修理を手配し、店舗にホットスナックの販売調整を連絡してください。',
    topology: {
      shape: 'supervisor',
      coordinator: 'setsubi_uketsuke',
      workers: ['hoshu_tehai', 'tenpo_shiji'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'setsubi_uketsuke',
        description: '設備故障の受付窓口',
        instructions: '修理手配と店舗指示を依頼し、結果をまとめる。',
        replies: [
          {
            handoff: 'hoshu_tehai',
            message:
              'S-9207 フライヤー 2号機 E-14（油温センサー異常）で停止。保守会社に修理を依頼してください。',
          },
          {
            handoff: 'tenpo_shiji',
            message:
              'S-9207 はフライヤー 2号機が 3/17 午前まで使えません。1号機のみで揚げ物を回す販売調整を店舗に指示してください。',
          },
          {
            say: '## S-9207 フライヤー 2号機\n\n- 修理：九州厨機サービス、3/17 09:00〜11:00 訪問（受付 RQ-77310、初回送信は 503 で再送後に受付）\n- 店舗：1号機のみで唐揚げ・ポテトを優先、コロッケは販売休止と指示済み',
          },
        ],
      },
      {
        name: 'hoshu_tehai',
        description: '保守会社に修理を依頼する',
        instructions: '保守会社の受付 API で修理依頼を出す。',
        replies: [
          {
            call: 'vendor_repair_request',
            args: { store_id: 'S-9207', equipment: 'FRYER-2', error_code: 'E-14' },
            result: {
              error: '503 Service Unavailable：受付サーバー混雑中、しばらくしてから再送してください',
            },
          },
          {
            call: 'vendor_repair_request',
            args: { store_id: 'S-9207', equipment: 'FRYER-2', error_code: 'E-14', retry: 1 },
            result:
              '{"request_id":"RQ-77310","vendor":"九州厨機サービス","visit":"2027-03-17T09:00/11:00","part":"油温センサー TS-220 持参"}',
          },
          {
            say: '1回目の送信は 503（受付サーバー混雑）で失敗、再送で受付されました。RQ-77310、九州厨機サービス、3/17 09:00〜11:00 訪問、油温センサー TS-220 持参。',
          },
        ],
      },
      {
        name: 'tenpo_shiji',
        description: '店舗に作業指示を送る',
        instructions: '販売調整を店舗に指示する。',
        replies: [
          {
            call: 'send_store_instruction',
            args: {
              store_id: 'S-9207',
              text: 'フライヤー1号機のみ使用。唐揚げ・ポテト優先、コロッケ販売休止（3/17 修理完了まで）',
            },
            result: '{"instruction_id":"IN-9207-0316","read":false}',
          },
          { say: 'S-9207 に指示 IN-9207-0316 を送信：1号機のみ、唐揚げ・ポテト優先、コロッケ休止。' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'haisoubin-chakujikoku-henkou-shin-jikoku-de-renraku',
    title:
      '配送便の到着時刻が 6:30 から 7:10 に変更され、ルーターは旧時刻に触れつつも新時刻 7:10 で店舗シフト調整を指示する',
    domain: 'コンビニ 配送便と店舗シフト',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: the superseded arrival time is still mentioned but nobody uses it',
    request:
      '店舗 S-1175（札幌市北区）の 3/19 1便は通常 6:30 着ですが、センターから変更の連絡があったようです。確定時刻を確認し、品出しシフトを合わせてください。',
    topology: {
      shape: 'network',
      coordinator: 'unei_router',
      workers: ['haisou_shoukai', 'shift_chousei'],
    },
    agents: [
      {
        name: 'unei_router',
        description: '店舗運営の作業を振り分ける',
        instructions: '到着時刻を確認してからシフト調整を依頼し、終わったら完了とする。',
        replies: [
          { handoff: 'haisou_shoukai', message: 'S-1175 3/19 1便の確定到着時刻を確認してください。' },
          {
            handoff: 'shift_chousei',
            message:
              'S-1175 3/19 1便は 7:10 着に変更（通常の 6:30 ではありません）。品出し担当の開始を 7:10 に合わせてください。',
          },
          {
            say: 'S-1175 3/19：1便は **7:10 着**（除雪のため変更）。品出しシフトは 山田さん 7:10〜10:10 に変更済みです。',
          },
        ],
      },
      {
        name: 'haisou_shoukai',
        description: '配送便の運行情報を照会する',
        instructions: '運行情報を照会する。',
        replies: [
          {
            call: 'get_delivery_schedule',
            args: { store_id: 'S-1175', date: '2027-03-19', run: 1 },
            result:
              '{"run":"1便","planned_eta":"06:30","revised_eta":"07:10","reason":"DC-SAPPORO-N 構内除雪","revised_at":"2027-03-18T15:20"}',
          },
          { say: '3/19 1便：予定 6:30 → **7:10 着に変更**（札幌北センター構内除雪、3/18 15:20 更新）。' },
        ],
      },
      {
        name: 'shift_chousei',
        description: '店舗シフトを調整する',
        instructions: 'シフトを変更する。',
        replies: [
          {
            call: 'update_shift',
            args: {
              store_id: 'S-1175',
              date: '2027-03-19',
              staff: '山田',
              start: '07:10',
              end: '10:10',
              task: '1便品出し',
            },
            result: '{"shift_id":"SH-1175-0319-02","status":"更新済","notified":true}',
          },
          { say: 'SH-1175-0319-02：山田さん 7:10〜10:10（1便品出し）に更新、本人通知済み。' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'mikiri-nebiki-daisanrui-iyakuhin-tabako-jogai',
    title:
      '見切り値引きの部門別確認で、日用品担当は方針どおり第3類医薬品とたばこを値引き対象から外したと明記し、集約担当もそれに従う',
    domain: 'コンビニ 消費期限間近品の値引き',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: items left out of the markdown on purpose, a legitimate exclusion stated by policy',
    request:
      '店舗 S-2650（大阪市北区）で 3/20 閉店までに期限・販売期限を迎える商品の値引き（見切り）リストを作ってください。デザート・惣菜・日用品の3部門。社内規程により医薬品とたばこは値引き不可です。',
    topology: {
      shape: 'fanout',
      planner: 'mikiri_keikaku',
      workers: ['dessert_mikiri', 'souzai_mikiri', 'nichiyouhin_mikiri'],
      aggregator: 'mikiri_shuuyaku',
    },
    agents: [
      {
        name: 'mikiri_keikaku',
        description: '値引き確認を部門に割り振る',
        instructions: '部門ごとの指示を書く。',
        replies: [
          {
            plan: {
              dessert_mikiri: 'S-2650 デザート：3/20 閉店までに期限を迎える品目と推奨値引き率。',
              souzai_mikiri: 'S-2650 惣菜：3/20 閉店までに期限を迎える品目と推奨値引き率。',
              nichiyouhin_mikiri:
                'S-2650 日用品：3/20 閉店までに販売期限を迎える品目と推奨値引き率。医薬品・たばこは規程で値引き不可なので対象外。',
            },
          },
        ],
      },
      {
        name: 'dessert_mikiri',
        description: 'デザートの見切りを確認する',
        instructions: '期限を照会し値引き率を決める。',
        replies: [
          {
            call: 'list_near_expiry',
            args: { store_id: 'S-2650', dept: 'dessert', by: '2027-03-20T23:00' },
            result:
              '[{"sku":"DS-PUDD-03","name":"とろけるプリン","qty":6},{"sku":"DS-ECLR-01","name":"エクレア","qty":4}]',
          },
          { say: 'デザート：とろけるプリン 6個、エクレア 4個 → 20%引き（19時以降）。' },
        ],
      },
      {
        name: 'souzai_mikiri',
        description: '惣菜の見切りを確認する',
        instructions: '期限を照会し値引き率を決める。',
        replies: [
          {
            call: 'list_near_expiry',
            args: { store_id: 'S-2650', dept: 'deli', by: '2027-03-20T23:00' },
            result:
              '[{"sku":"SZ-KINP-04","name":"きんぴらごぼう","qty":5},{"sku":"SZ-SABA-02","name":"さば塩焼き","qty":3}]',
          },
          { say: '惣菜：きんぴらごぼう 5個、さば塩焼き 3個 → 30%引き（18時以降）。' },
        ],
      },
      {
        name: 'nichiyouhin_mikiri',
        description: '日用品の見切りを確認する',
        instructions: '販売期限を照会し値引き率を決める。規程の対象外品は外す。',
        replies: [
          {
            call: 'list_near_expiry',
            args: { store_id: 'S-2650', dept: 'daily_goods', by: '2027-03-20T23:00' },
            result:
              '[{"sku":"NY-MASK-30","name":"マスク 30枚（パッケージ改廃）","qty":8},{"sku":"OTC-3-EYE","name":"目薬（第3類医薬品）","qty":2,"category":"otc_drug"},{"sku":"TB-MEV-10","name":"たばこ 銘柄切替品","qty":5,"category":"tobacco"}]',
          },
          {
            say: '日用品：マスク 30枚 8個 → 30%引き。\n目薬（第3類医薬品）2個とたばこ切替品 5個は規程により値引き不可のため対象外（返品・本部指示待ちで売場から下げる）。',
          },
        ],
      },
      {
        name: 'mikiri_shuuyaku',
        description: '見切りリストをまとめる',
        instructions: '部門の結果を一覧にする。',
        replies: [
          {
            say: '## S-2650 見切りリスト（3/20）\n\n| 部門 | 品目 | 数量 | 値引き | 開始 |\n|---|---|---|---|---|\n| デザート | とろけるプリン | 6 | 20% | 19:00 |\n| デザート | エクレア | 4 | 20% | 19:00 |\n| 惣菜 | きんぴらごぼう | 5 | 30% | 18:00 |\n| 惣菜 | さば塩焼き | 3 | 30% | 18:00 |\n| 日用品 | マスク 30枚 | 8 | 30% | 終日 |\n\n※目薬（第3類医薬品）2個・たばこ切替品 5個は規程により値引き対象外、本部指示待ち。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'multicopy-ki-haishi-yousou-chuumon-bangou-tasuu',
    title:
      '分類担当がマルチコピー機の用紙切れ J-203 を「消耗品」と判定し、消耗品担当がトナー・用紙の注文番号や在庫カウンタの多い報告を返す；修理ルートは走らない',
    domain: 'コンビニ 店舗設備と消耗品',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message / low_quality_output: the repair route never runs, correctly, and the answer is dense with ids and counters',
    request:
      '店舗 S-3014（広島市中区）のマルチコピー機 MC-3014-01 で、A4 用紙切れ（J-203）とトナー残量少の表示が出ています。故障でなければ消耗品を補充手配してください。',
    topology: {
      shape: 'branch',
      classifier: 'copy_bunrui',
      routes: { shuuri: 'copy_shuuri', shoumouhin: 'shoumouhin_tehai' },
    },
    agents: [
      {
        name: 'copy_bunrui',
        description: 'マルチコピー機の表示を分類する',
        instructions: '「shuuri」か「shoumouhin」で答える。',
        replies: [
          {
            call: 'get_copier_status',
            args: { device_id: 'MC-3014-01' },
            result:
              '{"device_id":"MC-3014-01","codes":["J-203 用紙なし（トレイ1 A4）","W-11 トナー残量 8%"],"faults":[],"counter_total":1482206,"last_service":"2027-02-02"}',
          },
          {
            say: 'shoumouhin — MC-3014-01 は J-203（トレイ1 A4 用紙なし）と W-11（トナー 8%）のみ、故障コードなし。',
          },
        ],
      },
      {
        name: 'copy_shuuri',
        description: 'コピー機の修理を手配する',
        instructions: '修理を手配する。',
        replies: [{ say: '修理を手配しました。' }],
      },
      {
        name: 'shoumouhin_tehai',
        description: '消耗品を手配する',
        instructions: '消耗品の在庫と注文を処理する。',
        prompt: '分類結果: {input}\n\n店舗連絡: {request}',
        replies: [
          {
            call: 'order_supplies',
            args: {
              store_id: 'S-3014',
              device_id: 'MC-3014-01',
              items: [
                { code: 'TN-K-7720', qty: 1 },
                { code: 'PP-A4-2500', qty: 2 },
              ],
            },
            result:
              '{"order_id":"SUP-270318-3014","lines":[{"code":"TN-K-7720","qty":1,"backroom_stock":0,"ship":"2027-03-19 定期便"},{"code":"PP-A4-2500","qty":2,"backroom_stock":1,"ship":"2027-03-19 定期便"}],"note":"PP-A4-2500 はバックルームに 1箱（2,500枚）あり"}',
          },
          {
            say: '### MC-3014-01 消耗品手配（SUP-270318-3014）\n\n| コード | 品名 | 数量 | バックルーム在庫 | 出荷 |\n|---|---|---|---|---|\n| TN-K-7720 | トナー 黒 | 1 | 0 | 3/19 定期便 |\n| PP-A4-2500 | A4 用紙 2,500枚 | 2箱 | 1箱 | 3/19 定期便 |\n\n- J-203：バックルームの A4 1箱をすぐトレイ1へ補充してください。\n- W-11（トナー 8%）：約 1,200枚分、3/19 着で交換。\n- 総カウンタ 1,482,206、前回保守 2027-02-02。故障コードなしのため修理手配は不要です。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kaiten-junbi-shinki-tenpo-hand-back-kekka-tsuki',
    title:
      '本部の新店開店準備で、2人のリードが担当者の結果（初回納品の便・数量、設備検収の番号）を添えて手渡し返し、本部はその数字どおりにまとめる',
    domain: 'コンビニ 新規店舗の開店準備',
    mast: ['FM-1.4', 'FM-3.1'],
    nearMissOf:
      'lost_message: the briefs are paraphrased at each level and the results come back intact through the leads',
    request:
      '新店 S-11802（神戸市東灘区、3/25 7:00 開店）の開店準備です。初回納品（常温・チルド・冷凍）の便と数量を確定し、冷蔵・冷凍ケースと POS の設備検収を済ませてください。',
    topology: {
      shape: 'nested',
      top: 'kaiten_honbu',
      teams: { butsuryu_shunin: ['shokai_nouhin'], setsubi_shunin: ['setsubi_kenshuu'] },
    },
    agents: [
      {
        name: 'kaiten_honbu',
        description: '新店開店の本部責任者',
        instructions: '物流と設備のリードに依頼し、開店可否をまとめる。',
        replies: [
          {
            handoff: 'butsuryu_shunin',
            message: 'S-11802 は 3/25 7:00 オープン。常温・チルド・冷凍の初回納品便と数量を決めてください。',
          },
          {
            handoff: 'setsubi_shunin',
            message: 'S-11802（3/25 開店）の冷蔵・冷凍ケースと POS の検収をお願いします。',
          },
          {
            say: '## S-11802 開店準備（3/25 7:00）\n\n**初回納品**\n| 温度帯 | 便 | 到着 | 数量 |\n|---|---|---|---|\n| 常温 | AM-0324-K3 | 3/24 13:00 | 186 ケース |\n| チルド | CH-0325-K1 | 3/25 04:30 | 74 ケース |\n| 冷凍 | FZ-0324-K2 | 3/24 16:00 | 38 ケース |\n\n**設備検収**：冷蔵 6台・冷凍 3台・POS 3台すべて合格（検収 KS-11802-01〜12）。\n\n開店可能です。',
          },
        ],
      },
      {
        name: 'butsuryu_shunin',
        description: '物流チームの主任',
        instructions: '納品担当に依頼し、結果を本部に返す。',
        replies: [
          {
            handoff: 'shokai_nouhin',
            message: '新店 S-11802：3 温度帯の初回納品を、3/25 7:00 の開店に間に合う便で組んでください。',
          },
          {
            say: '初回納品確定：常温 AM-0324-K3（3/24 13:00、186 ケース）、チルド CH-0325-K1（3/25 04:30、74 ケース）、冷凍 FZ-0324-K2（3/24 16:00、38 ケース）。',
          },
        ],
      },
      {
        name: 'shokai_nouhin',
        description: '新店の初回納品を組む',
        instructions: '初回納品の便を予約する。',
        replies: [
          {
            call: 'book_initial_delivery',
            args: {
              store_id: 'S-11802',
              open_at: '2027-03-25T07:00',
              zones: ['ambient', 'chilled', 'frozen'],
            },
            result:
              '{"bookings":[{"zone":"ambient","run":"AM-0324-K3","eta":"2027-03-24T13:00","cases":186},{"zone":"chilled","run":"CH-0325-K1","eta":"2027-03-25T04:30","cases":74},{"zone":"frozen","run":"FZ-0324-K2","eta":"2027-03-24T16:00","cases":38}]}',
          },
          {
            say: '常温 AM-0324-K3 3/24 13:00 186c、チルド CH-0325-K1 3/25 04:30 74c、冷凍 FZ-0324-K2 3/24 16:00 38c で予約しました。',
          },
        ],
      },
      {
        name: 'setsubi_shunin',
        description: '設備チームの主任',
        instructions: '検収担当に依頼し、結果を本部に返す。',
        replies: [
          {
            handoff: 'setsubi_kenshuu',
            message: 'S-11802 の冷蔵・冷凍ケースと POS レジを開店前に検収してください。',
          },
          { say: '検収完了：冷蔵ケース 6台・冷凍ケース 3台・POS 3台、全 12台合格（KS-11802-01〜12）。' },
        ],
      },
      {
        name: 'setsubi_kenshuu',
        description: '店舗設備を検収する',
        instructions: '設備の検収結果を記録する。',
        replies: [
          {
            call: 'record_inspection',
            args: { store_id: 'S-11802', equipment: ['reach_in_chiller x6', 'freezer x3', 'pos x3'] },
            result:
              '{"inspections":12,"passed":12,"ids":"KS-11802-01..12","chiller_temp_c":[3.1,3.4,2.9,3.2,3.0,3.3],"freezer_temp_c":[-21.5,-20.8,-21.1],"pos":"3/3 疎通OK"}',
          },
          { say: '12台すべて合格（KS-11802-01〜12）。冷蔵 2.9〜3.4℃、冷凍 −21.5〜−20.8℃、POS 3台疎通 OK。' },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch128Scenarios = [...faults, ...healthy];
