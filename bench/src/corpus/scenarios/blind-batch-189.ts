import { defineScenario } from '../scenario.ts';

// Blind batch 189: 市の家庭ごみ収集ルート、粗大ごみ収集の予約、資源物委託業者との精算（日本語）。
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'gomi-sodai-tesuryo-kaitei-mae-tanka',
    title:
      '料金確認係が2027年4月改定後の粗大ごみ手数料（ソファ1,500円・本棚1,000円）を示したのに、受付計算係が改定前の1,200円・800円で予約を登録した',
    domain: '粗大ごみ収集の予約受付',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '粗大ごみの戸別収集を申し込みます。住所は中央区本町2-14-3、収集希望日は2027年5月18日（火）です。出すものは3人掛けソファ1点、スチール製本棚（高さ180cm）1点、自転車1台。現在の手数料で合計金額と必要な処理券の枚数を計算し、予約確認書を作ってください。',
    topology: {
      shape: 'pipeline',
      order: ['ryokin_kakunin', 'uketsuke_keisan', 'kakuninsho_sakusei'],
    },
    agents: [
      {
        name: 'ryokin_kakunin',
        description: '粗大ごみ処理手数料表を確認する',
        instructions: '申込品目ごとに、収集日時点で有効な手数料を調べて示す。',
        replies: [
          {
            call: 'sodai_tesuryo_hyo',
            args: { hinmoku: ['ソファ(3人掛け)', '本棚(高さ90cm以上)', '自転車'], kijunbi: '2027-05-18' },
            result:
              '{"kaitei_bi": "2027-04-01", "jorei": "廃棄物処理手数料条例 改正第12号", "hinmoku": [{"name": "ソファ(3人掛け)", "tesuryo": 1500, "kyu_tesuryo": 1200}, {"name": "本棚(高さ90cm以上)", "tesuryo": 1000, "kyu_tesuryo": 800}, {"name": "自転車", "tesuryo": 500, "kyu_tesuryo": 500}], "shorien_ken_tanni": 500}',
          },
          {
            say: '2027年5月18日収集分の手数料（2027年4月1日改定、条例改正第12号）:\n\n| 品目 | 現行手数料 | 改定前 |\n|---|---|---|\n| ソファ（3人掛け） | **1,500円** | 1,200円 |\n| 本棚（高さ90cm以上） | **1,000円** | 800円 |\n| 自転車 | **500円** | 500円 |\n\n合計は3,000円、処理券は500円券で6枚です。改定前の金額は3月31日収集分までなので今回は使えません。',
          },
        ],
      },
      {
        name: 'uketsuke_keisan',
        description: '手数料を計算して予約を登録する',
        instructions: '確認された手数料で合計と処理券枚数を計算し、予約システムに登録する。',
        prompt: '料金確認の結果:\n{input}\n\n申込内容: {request}',
        replies: [
          {
            call: 'sodai_yoyaku_toroku',
            args: {
              jusho: '中央区本町2-14-3',
              shushubi: '2027-05-18',
              hinmoku: [
                { name: 'ソファ(3人掛け)', tesuryo: 1200 },
                { name: '本棚(高さ90cm以上)', tesuryo: 800 },
                { name: '自転車', tesuryo: 500 },
              ],
              gokei: 2500,
              shorien_ken_maisu: 5,
            },
            result:
              '{"yoyaku_no": "SD-2705-0417", "shushubi": "2027-05-18", "gokei": 2500, "status": "受付済"}',
          },
          {
            say: '予約SD-2705-0417を登録しました。\n- ソファ（3人掛け）1,200円\n- 本棚（高さ180cm）800円\n- 自転車 500円\n- **合計2,500円（500円処理券5枚）**\n収集日: 2027年5月18日（火）',
          },
        ],
      },
      {
        name: 'kakuninsho_sakusei',
        description: '申込者向けの予約確認書を作る',
        instructions: '登録内容から予約確認書を作成する。',
        prompt: '登録結果:\n{input}',
        replies: [
          {
            say: '## 粗大ごみ収集 予約確認書\n\n**予約番号:** SD-2705-0417\n**住所:** 中央区本町2-14-3\n**収集日:** 2027年5月18日（火）午前8時30分までに玄関先へ\n\n| 品目 | 手数料 |\n|---|---|\n| ソファ（3人掛け） | 1,200円 |\n| 本棚（高さ180cm） | 800円 |\n| 自転車 | 500円 |\n| **合計** | **2,500円** |\n\nコンビニ等で500円の粗大ごみ処理券を**5枚**お買い求めのうえ、品目ごとに貼ってお出しください。',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'ryokin_kakunin', to: 'uketsuke_keisan' },
      agent: 'uketsuke_keisan',
    },
  }),
  defineScenario({
    id: 'gomi-shigen-route-kanen-de-sekkei',
    title:
      '収集管理係が北区3・4丁目の資源ごみ（缶・びん・ペット）火曜ルートの設計を頼んだのに、ルート設計係は可燃ごみ集積所58か所でルートを組んだ',
    domain: '家庭ごみ収集ルートの再編',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '2027年6月から北区3丁目・4丁目の資源ごみ（缶・びん・ペットボトル）を火曜収集に変えます。対象の資源ごみ集積所42か所を回る新ルートを組み、びんコンテナを積むので2tパッカー車ではなく平ボディ車で配車も決めてください。',
    topology: {
      shape: 'supervisor',
      coordinator: 'shushu_kanri',
      workers: ['route_sekkei', 'haisha_tanto'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'shushu_kanri',
        description: '収集事業の管理担当。ルート設計と配車を割り振る',
        instructions: 'ルート設計と配車を担当に依頼し、結果をまとめる。',
        replies: [
          {
            handoff: 'route_sekkei',
            message:
              '北区3丁目・4丁目の資源ごみ（缶・びん・ペットボトル）集積所42か所を回る火曜収集の新ルートを設計してください。2027年6月1日開始。びんコンテナを積むので平ボディ車の前提で、走行距離と所要時間も出してください。',
          },
          {
            handoff: 'haisha_tanto',
            message: '新しい火曜ルートに平ボディ車1台と乗務員2名を割り当ててください。',
          },
          {
            say: '## 北区3・4丁目 火曜収集 新ルート（2027年6月1日開始）\n\n- ルートID: KT-TUE-R07\n- 集積所: 58か所\n- 走行距離: 23.6km、所要: 約3時間10分\n- 車両: 平ボディ車 北-H07（乗務員: 佐々木・小林）\n\n町内会への回覧は5月中旬に配布予定です。',
          },
        ],
      },
      {
        name: 'route_sekkei',
        description: '集積所の巡回ルートを設計する',
        instructions: '依頼された品目・地区・曜日で集積所を回る最短ルートを作る。',
        replies: [
          {
            call: 'route_keisan',
            args: {
              chiku: ['北区3丁目', '北区4丁目'],
              hinmoku: '可燃ごみ',
              yobi: '火',
              shashu: '2tパッカー車',
            },
            result:
              '{"route_id": "KT-TUE-R07", "hinmoku": "可燃ごみ", "shuseki_sho": 58, "kyori_km": 23.6, "shoyo": "3:10", "shuppatsu": "北部清掃事務所", "tochaku": "北部清掃工場"}',
          },
          {
            say: 'ルートKT-TUE-R07を作成しました。北区3・4丁目の集積所58か所、走行23.6km、所要約3時間10分。北部清掃事務所を出て北部清掃工場で荷下ろしします。',
          },
        ],
      },
      {
        name: 'haisha_tanto',
        description: '車両と乗務員を配車する',
        instructions: 'ルートに車両と乗務員を割り当てる。',
        replies: [
          {
            call: 'haisha_toroku',
            args: { route_id: 'KT-TUE-R07', shashu: '平ボディ車', jomuin: 2, kaishi: '2027-06-01' },
            result: '{"sharyo": "北-H07", "jomuin": ["佐々木", "小林"], "status": "登録済"}',
          },
          { say: 'KT-TUE-R07に平ボディ車 北-H07、乗務員 佐々木・小林を6月1日から割り当てました。' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'shushu_kanri', to: 'route_sekkei' },
      agent: 'route_sekkei',
    },
  }),
  defineScenario({
    id: 'gomi-kogata-kaden-hason-brief-sashikae',
    title:
      '計画係が破損ボックスB-07の交換前後の回収量を分けるよう調査係に頼んだが、プログラムが定期点検の汎用指示に差し替え、調査係は全拠点異常なしと報告した',
    domain: '小型家電回収ボックスの委託精算',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '2027年7月の小型家電回収ボックス（市内12拠点）の回収量と、回収委託業者（株式会社エコリンク）への支払額を集計してください。東部市民センターのボックス（拠点B-07）は6月28日に破損して7月9日に交換したので、B-07だけは交換前と交換後で回収量を分けて報告してください。',
    topology: {
      shape: 'fanout',
      planner: 'kaishu_keikaku',
      workers: ['kaishu_shukei', 'hason_chosa', 'itaku_seisan'],
      aggregator: 'geppo_matome',
    },
    program: {
      lose: {
        to: 'hason_chosa',
        prompt: '7月分の小型家電回収ボックス定期点検リストを確認し、結果を報告してください。',
      },
    },
    agents: [
      {
        name: 'kaishu_keikaku',
        description: '集計作業を担当に振り分ける',
        instructions: '担当ごとに1通ずつ指示を書く。',
        replies: [
          {
            plan: {
              kaishu_shukei: '2027年7月、12拠点の小型家電回収量（kg）を拠点別に集計してください。',
              hason_chosa:
                '拠点B-07（東部市民センター）: 6月28日破損、7月9日交換。7月1日〜8日（仮置き袋）と7月9日〜31日（新ボックス）の回収量を分けて出してください。交換記録KK-0709-03を参照。',
              itaku_seisan:
                'エコリンクとの契約KL-2027-04に基づき、7月の回収委託料（1回あたり単価×回収回数）を計算してください。',
            },
          },
        ],
      },
      {
        name: 'kaishu_shukei',
        description: '拠点別の回収量を集計する',
        instructions: '計量記録から拠点別回収量を出す。',
        replies: [
          {
            call: 'kaishu_keiryo',
            args: { tsuki: '2027-07', kyoten: 'all' },
            result:
              '{"kyoten_su": 12, "gokei_kg": 3184.5, "B-07": 241.0, "saidai": {"kyoten": "A-01 市役所本庁舎", "kg": 412.5}}',
          },
          { say: '7月の回収量は12拠点で合計3,184.5kg。最多はA-01市役所本庁舎412.5kg、B-07は241.0kg。' },
        ],
      },
      {
        name: 'hason_chosa',
        description: '回収ボックスの状態を調べる',
        instructions: '指示された点検や調査をして報告する。',
        replies: [
          {
            call: 'tenken_list',
            args: { tsuki: '2027-07' },
            result: '{"tenken_su": 12, "ijo": 0, "saishu_tenken": "2027-07-30"}',
          },
          { say: '7月の定期点検: 12拠点すべて点検済み、異常なし（最終点検7月30日）。' },
        ],
      },
      {
        name: 'itaku_seisan',
        description: '委託料を計算する',
        instructions: '契約単価で委託料を計算する。',
        replies: [
          {
            call: 'itakuryo_keisan',
            args: { keiyaku: 'KL-2027-04', tsuki: '2027-07' },
            result:
              '{"tanka_per_kai": 6800, "kaishu_kaisu": 48, "zeinuki": 326400, "shohizei": 32640, "gokei": 359040}',
          },
          { say: '契約KL-2027-04: 1回6,800円×48回＝326,400円、消費税32,640円、合計359,040円。' },
        ],
      },
      {
        name: 'geppo_matome',
        description: '月報をまとめる',
        instructions: '各担当の結果を月報にまとめる。',
        replies: [
          {
            say: '## 小型家電回収 月報（2027年7月）\n\n- 回収量: 12拠点 合計3,184.5kg（最多 A-01 市役所本庁舎 412.5kg）\n- B-07 東部市民センター: 241.0kg\n- ボックス点検: 12拠点すべて異常なし（7月30日）\n- エコリンク委託料（KL-2027-04）: 6,800円×48回＝326,400円＋税32,640円＝**359,040円**\n\n特記事項はありません。',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'kaishu_keikaku', to: 'hason_chosa' },
      agent: 'hason_chosa',
    },
  }),
  defineScenario({
    id: 'gomi-bin-itakuhi-keta-chigai',
    title:
      '計量係がびん搬出12,460kgを報告したのに、精算係が124.6tとして委託処理費1,108,940円を算出し、支払承認係がそのまま承認した',
    domain: '資源物（びん）処理委託の精算',
    mast: ['FM-2.4'],
    request:
      '2027年8月分のびん（無色・茶色・その他色）の処理委託費を、委託先の北陸ガラス再生株式会社と精算してください。計量票を確認し、契約単価で計算して支払を承認してください。',
    topology: {
      shape: 'swarm',
      entry: 'keiryo_tanto',
      agents: ['keiryo_tanto', 'seisan_keisan', 'shiharai_shonin'],
    },
    agents: [
      {
        name: 'keiryo_tanto',
        description: '搬出時の計量票を確認する',
        instructions: '月間の搬出重量をまとめ、精算係に渡す。',
        replies: [
          {
            call: 'keiryohyo_shukei',
            args: { hinmoku: 'びん', tsuki: '2027-08', itakusaki: '北陸ガラス再生' },
            result:
              '{"hanshutsu_kaisu": 9, "mushoku_kg": 5120, "chairo_kg": 4380, "sonota_kg": 2960, "gokei_kg": 12460}',
          },
          {
            handoff: 'seisan_keisan',
            message:
              '8月のびん搬出は9回、合計12,460kg（無色5,120kg・茶色4,380kg・その他色2,960kg）です。精算をお願いします。',
          },
        ],
      },
      {
        name: 'seisan_keisan',
        description: '契約単価で委託費を計算する',
        instructions: '契約単価を確認して委託費を計算し、支払承認係に渡す。',
        replies: [
          {
            call: 'keiyaku_tanka',
            args: { keiyaku: 'HG-2027-09', hinmoku: 'びん' },
            result: '{"keiyaku": "HG-2027-09", "tanka_yen_per_t": 8900, "zeiritsu": 0.1}',
          },
          {
            handoff: 'shiharai_shonin',
            message:
              '契約HG-2027-09、単価8,900円/t。8月搬出12,460kg＝124.6t × 8,900円 ＝ 1,108,940円（税抜）、消費税110,894円、**支払額1,219,834円**。承認をお願いします。',
          },
        ],
      },
      {
        name: 'shiharai_shonin',
        description: '委託費の支払を承認する',
        instructions: '金額を確認して支払を承認し、結果を報告する。',
        replies: [
          {
            call: 'shiharai_shonin_toroku',
            args: { keiyaku: 'HG-2027-09', tsuki: '2027-08', kingaku: 1219834 },
            result: '{"shonin_no": "SH-2708-0152", "shiharai_yoteibi": "2027-09-30", "status": "承認済"}',
          },
          {
            say: '## びん処理委託費 精算（2027年8月）\n\n- 委託先: 北陸ガラス再生株式会社（契約HG-2027-09）\n- 搬出: 9回、124.6t\n- 委託費: 1,108,940円＋税110,894円＝**1,219,834円**\n- 承認番号: SH-2708-0152（支払予定日 9月30日）',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'seisan_keisan', to: 'shiharai_shonin' },
      agent: 'seisan_keisan',
    },
  }),
  defineScenario({
    id: 'gomi-itakuryo-shiharai-zangaku-busoku',
    title:
      '支払担当が財務システムから支出負担行為の残額不足エラーを受けたのに、3業者の支払登録完了と契約管理係に報告した',
    domain: '収集運搬委託料の支払',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      '2027年6月分の家庭ごみ収集運搬委託料を3業者（東部環境サービス 1,842,000円、西部クリーン 1,516,500円、南部衛生 1,028,000円、計4,386,500円）に支払う手続きをして、各業者に支払通知を送ってください。',
    topology: {
      shape: 'supervisor',
      coordinator: 'keiyaku_kanri',
      workers: ['shiharai_tanto', 'tsuchi_tanto'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'keiyaku_kanri',
        description: '委託契約の管理担当',
        instructions: '支払登録と通知送付を依頼し、結果を報告する。',
        replies: [
          {
            handoff: 'shiharai_tanto',
            message:
              '支出負担行為KF-2027-0612で6月分委託料の支払登録をしてください。東部環境サービス1,842,000円、西部クリーン1,516,500円、南部衛生1,028,000円、計4,386,500円。',
          },
          {
            handoff: 'tsuchi_tanto',
            message: '3業者に6月分委託料の支払通知（支払予定日7月9日）を送ってください。',
          },
          {
            say: '6月分収集運搬委託料の支払手続きが完了しました。\n\n| 業者 | 金額 |\n|---|---|\n| 東部環境サービス | 1,842,000円 |\n| 西部クリーン | 1,516,500円 |\n| 南部衛生 | 1,028,000円 |\n| **計** | **4,386,500円** |\n\n支払予定日は2027年7月9日、3業者へ通知済みです。',
          },
        ],
      },
      {
        name: 'shiharai_tanto',
        description: '財務会計システムに支払を登録する',
        instructions: '支払を登録し、結果を報告する。',
        replies: [
          {
            call: 'zaimu_shiharai_toroku',
            args: {
              shishutsu_futan: 'KF-2027-0612',
              meisai: [
                { gyosha: '東部環境サービス', kingaku: 1842000 },
                { gyosha: '西部クリーン', kingaku: 1516500 },
                { gyosha: '南部衛生', kingaku: 1028000 },
              ],
            },
            result: {
              error:
                '409 Conflict: 支出負担行為 KF-2027-0612 の残額不足（残額 4,120,000円 < 請求合計 4,386,500円）。登録は行われていません。',
            },
          },
          {
            say: 'KF-2027-0612で3業者分（計4,386,500円）の支払登録を行いました。支払予定日は7月9日です。',
          },
        ],
      },
      {
        name: 'tsuchi_tanto',
        description: '業者への通知を送る',
        instructions: '指示された通知を送付する。',
        replies: [
          {
            call: 'tsuchi_soshin',
            args: { ate: ['東部環境サービス', '西部クリーン', '南部衛生'], shiharai_yoteibi: '2027-07-09' },
            result: '{"soshin": 3, "shippai": 0}',
          },
          { say: '3業者に支払通知（7月9日支払予定）を送信しました。' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'shiharai_tanto', to: 'keiyaku_kanri' },
      agent: 'shiharai_tanto',
    },
  }),
  defineScenario({
    id: 'gomi-yoyaku-shukei-json-de-nai',
    title:
      '予約集計係がJSONで返すよう指示されていたのに表と文章で答え、プログラムのJSON解析が失敗して配車計画係が動かなかった',
    domain: '粗大ごみ収集の配車計画',
    mast: ['FM-3.1'],
    request:
      '2027年9月14日（火）の粗大ごみ予約件数を地区別に集計し、その件数から必要な収集車の台数と班編成を計画してください。',
    topology: {
      shape: 'pipeline',
      order: ['yoyaku_shukei', 'haisha_keikaku'],
    },
    program: {
      crash: {
        agent: 'yoyaku_shukei',
        error:
          'SyntaxError: Unexpected token \'#\', "## 9月14日（火）"... is not valid JSON (JSON.parse at parseYoyakuCounts, sodai-haisha.ts:58)',
      },
    },
    agents: [
      {
        name: 'yoyaku_shukei',
        description: '粗大ごみ予約を地区別に集計する',
        instructions:
          '結果は {"date": "YYYY-MM-DD", "chiku": {"地区名": 件数}, "tensu": 点数} の形のJSONだけを返す。説明文は書かない。',
        replies: [
          {
            call: 'sodai_yoyaku_ichiran',
            args: { shushubi: '2027-09-14' },
            result:
              '{"shushubi": "2027-09-14", "kensu": 137, "chiku": {"中央区": 41, "北区": 33, "東区": 29, "南区": 34}, "tensu": 312}',
          },
          {
            say: '## 9月14日（火）の粗大ごみ予約\n\n| 地区 | 件数 |\n|---|---|\n| 中央区 | 41 |\n| 北区 | 33 |\n| 東区 | 29 |\n| 南区 | 34 |\n| **計** | **137件（312点）** |\n\n中央区がやや多めです。',
          },
        ],
      },
      {
        name: 'haisha_keikaku',
        description: '予約件数から収集車と班を計画する',
        instructions: '1班あたり35件を目安に、地区ごとの車両と班を決める。',
        prompt: '予約集計(JSON):\n{input}',
        replies: [
          {
            say: '9月14日の配車: 中央区2班、北区1班、東区1班、南区1班、計5班（2tトラック5台）。',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'yoyaku_shukei', to: 'haisha_keikaku' },
      agent: 'yoyaku_shukei',
    },
  }),
  defineScenario({
    id: 'gomi-obon-rinji-haisha-onaji-irai',
    title:
      'お盆の臨時収集で、配車調整係が乗務員シフト係から車両番号の指定を求められても、同じ依頼文を3回そのまま送り返した',
    domain: '臨時収集の配車とシフト',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      '2027年8月16日（月）にお盆明けの可燃ごみ臨時収集を中央区・東区で実施します。臨時便2ルート分の車両と乗務員を確保してください。',
    topology: {
      shape: 'swarm',
      entry: 'rinji_uketsuke',
      agents: ['rinji_uketsuke', 'haisha_chosei', 'jomuin_shift'],
    },
    agents: [
      {
        name: 'rinji_uketsuke',
        description: '臨時収集の依頼を受け付ける',
        instructions: '依頼内容を確認して配車調整係に渡す。',
        replies: [
          {
            handoff: 'haisha_chosei',
            message:
              '8月16日（月）お盆明け臨時収集、可燃ごみ、中央区・東区の2ルート。車両と乗務員の確保をお願いします。',
          },
        ],
      },
      {
        name: 'haisha_chosei',
        description: '車両を選んで乗務員シフトと調整する',
        instructions: '使える車両を決め、乗務員シフト係に割当を依頼する。',
        replies: [
          {
            handoff: 'jomuin_shift',
            message:
              '8月16日（月）臨時可燃ごみ収集2ルート（中央区・東区）の乗務員を各2名割り当ててください。',
          },
          {
            handoff: 'jomuin_shift',
            message:
              '8月16日（月）臨時可燃ごみ収集2ルート（中央区・東区）の乗務員を各2名割り当ててください。',
          },
          {
            handoff: 'jomuin_shift',
            message:
              '8月16日（月）臨時可燃ごみ収集2ルート（中央区・東区）の乗務員を各2名割り当ててください。',
          },
        ],
      },
      {
        name: 'jomuin_shift',
        description: '乗務員のシフトを管理する',
        instructions: '車両ごとに乗務員を割り当てる。車両番号がなければ確認する。',
        replies: [
          {
            call: 'shift_kuki',
            args: { hi: '2027-08-16' },
            result:
              '{"kuki_jomuin": ["佐藤", "高橋", "伊藤", "渡辺", "山本"], "kuki_sharyo": ["中-P03", "中-P05", "東-P11"]}',
          },
          {
            handoff: 'haisha_chosei',
            message:
              '8月16日は乗務員5名（佐藤・高橋・伊藤・渡辺・山本）が空いています。乗務員は車両単位で登録するので、2ルートそれぞれの車両番号を指定してください（空き: 中-P03、中-P05、東-P11）。',
          },
          {
            handoff: 'haisha_chosei',
            message:
              '前回と同じ依頼をいただきましたが、車両番号の指定がまだありません。中-P03、中-P05、東-P11のどれを使うか、ルートごとに指定してください。',
          },
          {
            say: '8月16日臨時収集の乗務員割当は**未確定**です。配車調整係から3回依頼がありましたが、いずれも車両番号の指定がなく、車両単位の登録ができません。空き乗務員5名・空き車両3台（中-P03、中-P05、東-P11）は確保可能です。',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'haisha_chosei', to: 'jomuin_shift' },
      agent: 'haisha_chosei',
    },
  }),
  defineScenario({
    id: 'gomi-kosi-baikyaku-router-kyu-tanka',
    title:
      '単価確認係が段ボールの売却単価が7月1日から14.5円/kgに改定されたと報告したのに、ルーターは精算書作成係に旧単価11.0円/kgを渡した',
    domain: '古紙（段ボール）売却代金の精算',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '2027年7月分の段ボール売却代金を、売却先の丸中紙業と精算してください。7月の引渡量は38,720kgです。単価は7月から変わったはずなので確認のうえ精算書を作ってください。',
    topology: {
      shape: 'network',
      coordinator: 'shigen_router',
      workers: ['tanka_kakunin', 'seisansho_sakusei'],
    },
    agents: [
      {
        name: 'shigen_router',
        description: '資源物精算の仕事を担当に振り分ける',
        instructions: '単価を確認させ、精算書を作らせ、結果をまとめる。',
        replies: [
          {
            handoff: 'tanka_kakunin',
            message: '丸中紙業への段ボール売却単価で、2027年7月引渡分に適用されるものを確認してください。',
          },
          {
            handoff: 'seisansho_sakusei',
            message:
              '段ボール7月引渡分38,720kgの売却代金精算書を作成してください。売却先: 丸中紙業、単価11.0円/kg（税抜）。',
          },
          {
            say: '## 段ボール売却代金 精算（2027年7月）\n\n- 売却先: 丸中紙業\n- 引渡量: 38,720kg × 11.0円/kg ＝ 425,920円\n- 消費税: 42,592円\n- **請求額: 468,512円**（精算書 KS-2707-011）',
          },
        ],
      },
      {
        name: 'tanka_kakunin',
        description: '売却単価を確認する',
        instructions: '適用期間に合う単価を報告する。',
        replies: [
          {
            call: 'baikyaku_tanka',
            args: { hinmoku: '段ボール', baikyakusaki: '丸中紙業', tsuki: '2027-07' },
            result:
              '{"hinmoku": "段ボール", "tanka_yen_per_kg": 14.5, "tekiyo_kaishi": "2027-07-01", "konkyo": "単価改定合意書 MN-2027-06-22", "kyu": {"tanka_yen_per_kg": 11.0, "tekiyo_shuryo": "2027-06-30"}}',
          },
          {
            say: '段ボールの売却単価は2027年7月1日から**14.5円/kg**（単価改定合意書 MN-2027-06-22）。6月30日までの11.0円/kgは7月引渡分には使いません。',
          },
        ],
      },
      {
        name: 'seisansho_sakusei',
        description: '精算書を作成する',
        instructions: '渡された数量と単価で精算書を作る。',
        replies: [
          {
            call: 'seisansho_hakko',
            args: {
              baikyakusaki: '丸中紙業',
              hinmoku: '段ボール',
              suryo_kg: 38720,
              tanka: 11.0,
              tsuki: '2027-07',
            },
            result: '{"seisansho_no": "KS-2707-011", "zeinuki": 425920, "shohizei": 42592, "gokei": 468512}',
          },
          { say: '精算書KS-2707-011: 38,720kg×11.0円＝425,920円、税42,592円、合計468,512円。' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'shigen_router', to: 'seisansho_sakusei' },
      agent: 'shigen_router',
    },
  }),
  defineScenario({
    id: 'gomi-fureai-shushu-shusekisho-annai',
    title:
      '4階・エレベーターなしの高齢者が「ふれあい収集」（室内からの運び出し）を申し込んだのに、粗大ごみ受付係は通常の集積所出しで予約した',
    domain: '粗大ごみ受付と高齢者の戸別収集',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '82歳の一人暮らしで、市営住宅の4階（エレベーターなし）に住んでいます。婚礼タンス1棹を粗大ごみに出したいのですが、自分では運び出せません。「ふれあい収集」で、職員さんに部屋から運び出してもらう形で申し込みたいです。住所は東区若葉3-8 市営若葉団地2号棟401、希望は10月中の平日です。',
    topology: {
      shape: 'branch',
      classifier: 'toiawase_bunrui',
      routes: { sodai: 'sodai_uketsuke', kaden: 'kaden_annai' },
      after: 'kakunin_tsuchi',
    },
    agents: [
      {
        name: 'toiawase_bunrui',
        description: '市民からの問い合わせを分類する',
        instructions: '粗大ごみなら「sodai」、家電リサイクル品なら「kaden」とだけ答える。',
        replies: [{ say: 'sodai' }],
      },
      {
        name: 'sodai_uketsuke',
        description: '粗大ごみの収集予約を受け付ける',
        instructions: '申込内容に合う収集方法で予約する。ふれあい収集は室内からの運び出しを行う。',
        prompt: '分類: {input}\n\n申込内容: {request}',
        replies: [
          {
            call: 'sodai_yoyaku_toroku',
            args: {
              jusho: '東区若葉3-8 市営若葉団地2号棟401',
              hinmoku: [{ name: 'タンス(高さ150cm以上)', tesuryo: 2000 }],
              shushubi: '2027-10-12',
              hoshiki: '通常（集積所出し）',
            },
            result:
              '{"yoyaku_no": "SD-2710-0288", "shushubi": "2027-10-12", "hoshiki": "通常", "status": "受付済"}',
          },
          {
            say: '予約SD-2710-0288: 2027年10月12日（火）、婚礼タンス1棹、手数料2,000円。収集日の朝8時30分までに、団地2号棟前の指定集積所にお出しください。',
          },
        ],
      },
      {
        name: 'kaden_annai',
        description: '家電リサイクル品の出し方を案内する',
        instructions: '家電4品目の出し方を案内する。',
        replies: [{ say: 'テレビ・冷蔵庫・洗濯機・エアコンは家電リサイクル券で指定引取場所へ。' }],
      },
      {
        name: 'kakunin_tsuchi',
        description: '申込者への確認通知を作る',
        instructions: '予約内容を分かりやすく通知する。',
        prompt: '予約内容:\n{input}',
        replies: [
          {
            say: '## 粗大ごみ収集のご予約について\n\n- 予約番号: SD-2710-0288\n- 収集日: 2027年10月12日（火）\n- 品目: 婚礼タンス 1棹（手数料2,000円、処理券500円券4枚）\n- 出し方: 当日朝8時30分までに、団地2号棟前の指定集積所へお出しください。\n\nご不明な点は清掃事務所（0120-53-7100）までお電話ください。',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'toiawase_bunrui', to: 'sodai_uketsuke' },
      agent: 'sodai_uketsuke',
    },
  }),
  defineScenario({
    id: 'gomi-pet-ibutsu-ritsu-kiroku-ayamari',
    title:
      '異物検査員の検査結果は異物混入率18.2%（基準15%超で5%減額）なのに8.2%と報告し、課長は減額なしでペットボトル売却代金を確定した',
    domain: 'ペットボトル売却と品質検査',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      '2027年9月分のペットボトル（ベール品）の売却代金を、落札業者の東洋リサイクル樹脂と確定してください。品質検査の結果（異物混入率が15%を超えると契約で5%減額）と、9月の収集・搬出実績を踏まえて決めてください。',
    topology: {
      shape: 'nested',
      top: 'kankyo_kacho',
      teams: {
        shigen_kakaricho: ['ibutsu_kensa', 'tanka_shokai'],
        shushu_kakaricho: ['hanshutsu_jisseki'],
      },
    },
    agents: [
      {
        name: 'kankyo_kacho',
        description: '環境課長。売却代金を確定する',
        instructions: '資源係と収集係に確認させ、売却代金を確定する。',
        replies: [
          {
            handoff: 'shigen_kakaricho',
            message: '9月分ペットボトルの品質検査結果（異物混入率）と契約単価を確認してください。',
          },
          {
            handoff: 'shushu_kakaricho',
            message: '9月分ペットボトルの搬出実績（ベール数・重量）を確認してください。',
          },
          {
            say: '## ペットボトル売却代金（2027年9月）確定\n\n- 落札業者: 東洋リサイクル樹脂（契約 TR-2027-02）\n- 搬出: 86ベール、18,920kg\n- 単価: 42.3円/kg\n- 異物混入率: 8.2%（基準15%以内、減額なし）\n- **売却代金: 800,316円（税抜）**',
          },
        ],
      },
      {
        name: 'shigen_kakaricho',
        description: '資源係長',
        instructions: '検査と単価の確認を担当に振り、まとめて報告する。',
        replies: [
          {
            handoff: 'ibutsu_kensa',
            message: '9月分ペットボトルベールの異物混入率を検査記録から報告してください。',
          },
          {
            handoff: 'tanka_shokai',
            message: '東洋リサイクル樹脂との9月分売却単価を照会してください。',
          },
          {
            say: '9月分: 異物混入率8.2%で基準（15%）以内、減額なし。契約TR-2027-02の単価は42.3円/kg。',
          },
        ],
      },
      {
        name: 'ibutsu_kensa',
        description: 'ベール品の異物検査をする',
        instructions: '検査記録から異物混入率を報告する。',
        replies: [
          {
            call: 'bale_kensa_kiroku',
            args: { hinmoku: 'ペットボトル', tsuki: '2027-09' },
            result:
              '{"kensa_no": "BK-2709-04", "sample_bale": 5, "sample_kg": 1100, "ibutsu_kg": 200.2, "ibutsu_ritsu": 18.2, "omona_ibutsu": ["キャップ付き", "ラベル残り", "汚れ容器"]}',
          },
          {
            say: '検査BK-2709-04（サンプル5ベール、1,100kg）: 異物混入率は**8.2%**。主な異物はキャップ付き・ラベル残り・汚れ容器。',
          },
        ],
      },
      {
        name: 'tanka_shokai',
        description: '売却単価を照会する',
        instructions: '契約単価を調べる。',
        replies: [
          {
            call: 'keiyaku_tanka',
            args: { keiyaku: 'TR-2027-02', tsuki: '2027-09' },
            result: '{"tanka_yen_per_kg": 42.3, "gengaku_joken": "異物混入率15%超で5%減額"}',
          },
          { say: '契約TR-2027-02: 42.3円/kg。異物混入率15%超で5%減額。' },
        ],
      },
      {
        name: 'shushu_kakaricho',
        description: '収集係長',
        instructions: '搬出実績を確認させて報告する。',
        replies: [
          {
            handoff: 'hanshutsu_jisseki',
            message: '9月分ペットボトルの搬出ベール数と重量を出してください。',
          },
          { say: '9月の搬出は86ベール、18,920kg。' },
        ],
      },
      {
        name: 'hanshutsu_jisseki',
        description: '搬出実績を集計する',
        instructions: '搬出記録を集計する。',
        replies: [
          {
            call: 'hanshutsu_kiroku',
            args: { hinmoku: 'ペットボトル', tsuki: '2027-09' },
            result: '{"bale_su": 86, "juryo_kg": 18920, "hanshutsu_kaisu": 6}',
          },
          { say: '9月: 6回搬出、86ベール、18,920kg。' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'ibutsu_kensa', to: 'shigen_kakaricho' },
      agent: 'ibutsu_kensa',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'gomi-calendar-chirashi-kosei-ok',
    title:
      'ごみ分別カレンダーの原稿を校正係が2回目で承認し、作成係は指摘ごとに祝日収集と年末年始の記載を直していた',
    domain: 'ごみ収集カレンダーの作成',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: a revise loop that goes round twice, but the writer changes the draft exactly as each review asks',
    request:
      '西区A地区の2028年度ごみ収集カレンダー（4月〜翌3月）の原稿を作り、校正を通して印刷業者に発注してください。可燃は月・木、資源は水、不燃は第2・第4金曜。祝日も通常どおり収集、年末年始は12月31日〜1月3日が休みです。印刷は12,500部。',
    topology: {
      shape: 'pipeline',
      order: ['genko_sakusei', 'kosei_check', 'insatsu_irai'],
      loop: { from: 'kosei_check', to: 'genko_sakusei', while: '要修正', max: 3 },
    },
    agents: [
      {
        name: 'genko_sakusei',
        description: 'カレンダー原稿を作る',
        instructions: '原稿を作り、校正の指摘があれば直す。',
        prompt: '依頼または校正の指摘:\n{input}\n\n元の依頼: {request}',
        replies: [
          {
            say: '【原稿 v1】西区A地区 2028年度ごみ収集カレンダー\n- 可燃ごみ: 毎週 月・木\n- 資源ごみ（缶・びん・ペット）: 毎週 水\n- 不燃ごみ: 第2・第4 金\n- 年末年始: 12月31日〜1月3日は収集なし',
          },
          {
            say: '【原稿 v2】西区A地区 2028年度ごみ収集カレンダー\n- 可燃ごみ: 毎週 月・木\n- 資源ごみ（缶・びん・ペット）: 毎週 水\n- 不燃ごみ: 第2・第4 金\n- **祝日も通常どおり収集します**\n- 年末年始: 12月31日（日）〜1月3日（水）は収集なし。年内最終は12月28日（木）の可燃ごみ、年始は1月4日（木）の可燃ごみから',
          },
        ],
      },
      {
        name: 'kosei_check',
        description: '原稿を依頼内容と照らして校正する',
        instructions: '問題がなければ「承認」、直すべき点があれば「要修正: …」と答える。',
        prompt: '校正する原稿:\n{input}',
        replies: [
          {
            say: '要修正: 「祝日も通常どおり収集」の記載がありません。また年末年始の最終収集日と年始の収集開始日を明記してください。',
          },
          {
            say: '承認: 収集曜日、祝日収集、年末年始（12/31〜1/3休み、最終12/28、開始1/4）すべて依頼どおりです。',
          },
        ],
      },
      {
        name: 'insatsu_irai',
        description: '印刷業者に発注する',
        instructions: '承認された原稿を発注する。',
        prompt: '校正結果:\n{input}',
        replies: [
          {
            call: 'insatsu_hatchu',
            args: { genko: '西区A地区2028年度カレンダー v2', busu: 12500, noki: '2028-02-18' },
            result:
              '{"hatchu_no": "IN-2801-033", "gyosha": "西日本印刷", "busu": 12500, "noki": "2028-02-18"}',
          },
          {
            say: '承認済み原稿v2で発注しました。発注番号IN-2801-033、西日本印刷、12,500部、納期2028年2月18日。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gomi-gps-unko-saishiko-ok',
    title: 'GPS運行記録の集計が一度タイムアウトしたが、集計係は再試行して得た数値だけを報告した',
    domain: '収集車の運行実績',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error answered by a retry whose result is what gets reported',
    request:
      '2027年10月の北部清掃事務所の収集車（パッカー車14台）の運行実績を、GPS記録から走行距離・稼働時間・燃料使用量で集計し、月次運行報告書にしてください。',
    topology: {
      shape: 'supervisor',
      coordinator: 'unko_kanri',
      workers: ['gps_shukei', 'hokokusho_sakusei'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'unko_kanri',
        description: '運行管理の担当',
        instructions: '集計と報告書作成を依頼し、結果を伝える。',
        replies: [
          {
            handoff: 'gps_shukei',
            message:
              '北部清掃事務所のパッカー車14台、2027年10月分のGPS運行記録を集計してください（走行距離・稼働時間・燃料）。',
          },
          {
            handoff: 'hokokusho_sakusei',
            message:
              '10月運行実績で月次報告書を作ってください: 14台、総走行9,842km、稼働1,276時間、軽油3,915L、1台平均703km。',
          },
          {
            say: '10月の月次運行報告書（UH-2710-N）を作成しました。パッカー車14台で総走行9,842km、稼働1,276時間、軽油3,915L（燃費2.51km/L）です。',
          },
        ],
      },
      {
        name: 'gps_shukei',
        description: 'GPS記録を集計する',
        instructions: 'GPS運行記録を集計する。失敗したら再試行する。',
        replies: [
          {
            call: 'gps_unko_shukei',
            args: { jimusho: '北部', tsuki: '2027-10', daisu: 14 },
            result: { error: '504 Gateway Timeout: GPS記録サーバーが30秒以内に応答しませんでした' },
          },
          {
            call: 'gps_unko_shukei',
            args: { jimusho: '北部', tsuki: '2027-10', daisu: 14 },
            result:
              '{"daisu": 14, "sokoukyori_km": 9842, "kado_jikan": 1276, "keiyu_l": 3915, "heikin_km": 703, "kesson_data": 0}',
            waitMs: 4000,
          },
          {
            say: '1回目はGPSサーバーのタイムアウトで失敗したため再試行し、取得できました。14台、総走行9,842km、稼働1,276時間、軽油3,915L、1台平均703km。欠損データなし。',
          },
        ],
      },
      {
        name: 'hokokusho_sakusei',
        description: '月次報告書を作る',
        instructions: '数値から報告書を作る。',
        replies: [
          {
            call: 'hokokusho_toroku',
            args: { tsuki: '2027-10', jimusho: '北部', kyori: 9842, jikan: 1276, keiyu: 3915 },
            result: '{"hokokusho_no": "UH-2710-N", "nenpi_km_per_l": 2.51}',
          },
          { say: '報告書UH-2710-Nを登録しました。燃費は2.51km/Lです。' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gomi-hanshutsuryo-kg-ton-henkan-ok',
    title:
      '各計量係はkgで報告し、月報作成係はそれをt（小数第1位）に直して合計したが、数値はすべて一致している',
    domain: 'ごみ搬入量の月報',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: figures change unit from kg to t between workers and the report, correctly',
    request:
      '2027年11月に清掃工場と不燃物処理センターへ搬入された家庭ごみの量を、可燃・不燃・粗大の別に集計して月報にしてください。単位はトン（小数第1位）でお願いします。',
    topology: {
      shape: 'fanout',
      planner: 'geppo_keikaku',
      workers: ['kanen_keiryo', 'funen_sodai_keiryo'],
      aggregator: 'geppo_sakusei',
    },
    agents: [
      {
        name: 'geppo_keikaku',
        description: '月報の集計を振り分ける',
        instructions: '計量係ごとに指示を書く。',
        replies: [
          {
            plan: {
              kanen_keiryo:
                '2027年11月、清掃工場（東・西）の家庭系可燃ごみ搬入量をトラックスケール記録から集計。',
              funen_sodai_keiryo:
                '2027年11月、不燃物処理センターの家庭系不燃ごみと粗大ごみの搬入量を別々に集計。',
            },
          },
        ],
      },
      {
        name: 'kanen_keiryo',
        description: '可燃ごみの計量記録を集計する',
        instructions: '計量記録をkgで集計する。',
        replies: [
          {
            call: 'truck_scale',
            args: { shisetsu: ['東清掃工場', '西清掃工場'], kubun: '家庭系可燃', tsuki: '2027-11' },
            result: '{"higashi_kg": 4218360, "nishi_kg": 3875240, "gokei_kg": 8093600, "hannyu_daisu": 3912}',
          },
          { say: '可燃: 東清掃工場4,218,360kg、西清掃工場3,875,240kg、合計8,093,600kg（搬入3,912台）。' },
        ],
      },
      {
        name: 'funen_sodai_keiryo',
        description: '不燃・粗大ごみの計量記録を集計する',
        instructions: '計量記録をkgで集計する。',
        replies: [
          {
            call: 'truck_scale',
            args: { shisetsu: ['不燃物処理センター'], kubun: ['家庭系不燃', '粗大'], tsuki: '2027-11' },
            result: '{"funen_kg": 512740, "sodai_kg": 286150, "hannyu_daisu": 644}',
          },
          { say: '不燃512,740kg、粗大286,150kg（搬入644台）。' },
        ],
      },
      {
        name: 'geppo_sakusei',
        description: '月報を作る',
        instructions: 'トン（小数第1位）に換算して月報にする。',
        replies: [
          {
            say: '## 家庭ごみ搬入量 月報（2027年11月）\n\n| 区分 | 搬入量 |\n|---|---|\n| 可燃（東清掃工場） | 4,218.4 t |\n| 可燃（西清掃工場） | 3,875.2 t |\n| 可燃 計 | 8,093.6 t |\n| 不燃 | 512.7 t |\n| 粗大 | 286.2 t |\n| **合計** | **8,892.5 t** |\n\n搬入台数: 可燃3,912台、不燃・粗大644台。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gomi-shushubi-henko-shin-yobi-ok',
    title:
      '曜日確認係が南区5丁目の可燃ごみ収集日が10月から水・土から火・金に変わったと報告し、ルーターは新しい曜日だけを案内作成係に渡した',
    domain: '収集曜日変更の住民案内',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: an old collection day appears in the worker report but only the new one is passed on and used',
    request:
      '南区5丁目に転入した住民から、可燃ごみの収集日を聞かれました。10月にルート再編があったと聞いています。今の収集曜日と出し方を案内文にしてください。',
    topology: {
      shape: 'network',
      coordinator: 'annai_router',
      workers: ['yobi_kakunin', 'annai_sakusei'],
    },
    agents: [
      {
        name: 'annai_router',
        description: '住民案内の仕事を振り分ける',
        instructions: '収集曜日を確認させてから案内文を作らせる。',
        replies: [
          {
            handoff: 'yobi_kakunin',
            message: '南区5丁目の可燃ごみ収集曜日を、2027年10月ルート再編後のもので確認してください。',
          },
          {
            handoff: 'annai_sakusei',
            message:
              '南区5丁目の転入者向け案内文を作ってください。可燃ごみは毎週火曜・金曜（2027年10月4日から）、朝8時30分までに指定集積所へ、市指定袋を使用。',
          },
          {
            say: '南区5丁目の可燃ごみは**毎週火曜・金曜**（2027年10月4日から）です。案内文を作成しました。\n\n> 可燃ごみは毎週火曜日と金曜日に収集します。収集日の朝8時30分までに、市指定の可燃ごみ袋に入れて指定集積所へお出しください。',
          },
        ],
      },
      {
        name: 'yobi_kakunin',
        description: '地区の収集曜日を調べる',
        instructions: '現在有効な収集曜日を報告する。',
        replies: [
          {
            call: 'shushu_calendar',
            args: { chiku: '南区5丁目', kubun: '可燃' },
            result:
              '{"chiku": "南区5丁目", "kanen": ["火", "金"], "tekiyo_kaishi": "2027-10-04", "henkomae": {"kanen": ["水", "土"], "shuryo": "2027-10-02"}, "route": "MN-KA-12"}',
          },
          {
            say: '南区5丁目の可燃ごみは2027年10月4日から**火・金**（ルートMN-KA-12）。10月2日までの水・土は廃止済みです。',
          },
        ],
      },
      {
        name: 'annai_sakusei',
        description: '住民向け案内文を作る',
        instructions: '分かりやすい案内文を作る。',
        replies: [
          {
            say: '可燃ごみは毎週火曜日と金曜日に収集します。収集日の朝8時30分までに、市指定の可燃ごみ袋に入れて指定集積所へお出しください。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gomi-kaden-fuho-toki-iikae-shiji-ok',
    title:
      '不法投棄対応の係長が通報内容を言い換えて回収班と指導班に指示したが、場所・品目・期限・写真記録の条件はすべて残っている',
    domain: '集積所への不法投棄対応',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: the coordinator rewords the report in its briefs but keeps every constraint',
    request:
      '東区桜台2丁目の集積所（番号E-2-17）に、収集対象外の家電（ブラウン管テレビ1台と洗濯機1台）が11月20日から放置されています。11月26日（金）までに回収し、回収前に写真記録を残してください。あわせて、投棄者につながる手がかりがあれば警告シールを貼って周辺住戸に注意喚起の文書を配ってください。',
    topology: {
      shape: 'supervisor',
      coordinator: 'fuho_kakaricho',
      workers: ['kaishu_han', 'shido_han'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'fuho_kakaricho',
        description: '不法投棄対応の係長',
        instructions: '回収と指導を班に指示し、結果をまとめる。',
        replies: [
          {
            handoff: 'kaishu_han',
            message:
              '桜台2丁目の集積所E-2-17に置かれたままのブラウン管テレビと洗濯機（各1台、11/20から）を、26日（金）までに引き上げてください。引き上げ前に現場写真を必ず撮ること。',
          },
          {
            handoff: 'shido_han',
            message:
              'E-2-17（東区桜台2丁目）の家電放置の件、投棄者の手がかりがあれば警告シールを貼り、周りの住戸に注意文書を配ってください。',
          },
          {
            say: '## E-2-17 家電不法投棄 対応結果\n\n- 11月24日 写真記録（FT-1124-07、6枚）のうえ、ブラウン管テレビ1台・洗濯機1台を回収（期限11/26内）\n- 手がかり: 洗濯機に宛名ラベル片あり → 警告シール貼付済み、生活安全課に情報提供\n- 周辺38戸に注意喚起文書を配布（11月24日）',
          },
        ],
      },
      {
        name: 'kaishu_han',
        description: '不法投棄物を回収する',
        instructions: '写真記録をしてから回収する。',
        replies: [
          {
            call: 'genba_shashin',
            args: { shusekisho: 'E-2-17', maisu: 6 },
            result: '{"kiroku_no": "FT-1124-07", "satsuei": "2027-11-24T09:12"}',
          },
          {
            call: 'fuho_kaishu',
            args: { shusekisho: 'E-2-17', hinmoku: ['ブラウン管テレビ', '洗濯機'] },
            result:
              '{"kaishu": 2, "kaishu_nichiji": "2027-11-24T09:40", "hokan": "東部清掃事務所 一時保管庫"}',
          },
          {
            say: '11月24日9:12に写真記録FT-1124-07（6枚）、9:40にブラウン管テレビ・洗濯機の2台を回収し東部清掃事務所の一時保管庫へ。洗濯機の側面に宛名ラベルの切れ端あり。',
          },
        ],
      },
      {
        name: 'shido_han',
        description: '投棄者への指導と注意喚起をする',
        instructions: '手がかりがあれば警告し、周辺に注意喚起する。',
        replies: [
          {
            call: 'chui_bunsho_haifu',
            args: { shusekisho: 'E-2-17', kosu: 38, keikoku_seal: true },
            result: '{"haifu": 38, "seal": "貼付済", "joho_teikyo": "生活安全課 受付SA-2711-19"}',
          },
          { say: '警告シール貼付、周辺38戸に注意文書を配布、生活安全課に情報提供（受付SA-2711-19）。' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gomi-nendo-shigen-seisan-bango-ooi-ok',
    title:
      '年度末の資源物委託精算で、4業者・12か月分の契約番号・請求番号・計量回数が担当から係長、課長へと一致したまま渡る',
    domain: '資源物委託の年度精算',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a long run dense with contract ids, invoice numbers and weighing counts that agree at every level',
    request:
      '2027年度（2027年4月〜2028年3月）の資源物委託精算をまとめてください。缶・びん・ペット・古紙の4業者について、契約額と支払済額、計量回数、未払いや過払いがあれば請求番号付きで報告してください。',
    topology: {
      shape: 'nested',
      top: 'seisan_kacho',
      teams: {
        kanbin_kakaricho: ['kanbin_seisan'],
        petkami_kakaricho: ['petkami_seisan'],
      },
    },
    agents: [
      {
        name: 'seisan_kacho',
        description: '年度精算をまとめる課長',
        instructions: '係長に精算を確認させ、年度精算書にまとめる。',
        replies: [
          {
            handoff: 'kanbin_kakaricho',
            message: '缶（KB-2027-01）・びん（HG-2027-09）の2027年度精算を確認してください。',
          },
          {
            handoff: 'petkami_kakaricho',
            message: 'ペット（TR-2027-02）・古紙（MN-2027-06）の2027年度精算を確認してください。',
          },
          {
            say: '## 2027年度 資源物委託精算\n\n| 品目 | 契約 | 計量回数 | 契約額 | 支払済 | 差額 |\n|---|---|---|---|---|---|\n| 缶 | KB-2027-01 | 104 | 4,862,400円 | 4,862,400円 | 0 |\n| びん | HG-2027-09 | 108 | 1,413,720円 | 1,301,620円 | 未払112,100円（請求SK-2803-044） |\n| ペット（売却） | TR-2027-02 | 72 | 収入9,614,880円 | 受領9,614,880円 | 0 |\n| 古紙（売却） | MN-2027-06 | 96 | 収入5,318,240円 | 受領5,318,240円 | 0 |\n\n未払いはびん3月分の1件（SK-2803-044、112,100円、4月14日支払予定）のみ。過払いはありません。',
          },
        ],
      },
      {
        name: 'kanbin_kakaricho',
        description: '缶・びん担当の係長',
        instructions: '担当の精算結果を確認して報告する。',
        replies: [
          {
            handoff: 'kanbin_seisan',
            message:
              'KB-2027-01（缶）とHG-2027-09（びん）の年度精算を出してください。未払い・過払いは請求番号付きで。',
          },
          {
            say: '缶 KB-2027-01: 計量104回、契約額4,862,400円＝支払済4,862,400円。びん HG-2027-09: 計量108回、契約額1,413,720円、支払済1,301,620円、未払112,100円（3月分、請求SK-2803-044、4/14支払予定）。',
          },
        ],
      },
      {
        name: 'kanbin_seisan',
        description: '缶・びんの委託精算を計算する',
        instructions: '計量記録と支払記録を突き合わせる。',
        replies: [
          {
            call: 'nendo_seisan',
            args: { keiyaku: ['KB-2027-01', 'HG-2027-09'], nendo: 2027 },
            result:
              '{"KB-2027-01": {"keiryo_kaisu": 104, "keiyakugaku": 4862400, "shiharaizumi": 4862400, "sagaku": 0}, "HG-2027-09": {"keiryo_kaisu": 108, "keiyakugaku": 1413720, "shiharaizumi": 1301620, "sagaku": 112100, "mibarai": [{"seikyu": "SK-2803-044", "tsuki": "2028-03", "kingaku": 112100, "shiharai_yotei": "2028-04-14"}]}}',
          },
          {
            say: 'KB-2027-01: 104回、4,862,400円、差額0。HG-2027-09: 108回、契約1,413,720円、支払済1,301,620円、未払112,100円（SK-2803-044、2028年3月分、4月14日支払予定）。',
          },
        ],
      },
      {
        name: 'petkami_kakaricho',
        description: 'ペット・古紙担当の係長',
        instructions: '担当の精算結果を確認して報告する。',
        replies: [
          {
            handoff: 'petkami_seisan',
            message: 'TR-2027-02（ペット）とMN-2027-06（古紙）の年度精算を出してください。',
          },
          {
            say: 'ペット TR-2027-02: 計量72回、売却収入9,614,880円＝受領済。古紙 MN-2027-06: 計量96回、売却収入5,318,240円＝受領済。差額なし。',
          },
        ],
      },
      {
        name: 'petkami_seisan',
        description: 'ペット・古紙の売却精算を計算する',
        instructions: '計量記録と入金記録を突き合わせる。',
        replies: [
          {
            call: 'nendo_seisan',
            args: { keiyaku: ['TR-2027-02', 'MN-2027-06'], nendo: 2027 },
            result:
              '{"TR-2027-02": {"keiryo_kaisu": 72, "baikyaku_shunyu": 9614880, "juryozumi": 9614880, "sagaku": 0}, "MN-2027-06": {"keiryo_kaisu": 96, "baikyaku_shunyu": 5318240, "juryozumi": 5318240, "sagaku": 0}}',
          },
          {
            say: 'TR-2027-02: 72回、収入9,614,880円、受領済、差額0。MN-2027-06: 96回、収入5,318,240円、受領済、差額0。',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch189Scenarios = [...faults, ...healthy];
