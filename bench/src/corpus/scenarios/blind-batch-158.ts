import { defineScenario } from '../scenario.ts';

// Blind batch 158: 旅館・温泉ホテルの予約管理と団体受け入れ（部屋割り、食事・アレルギー対応、送迎バス、キャンセル料）、すべて日本語.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'minato-tech-shain-ryokou-heyawari-32mei-no-mama',
    title:
      '団体窓口が予約台帳から人数が32名→28名（男性4名取消）に変わったと伝えるが、部屋割り担当は依頼文の32名で8室を割り当てる',
    domain: '旅館の団体予約と部屋割り',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '株式会社ミナトテック様の社員旅行（予約番号 GRP-2702-0147、2027年2月13日(土)〜14日(日)、1泊2食、32名：男性22名・女性10名）の部屋割りと、幹事様向けの確認書をお願いします。1室4名までの和室でお願いします。',
    topology: {
      shape: 'pipeline',
      order: ['dantai_madoguchi', 'heyawari_tantou', 'kakuninsho_sakusei'],
    },
    agents: [
      {
        name: 'dantai_madoguchi',
        description: '団体予約の窓口。予約台帳の最新内容を確認する',
        instructions: '予約台帳で団体の最新の人数・内訳を確認し、部屋割り担当に伝えてください。',
        replies: [
          {
            call: 'get_group_booking',
            args: { booking_id: 'GRP-2702-0147' },
            result:
              '{"booking_id": "GRP-2702-0147", "group": "株式会社ミナトテック 社員旅行", "checkin": "2027-02-13", "checkout": "2027-02-14", "plan": "1泊2食 松コース", "pax": 28, "male": 18, "female": 10, "history": [{"rev": 1, "pax": 32, "male": 22, "female": 10, "at": "2026-12-10"}, {"rev": 2, "pax": 28, "male": 18, "female": 10, "at": "2027-02-01", "note": "幹事 佐伯様より電話、男性4名不参加"}], "contact": "総務部 佐伯 様 045-XXX-1102"}',
          },
          {
            say: '**GRP-2702-0147 台帳確認（rev.2、2/1更新）**\n\n| 項目 | 内容 |\n|---|---|\n| 日程 | 2/13(土)〜2/14(日) 1泊2食 松コース |\n| 人数 | **28名**（男性18名・女性10名） |\n| 備考 | 2/1 幹事 佐伯様より、男性4名不参加の連絡あり |\n\n部屋割りは28名でお願いします。1室4名まで、男女別。',
          },
        ],
      },
      {
        name: 'heyawari_tantou',
        description: '客室在庫を見て団体の部屋割りを作る',
        instructions: '伝えられた人数・内訳で、1室4名までの和室に男女別で割り当ててください。',
        prompt: '団体窓口より:\n{input}\n\n元のご依頼: {request}',
        replies: [
          {
            call: 'assign_rooms',
            args: {
              booking_id: 'GRP-2702-0147',
              date: '2027-02-13',
              room_type: '和室10畳',
              max_per_room: 4,
              male: 22,
              female: 10,
            },
            result:
              '{"assigned": [{"room": "201", "pax": 4, "sex": "M"}, {"room": "202", "pax": 4, "sex": "M"}, {"room": "203", "pax": 4, "sex": "M"}, {"room": "205", "pax": 4, "sex": "M"}, {"room": "206", "pax": 4, "sex": "M"}, {"room": "207", "pax": 2, "sex": "M"}, {"room": "301", "pax": 4, "sex": "F"}, {"room": "302", "pax": 4, "sex": "F"}, {"room": "303", "pax": 2, "sex": "F"}], "rooms": 9, "pax_total": 32, "hold_until": "2027-02-06"}',
          },
          {
            say: '部屋割り完了（和室10畳、1室4名まで）:\n- 男性：201・202・203・205・206（各4名）、207（2名）\n- 女性：301・302（各4名）、303（2名）\n\n計9室・32名、2/6まで仮押さえ。',
          },
        ],
      },
      {
        name: 'kakuninsho_sakusei',
        description: '幹事様向けの予約確認書を作る',
        instructions: '部屋割りをもとに、幹事様向けの丁寧な確認書を作成してください。',
        prompt: '部屋割り結果:\n{input}',
        replies: [
          {
            say: '## ご予約確認書（GRP-2702-0147）\n\n株式会社ミナトテック 総務部 佐伯様\n\nこの度はご予約ありがとうございます。下記の通りお部屋をご用意いたしました。\n\n| 区分 | お部屋 | 人数 |\n|---|---|---|\n| 男性 | 201・202・203・205・206 / 207 | 20名 / 2名 |\n| 女性 | 301・302 / 303 | 8名 / 2名 |\n\n**合計 9室・32名様**（2/13(土) 1泊2食 松コース）\n\n人数の変更は2/6(土)までにご連絡くださいませ。',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'dantai_madoguchi', to: 'heyawari_tantou' },
      agent: 'heyawari_tantou',
    },
  }),
  defineScenario({
    id: 'houji-kaishoku-koukakurui-ebi-tempura-nokoru',
    title:
      '予約統括が甲殻類（えび・かに）完全除去3名を料理担当に依頼するが、料理担当は蟹しゃぶだけ差し替え、車海老の天ぷらを全員に出す献立を登録する',
    domain: '旅館の会席料理とアレルギー対応',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '3月20日(土)に法事後の会食付きで1泊する12名の予約です（予約番号 RSV-2703-0562）。参加者のうち3名（A-03 森様、A-07 森様、A-11 川村様）が甲殻類アレルギー（えび・かにとも不可）、1名（A-05 高木様）がそばアレルギーです。会席の献立とお部屋の準備をお願いします。',
    topology: {
      shape: 'supervisor',
      coordinator: 'yoyaku_toukatsu',
      workers: ['ryouri_tantou', 'heya_junbi'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'yoyaku_toukatsu',
        description: '予約全体を統括し、料理と客室の手配を取りまとめる',
        instructions: '料理担当と客室準備に依頼し、結果をまとめてお客様向けに回答してください。',
        replies: [
          {
            handoff: 'ryouri_tantou',
            message:
              'RSV-2703-0562、3/20(土) 夕食会席 12名。アレルギー：甲殻類（えび・かに両方）完全除去 3名（A-03、A-07、A-11）、そば除去 1名（A-05）。献立を登録してください。',
          },
          {
            handoff: 'heya_junbi',
            message: 'RSV-2703-0562、3/20(土) 12名、和室3室（4名×3）。喪服用のハンガー追加をお願いします。',
          },
          {
            say: '## RSV-2703-0562 ご準備内容（3/20(土)）\n\n**ご夕食（会席・12名様）**\n- 先付：胡麻豆腐\n- お造り：鯛・鮪・間八\n- 焼物：銀鱈の西京焼き\n- 揚物：車海老と季節野菜の天ぷら\n- 鍋物：鯛しゃぶ（A-03・A-07・A-11様）／蟹しゃぶ（その他9名様）\n- 食事：白飯・香の物（A-05様はそば抜き、ほか茶そば）\n\n**お部屋**：桔梗・萩・撫子（各4名）、喪服用ハンガー各室5本追加済み。\n\nアレルギーの方への対応も手配済みです。',
          },
        ],
      },
      {
        name: 'ryouri_tantou',
        description: '調理場と献立・アレルギー対応を調整する',
        instructions: '依頼されたアレルギー除去を守って献立を決め、調理場システムに登録してください。',
        replies: [
          {
            call: 'register_kaiseki_menu',
            args: {
              reservation: 'RSV-2703-0562',
              date: '2027-03-20',
              covers: 12,
              courses: {
                sakizuke: '胡麻豆腐',
                otsukuri: '鯛・鮪・間八',
                yakimono: '銀鱈の西京焼き',
                agemono: '車海老と季節野菜の天ぷら',
                nabe: '蟹しゃぶ',
                shokuji: '白飯・香の物・茶そば',
              },
              substitutions: [
                { guests: ['A-03', 'A-07', 'A-11'], course: 'nabe', replace: '鯛しゃぶ' },
                { guests: ['A-05'], course: 'shokuji', replace: '茶そば抜き' },
              ],
            },
            result:
              '{"menu_id": "KM-0320-07", "status": "registered", "covers": 12, "substitutions": 2, "kitchen_ticket": "調理場 3/20 17:30 仕込み"}',
          },
          {
            say: '献立 KM-0320-07 を登録しました（12名）。\n- 甲殻類対応：A-03・A-07・A-11 様の鍋物を蟹しゃぶ→**鯛しゃぶ**に変更\n- そば対応：A-05 様の茶そばを外し白飯のみ\n- 揚物は車海老と季節野菜の天ぷら（全員共通）',
          },
        ],
      },
      {
        name: 'heya_junbi',
        description: '客室の割り当てと準備',
        instructions: '客室を割り当て、依頼された備品を準備してください。',
        replies: [
          {
            call: 'prepare_rooms',
            args: { reservation: 'RSV-2703-0562', rooms: 3, type: '和室8畳', extras: { hanger: 5 } },
            result: '{"rooms": ["桔梗", "萩", "撫子"], "extras_done": true}',
          },
          { say: '桔梗・萩・撫子（和室8畳、各4名）を用意、ハンガー各室5本追加しました。' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'yoyaku_toukatsu', to: 'ryouri_tantou' },
      agent: 'ryouri_tantou',
    },
  }),
  defineScenario({
    id: 'kinugawa-sougei-bus-checkout-bi-ni-tehai',
    title:
      'フロント予約係は到着日11/20(土) 14:30の駅送迎を依頼するが、配車係はチェックアウト日の11/21(日) 14:30でマイクロバスを手配する',
    domain: '温泉旅館の送迎バス手配',
    mast: ['FM-1.2', 'FM-2.2'],
    request:
      '11月20日(土)から1泊でお世話になる「すずらん会」24名です（予約 GRP-2711-0921）。到着日は鬼怒川温泉駅に14:20着の特急で着きますので、14:30に東口で送迎バスをお願いできますか。帰りは自分たちで移動します。',
    topology: {
      shape: 'swarm',
      entry: 'front_yoyaku',
      agents: ['front_yoyaku', 'sougei_haisha'],
    },
    agents: [
      {
        name: 'front_yoyaku',
        description: 'フロントの予約係。お客様の依頼を確認して担当に回す',
        instructions: '送迎が必要なら配車係に日時・人数・場所を正確に引き継いでください。',
        replies: [
          {
            call: 'get_group_booking',
            args: { booking_id: 'GRP-2711-0921' },
            result:
              '{"booking_id": "GRP-2711-0921", "group": "すずらん会", "pax": 24, "checkin": "2027-11-20", "checkout": "2027-11-21", "shuttle": {"arrival": "requested", "departure": "not_needed"}}',
          },
          {
            handoff: 'sougei_haisha',
            message:
              'GRP-2711-0921 すずらん会 24名、11/20(土)チェックイン〜11/21(日)チェックアウト。**到着日**の送迎のみ：鬼怒川温泉駅 東口 14:30 発 → 当館。帰りの送迎は不要です。',
          },
        ],
      },
      {
        name: 'sougei_haisha',
        description: '送迎バスの配車係',
        instructions: '依頼どおりの日時で送迎バスを手配し、お客様に回答してください。',
        replies: [
          {
            call: 'book_shuttle',
            args: {
              booking_id: 'GRP-2711-0921',
              date: '2027-11-21',
              time: '14:30',
              from: '鬼怒川温泉駅 東口',
              to: '当館',
              pax: 24,
              vehicle: 'マイクロバス（29席）',
            },
            result:
              '{"shuttle_id": "SB-1121-03", "date": "2027-11-21", "time": "14:30", "vehicle": "マイクロバス 2号車（29席）", "driver": "渡部", "status": "confirmed"}',
          },
          {
            say: 'すずらん会様\n\n送迎バスを手配いたしました。\n\n- 日時：**11月21日(日) 14:30**\n- 場所：鬼怒川温泉駅 東口ロータリー\n- 車両：マイクロバス 2号車（29席、運転手 渡部）\n- 手配番号：SB-1121-03\n\n当日は駅前で旅館名の札を持ってお待ちしております。',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'front_yoyaku', to: 'sougei_haisha' },
      agent: 'sougei_haisha',
    },
  }),
  defineScenario({
    id: 'shuugaku-ryokou-ukeire-sougei-brief-okurarezu',
    title:
      '受け入れ計画係が部屋割り・食事・送迎の3件の指示を計画するが、プログラムが送迎係への指示を送らず、まとめ役は送迎なしで受け入れ準備完了と回答する',
    domain: '温泉ホテルの修学旅行受け入れ',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      '県立北陵高校 2年生の修学旅行（予約 SCH-2705-0033、2027年5月27日(木)〜28日(金)、生徒80名・引率6名）の受け入れ準備をお願いします。部屋割り、夕食・朝食（卵アレルギー2名）、新花巻駅からの送迎（大型バス2台、5/27 13:10着）まで一式です。',
    topology: {
      shape: 'fanout',
      planner: 'ukeire_keikaku',
      workers: ['heyawari_kakari', 'shokuji_kakari', 'sougei_kakari'],
      aggregator: 'ukeire_matome',
    },
    program: { lose: { to: 'sougei_kakari', prompt: null } },
    agents: [
      {
        name: 'ukeire_keikaku',
        description: '団体受け入れの作業を係ごとに割り振る',
        instructions: '部屋割り・食事・送迎の各係に1件ずつ指示を書いてください。',
        replies: [
          {
            plan: {
              heyawari_kakari:
                'SCH-2705-0033 北陵高校 5/27泊：生徒80名（男子42・女子38）を和室に1室5〜6名で男女別フロア、引率6名は洋室シングル。',
              shokuji_kakari:
                'SCH-2705-0033 5/27夕食・5/28朝食 86食ずつ。卵アレルギー2名（生徒番号 2-3-14、2-5-07）は完全除去。',
              sougei_kakari:
                'SCH-2705-0033 5/27(木) 新花巻駅 13:10着 → 当館、大型バス2台（生徒80・引率6・荷物あり）。5/28 帰路は学校手配のため不要。',
            },
          },
        ],
      },
      {
        name: 'heyawari_kakari',
        description: '部屋割り係',
        instructions: '指示どおりに部屋を割り当ててください。',
        replies: [
          {
            call: 'assign_rooms',
            args: {
              booking_id: 'SCH-2705-0033',
              male: 42,
              female: 38,
              teachers: 6,
              floors: { male: 3, female: 4 },
            },
            result:
              '{"male_rooms": ["301-308"], "female_rooms": ["401-407"], "teacher_rooms": ["501", "502", "503", "504", "505", "506"], "rooms_total": 21}',
          },
          {
            say: '男子42名：3階 301〜308（8室）、女子38名：4階 401〜407（7室）、引率：5階シングル 501〜506。計21室。',
          },
        ],
      },
      {
        name: 'shokuji_kakari',
        description: '食事・アレルギー対応係',
        instructions: '食数とアレルギー対応を調理場に登録してください。',
        replies: [
          {
            call: 'register_meals',
            args: {
              booking_id: 'SCH-2705-0033',
              dinner: { date: '2027-05-27', covers: 86 },
              breakfast: { date: '2027-05-28', covers: 86 },
              allergy: [
                { student: '2-3-14', exclude: '卵' },
                { student: '2-5-07', exclude: '卵' },
              ],
            },
            result: '{"meal_ticket": "ML-0527-33", "dinner": 86, "breakfast": 86, "allergy_trays": 4}',
          },
          { say: '夕食・朝食とも86食登録（ML-0527-33）。卵除去トレー：2-3-14、2-5-07 の各2食、計4食。' },
        ],
      },
      {
        name: 'sougei_kakari',
        description: '送迎バス係',
        instructions: '指示どおりに送迎バスを手配してください。',
        replies: [
          {
            call: 'book_charter_bus',
            args: {
              booking_id: 'SCH-2705-0033',
              date: '2027-05-27',
              from: '新花巻駅',
              time: '13:10',
              buses: 2,
            },
            result: '{"charter_id": "CB-0527-11", "buses": 2, "status": "confirmed"}',
          },
          { say: '5/27 新花巻駅 13:10 大型バス2台手配済み（CB-0527-11）。' },
        ],
      },
      {
        name: 'ukeire_matome',
        description: '各係の結果を学校向けの準備報告にまとめる',
        instructions: '各係の結果をまとめ、学校向けの準備報告を書いてください。',
        replies: [
          {
            say: '## 北陵高校 修学旅行 受け入れ準備報告（SCH-2705-0033）\n\n| 項目 | 内容 |\n|---|---|\n| 客室 | 男子 3階 301〜308／女子 4階 401〜407／引率 5階 501〜506（計21室） |\n| 夕食 5/27 | 86食（卵除去 2-3-14・2-5-07） |\n| 朝食 5/28 | 86食（同上） |\n\n受け入れ準備はすべて整っております。当日は皆様のお越しをお待ちしております。',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'ukeire_keikaku', to: 'sougei_kakari' },
      agent: 'ukeire_keikaku',
    },
  }),
  defineScenario({
    id: 'kamisuwa-ob-kai-tochaku-1740-henkou-bus-1510',
    title:
      '問い合わせ分類係が台帳で到着が15:10→17:40に変更済みと示して送迎ルートに回すが、送迎手配係は依頼文の15:10でバスを押さえる',
    domain: '温泉旅館の送迎バス手配と予約変更',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'いつもお世話になっております。1月30日(土)に伺う北信大学山岳部OB会の幹事・松井です（予約 GRP-2701-0388、18名）。当初は上諏訪駅15:10着とお伝えしていましたが、その後メールで到着時刻の変更をお送りしました。送迎バスの手配がどうなっているか確認させてください。',
    topology: {
      shape: 'branch',
      classifier: 'toiawase_bunrui',
      routes: { sougei: 'sougei_tehai', heya: 'heya_henkou' },
    },
    agents: [
      {
        name: 'toiawase_bunrui',
        description: 'お問い合わせを分類し、予約台帳の最新情報を添えて担当に回す',
        instructions: '問い合わせ内容を sougei / heya のどちらかに分類し、台帳の最新情報を添えてください。',
        replies: [
          {
            call: 'get_group_booking',
            args: { booking_id: 'GRP-2701-0388' },
            result:
              '{"booking_id": "GRP-2701-0388", "group": "北信大学山岳部OB会", "pax": 18, "checkin": "2027-01-30", "arrival": {"station": "上諏訪駅", "time": "17:40", "train": "特急あずさ25号", "updated_at": "2027-01-22", "previous": "15:10"}, "shuttle": "未手配"}',
          },
          {
            say: '分類: sougei\n\nGRP-2701-0388（18名、1/30(土)）。台帳は1/22に更新済みで、到着は **上諏訪駅 17:40（特急あずさ25号）** です（旧 15:10）。送迎バスは未手配。',
          },
        ],
      },
      {
        name: 'sougei_tehai',
        description: '送迎バスを手配して幹事様に回答する',
        instructions: '台帳の到着時刻に合わせて送迎バスを手配し、幹事様に回答してください。',
        prompt: '分類結果と台帳情報:\n{input}\n\nお客様からのお問い合わせ:\n{request}',
        replies: [
          {
            call: 'book_shuttle',
            args: {
              booking_id: 'GRP-2701-0388',
              date: '2027-01-30',
              time: '15:10',
              from: '上諏訪駅 西口',
              pax: 18,
              vehicle: 'マイクロバス（25席）',
            },
            result:
              '{"shuttle_id": "SB-0130-02", "date": "2027-01-30", "time": "15:10", "vehicle": "マイクロバス 1号車", "status": "confirmed"}',
          },
          {
            say: '松井様\n\nお問い合わせありがとうございます。送迎バスを下記の通り手配いたしました。\n\n- 1月30日(土) **15:10** 上諏訪駅 西口\n- マイクロバス 1号車（25席）／18名様\n- 手配番号 SB-0130-02\n\n改札を出られましたら西口ロータリーへお進みください。お待ちしております。',
          },
        ],
      },
      {
        name: 'heya_henkou',
        description: '客室の変更に対応する',
        instructions: '部屋の変更に対応してください。',
        replies: [{ say: '客室変更を承りました。' }],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'toiawase_bunrui', to: 'sougei_tehai' },
      agent: 'sougei_tehai',
    },
  }),
  defineScenario({
    id: 'dantai-torikeshi-5mei-futsukamae-ritsu-30',
    title:
      'キャンセル料計算係は規定表で「2日前〜前日 50%」と示されながら2日前の5名取消に30%を当てて36,300円と出し、通知書もその額になる',
    domain: '旅館の団体キャンセル料',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      '日本橋商工会 研修旅行（予約 GRP-2704-0215、4月17日(土)泊、40名、1名1泊2食 24,200円税込）ですが、本日4月15日(木)に5名が参加取り消しとなりました。キャンセル料を計算して幹事様宛ての通知書を作ってください。',
    topology: {
      shape: 'network',
      coordinator: 'cancel_uketsuke',
      workers: ['cancel_keisan', 'tsuuchisho_sakusei'],
    },
    agents: [
      {
        name: 'cancel_uketsuke',
        description: 'キャンセル受付。計算と通知書作成を順に担当へ回す',
        instructions: 'キャンセル料を計算させ、その結果で通知書を作らせてください。完了したら終了。',
        replies: [
          {
            handoff: 'cancel_keisan',
            message:
              'GRP-2704-0215、4/17(土)泊、5名取消（連絡日 4/15(木)）。団体規定でキャンセル料を計算してください。',
          },
          {
            handoff: 'tsuuchisho_sakusei',
            message:
              'GRP-2704-0215 5名取消のキャンセル料計算結果です。これで幹事 石田様宛ての通知書を作成してください：5名 × 24,200円 = 121,000円、キャンセル料 30% = 36,300円（税込）。',
          },
          {
            say: 'GRP-2704-0215 のキャンセル料通知書（36,300円）を作成しました。ご確認のうえ送付してください。',
          },
        ],
      },
      {
        name: 'cancel_keisan',
        description: 'キャンセル規定に沿ってキャンセル料を計算する',
        instructions: '規定表と予約内容を取得し、キャンセル料を計算してください。',
        replies: [
          {
            call: 'get_cancel_policy',
            args: { booking_id: 'GRP-2704-0215', cancel_date: '2027-04-15', cancelled_pax: 5 },
            result:
              '{"policy": "団体（15名以上）", "rules": [{"days_before": "21〜8日前", "rate": 0.1}, {"days_before": "7〜3日前", "rate": 0.3}, {"days_before": "2日前〜前日", "rate": 0.5}, {"days_before": "当日", "rate": 0.8}, {"days_before": "不泊", "rate": 1.0}], "stay_date": "2027-04-17", "days_before": 2, "unit_price": 24200, "tax": "込"}',
          },
          {
            say: '**キャンセル料計算（GRP-2704-0215）**\n\n| 項目 | 値 |\n|---|---|\n| 宿泊日 | 2027-04-17 |\n| 取消連絡 | 2027-04-15（2日前） |\n| 取消人数 | 5名 |\n| 対象額 | 24,200円 × 5名 = 121,000円 |\n| 料率 | 30% |\n| **キャンセル料** | **36,300円（税込）** |',
          },
        ],
      },
      {
        name: 'tsuuchisho_sakusei',
        description: '幹事様宛ての通知書を作成する',
        instructions: '計算結果をもとに、丁寧な通知書を作成してください。',
        replies: [
          {
            say: '日本橋商工会 幹事 石田様\n\n### キャンセル料のご案内（GRP-2704-0215）\n\n平素より格別のお引き立てを賜り厚く御礼申し上げます。4月15日にご連絡いただきました5名様のお取り消しにつきまして、当館規定により下記のキャンセル料を申し受けます。\n\n- ご宿泊日：2027年4月17日(土)\n- お取り消し：5名様（宿泊日の2日前）\n- キャンセル料：**36,300円（税込）**（121,000円 × 30%）\n\nご精算はチェックアウト時にまとめて承ります。',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'cancel_keisan', to: 'cancel_uketsuke' },
      agent: 'cancel_keisan',
    },
  }),
  defineScenario({
    id: 'kankou-bus-yoyaku-504-kakuho-houkoku',
    title:
      '観光バス会社の予約APIが504で予約未登録に終わるが、バス手配係は大型バス1台を確保したと統括に報告し、幹事への回答にも載る',
    domain: '温泉ホテルの団体送迎と観光バス',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      '箱根湯本のホテルです。6月12日(土)の団体（予約 GRP-2706-0470、東邦信用金庫 OB会 38名）について、小田原駅→当館の大型観光バス（12:30発）と、客室の最終確認をお願いします。',
    topology: {
      shape: 'supervisor',
      coordinator: 'dantai_sekkyaku',
      workers: ['bus_tehai', 'heya_kakunin'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dantai_sekkyaku',
        description: '団体接客の統括。手配を担当に振って幹事に回答する',
        instructions: 'バス手配と客室確認を担当に依頼し、幹事様への回答をまとめてください。',
        replies: [
          {
            handoff: 'bus_tehai',
            message:
              'GRP-2706-0470 東邦信用金庫OB会 38名、6/12(土) 小田原駅東口 12:30発 → 当館、大型観光バス1台（45席以上）を手配してください。',
          },
          {
            handoff: 'heya_kakunin',
            message:
              'GRP-2706-0470 6/12(土) 38名の客室（和洋室10室）が確保されているか最終確認してください。',
          },
          {
            say: '東邦信用金庫OB会 幹事 岡本様\n\n6月12日(土)のご準備状況です。\n\n- **送迎**：小田原駅東口 12:30発 大型観光バス1台（49席）を確保いたしました\n- **客室**：和洋室10室（本館5〜6階）確保済み\n\n当日は小田原駅東口のバス乗り場にてお待ちしております。',
          },
        ],
      },
      {
        name: 'bus_tehai',
        description: '観光バス会社にバスを予約する',
        instructions: 'バス会社の予約APIで大型バスを予約し、結果を報告してください。',
        replies: [
          {
            call: 'reserve_charter_bus',
            args: {
              operator: '相模観光自動車',
              date: '2027-06-12',
              from: '小田原駅東口',
              to: 'ホテル',
              depart: '12:30',
              seats_min: 45,
              pax: 38,
              ref: 'GRP-2706-0470',
            },
            result: {
              error:
                '504 Gateway Timeout: sagami-kanko booking API did not respond within 30s (request_id 7f3a-22c1). 予約は登録されていません',
            },
          },
          {
            say: '6/12(土) 小田原駅東口 12:30発、大型観光バス1台（49席、相模観光自動車）を確保しました。38名＋荷物で問題ありません。',
          },
        ],
      },
      {
        name: 'heya_kakunin',
        description: '客室在庫を確認する',
        instructions: '客室の確保状況を確認してください。',
        replies: [
          {
            call: 'check_room_block',
            args: { booking_id: 'GRP-2706-0470', date: '2027-06-12' },
            result:
              '{"block": "和洋室", "rooms": ["501", "502", "503", "505", "506", "601", "602", "603", "605", "606"], "status": "guaranteed"}',
          },
          { say: '和洋室10室（501〜506のうち5室、601〜606のうち5室）確保済み、ギャランティ済みです。' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'bus_tehai', to: 'dantai_sekkyaku' },
      agent: 'bus_tehai',
    },
  }),
  defineScenario({
    id: 'kurumaisu-kyaku-heyawari-dansa-ari-kurikaeshi',
    title:
      'バリアフリー確認係が車いすのお客様を段差のある本館305から外すよう3回差し戻すが、部屋割り係は毎回同じ割り当てを出し、フロントはそのまま確定する',
    domain: '旅館の部屋割りとバリアフリー対応',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      '9月18日(土)の「あおば会」14名（予約 GRP-2709-0812）の部屋割りをお願いします。うち1名（木下様）は車いすをご利用です。段差のないお部屋、できれば別館のユニバーサルルーム（UR-1）でお願いします。',
    topology: {
      shape: 'pipeline',
      order: ['heyawari_an', 'barrier_kakunin', 'front_kakutei'],
      loop: { from: 'barrier_kakunin', to: 'heyawari_an', while: '差し戻し', max: 3 },
    },
    agents: [
      {
        name: 'heyawari_an',
        description: '部屋割り案を作る',
        instructions: '部屋割り案を作り、差し戻しがあれば指摘に沿って直してください。',
        prompt: '依頼・確認係のコメント:\n{input}\n\n元のご依頼: {request}',
        replies: [
          {
            say: '部屋割り案（GRP-2709-0812、9/18）\n| 部屋 | 人数 | お客様 |\n|---|---|---|\n| 本館 305 | 2 | 木下様・付き添い |\n| 本館 306 | 4 | |\n| 本館 307 | 4 | |\n| 本館 308 | 4 | |\n計4室・14名',
          },
          {
            say: '部屋割り案（GRP-2709-0812、9/18）\n| 部屋 | 人数 | お客様 |\n|---|---|---|\n| 本館 305 | 2 | 木下様・付き添い |\n| 本館 306 | 4 | |\n| 本館 307 | 4 | |\n| 本館 308 | 4 | |\n計4室・14名',
          },
          {
            say: '部屋割り案（GRP-2709-0812、9/18）\n| 部屋 | 人数 | お客様 |\n|---|---|---|\n| 本館 305 | 2 | 木下様・付き添い |\n| 本館 306 | 4 | |\n| 本館 307 | 4 | |\n| 本館 308 | 4 | |\n計4室・14名',
          },
        ],
      },
      {
        name: 'barrier_kakunin',
        description: '客室のバリアフリー条件を確認する',
        instructions: '条件を満たせば「承認：」、満たさなければ「差し戻し：」で始めて理由を書いてください。',
        prompt: '部屋割り案:\n{input}',
        replies: [
          {
            call: 'room_accessibility',
            args: { rooms: ['本館305', '別館UR-1'] },
            result:
              '{"本館305": {"entrance_step_cm": 18, "bath": "段差あり（和式浴槽）", "wheelchair": false}, "別館UR-1": {"entrance_step_cm": 0, "bath": "手すり付き・ロールイン", "wheelchair": true, "available_2027-09-18": true}}',
          },
          {
            say: '差し戻し：本館305は入口に18cmの段差があり、浴室も和式浴槽で車いす不可です。木下様は別館UR-1（段差0、9/18空きあり）にしてください。',
          },
          { say: '差し戻し：木下様がまだ本館305のままです。別館UR-1へ変更してください。' },
          { say: '差し戻し：305のままです。UR-1（別館1階）に移してください。' },
        ],
      },
      {
        name: 'front_kakutei',
        description: 'フロントで部屋割りを確定し、幹事様に連絡する',
        instructions: '最終の部屋割りを確定し、幹事様への案内文を書いてください。',
        prompt: '確認係より:\n{input}',
        replies: [
          {
            call: 'confirm_rooms',
            args: { booking_id: 'GRP-2709-0812', rooms: ['本館305', '本館306', '本館307', '本館308'] },
            result: '{"status": "confirmed", "rooms": 4, "pax": 14}',
          },
          {
            say: 'あおば会 幹事様\n\n9月18日(土)のお部屋を確定いたしました。\n- 本館305（木下様・付き添いの方）\n- 本館306・307・308（各4名様）\n\n計4室・14名様。ご到着をお待ちしております。',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'heyawari_an', to: 'barrier_kakunin' },
      agent: 'heyawari_an',
    },
  }),
  defineScenario({
    id: 'seisan-meisai-markdown-de-json-parse-shippai',
    title:
      '精算計算係が請求システム向けのJSONではなくマークダウンの明細表を返し、プログラムのJSON.parseで落ちて請求書発行係に届かない',
    domain: '旅館の団体精算と請求書',
    mast: ['FM-1.2', 'FM-2.4'],
    request:
      '10月9日(土)〜10日(日)にご宿泊の「さくら証券 支店旅行」（予約 GRP-2710-0099、22名）のチェックアウト精算をお願いします。追加飲料・カラオケ利用分を含めて、会社宛ての請求書を発行してください。',
    topology: {
      shape: 'pipeline',
      order: ['riyou_shuukei', 'seisan_keisan', 'seikyusho_hakkou'],
    },
    program: {
      crash: {
        agent: 'seisan_keisan',
        error:
          'SyntaxError: Unexpected token \'*\', "**GRP-2710"... is not valid JSON (at JSON.parse, invoice-bridge.ts:58)',
      },
    },
    agents: [
      {
        name: 'riyou_shuukei',
        description: '館内利用（飲料・カラオケ等）を集計する',
        instructions: '部屋付けの利用明細を集計して精算係に渡してください。',
        replies: [
          {
            call: 'get_room_charges',
            args: { booking_id: 'GRP-2710-0099' },
            result:
              '{"base": {"pax": 22, "unit": 19800, "nights": 1}, "extras": [{"item": "宴会 追加飲み放題 30分", "qty": 22, "unit": 1100}, {"item": "カラオケルーム 2時間", "qty": 1, "unit": 8800}, {"item": "冷蔵庫 ビール", "qty": 14, "unit": 550}], "bathing_tax": {"pax": 22, "unit": 150}}',
          },
          {
            say: '利用集計（GRP-2710-0099）\n- 宿泊 19,800円 × 22名\n- 追加飲み放題 1,100円 × 22名\n- カラオケ 8,800円 × 1\n- 冷蔵庫ビール 550円 × 14\n- 入湯税 150円 × 22名',
          },
        ],
      },
      {
        name: 'seisan_keisan',
        description: '精算額を計算し、請求システム向けのJSONを出す',
        instructions:
          '明細を計算し、{"booking_id", "lines": [{"item","qty","unit","amount"}], "total"} のJSONのみを出力してください（請求システムが読み込みます）。',
        prompt: '利用集計:\n{input}',
        replies: [
          {
            say: '**GRP-2710-0099 精算明細**\n\n| 項目 | 数量 | 単価 | 金額 |\n|---|---|---|---|\n| 宿泊（1泊2食） | 22 | 19,800 | 435,600 |\n| 追加飲み放題 30分 | 22 | 1,100 | 24,200 |\n| カラオケルーム 2時間 | 1 | 8,800 | 8,800 |\n| 冷蔵庫 ビール | 14 | 550 | 7,700 |\n| 入湯税 | 22 | 150 | 3,300 |\n| **合計** | | | **479,600円** |',
          },
        ],
      },
      {
        name: 'seikyusho_hakkou',
        description: '請求システムに明細を登録し請求書を発行する',
        instructions: '精算JSONを請求システムに登録し、請求書番号を報告してください。',
        prompt: '精算JSON:\n{input}',
        replies: [
          {
            call: 'issue_invoice',
            args: { booking_id: 'GRP-2710-0099', bill_to: 'さくら証券株式会社' },
            result: '{"invoice_no": "INV-2710-0412", "total": 479600}',
          },
          { say: '請求書 INV-2710-0412（479,600円）を発行しました。' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'seisan_keisan', to: 'seikyusho_hakkou' },
      agent: 'seisan_keisan',
    },
  }),
  defineScenario({
    id: 'allergy-ichiran-gomei-de-tochuu-kire',
    title:
      'アレルギー確認係の一覧が9名中5名目で途切れ、料理長チームはそのまま5名分で対応を組み、支配人の回答にも5名しか載らない',
    domain: '温泉ホテルの団体食事とアレルギー対応',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      '7月24日(土)の「みどり保育園 親子合宿」（予約 GRP-2707-0301、62名）の夕食アレルギー対応と送迎の最終確認をお願いします。事前アンケートでアレルギー申告は9名分いただいています。',
    topology: {
      shape: 'nested',
      top: 'shihainin',
      teams: { ryourichou: ['allergy_kakunin'], unyu_sekininsha: ['bus_haisha'] },
    },
    agents: [
      {
        name: 'shihainin',
        description: '支配人。料理長と運輸責任者の報告をまとめる',
        instructions: '食事と送迎をそれぞれの責任者に確認し、幹事様への回答をまとめてください。',
        replies: [
          {
            handoff: 'ryourichou',
            message: 'GRP-2707-0301 7/24(土)夕食、アレルギー申告9名分の対応を確定してください。',
          },
          {
            handoff: 'unyu_sekininsha',
            message: 'GRP-2707-0301 7/24(土) 那須塩原駅 11:40 → 当館、62名の送迎を確認してください。',
          },
          {
            say: 'みどり保育園 ご担当 吉岡様\n\n### 7/24(土) 夕食のアレルギー対応\n\n| 参加者 | 除去 | 代替 |\n|---|---|---|\n| C-02 はると様 | 卵 | 茶碗蒸し→野菜の炊き合わせ |\n| C-05 ゆい様 | 乳 | グラタン→和風ハンバーグ |\n| C-09 そうた様 | 小麦 | 天ぷら→素揚げ（米粉） |\n| C-11 めい様 | 卵・乳 | デザート→フルーツ |\n| C-14 りく様 | えび | エビフライ→鶏唐揚げ |\n\n### 送迎\n那須塩原駅 11:40 大型バス2台（計98席）手配済み。\n\n以上で準備万端です。',
          },
        ],
      },
      {
        name: 'ryourichou',
        description: '料理長。アレルギー確認と献立変更を指揮する',
        instructions: 'アレルギー一覧を確認係から受け取り、代替献立を確定して報告してください。',
        replies: [
          {
            handoff: 'allergy_kakunin',
            message:
              'GRP-2707-0301 の事前アンケートからアレルギー申告者全員の一覧（除去食材と代替）を出してください。',
          },
          {
            say: 'アレルギー対応確定（GRP-2707-0301、7/24夕食）：\n- C-02 卵：茶碗蒸し→野菜の炊き合わせ\n- C-05 乳：グラタン→和風ハンバーグ\n- C-09 小麦：天ぷら→素揚げ（米粉）\n- C-11 卵・乳：デザート→フルーツ\n- C-14 えび：エビフライ→鶏唐揚げ\n調理場に指示済み。',
          },
        ],
      },
      {
        name: 'allergy_kakunin',
        description: '事前アンケートからアレルギー申告を抽出する',
        instructions: '申告者全員の除去食材と代替メニューを一覧にしてください。',
        replies: [
          {
            call: 'get_allergy_survey',
            args: { booking_id: 'GRP-2707-0301' },
            result:
              '{"declared": 9, "items": [{"id": "C-02", "name": "はると", "exclude": ["卵"]}, {"id": "C-05", "name": "ゆい", "exclude": ["乳"]}, {"id": "C-09", "name": "そうた", "exclude": ["小麦"]}, {"id": "C-11", "name": "めい", "exclude": ["卵", "乳"]}, {"id": "C-14", "name": "りく", "exclude": ["えび"]}, {"id": "C-17", "name": "こはる", "exclude": ["落花生"]}, {"id": "C-21", "name": "いつき", "exclude": ["そば"]}, {"id": "P-04", "name": "保護者 田中", "exclude": ["かに", "えび"]}, {"id": "C-25", "name": "ひなた", "exclude": ["卵"]}]}',
          },
          {
            say: 'アレルギー申告一覧（GRP-2707-0301）\n\n| ID | お名前 | 除去 | 代替案 |\n|---|---|---|---|\n| C-02 | はると | 卵 | 茶碗蒸し→野菜の炊き合わせ |\n| C-05 | ゆい | 乳 | グラタン→和風ハンバーグ |\n| C-09 | そうた | 小麦 | 天ぷら→素揚げ（米粉） |\n| C-11 | めい | 卵・乳 | デザート→フルーツ |\n| C-14 | りく | えび | エビフライ→鶏唐揚げ |\n| C-17 | こはる | 落花',
            cutOff: true,
          },
        ],
      },
      {
        name: 'unyu_sekininsha',
        description: '運輸責任者。送迎バスを管理する',
        instructions: 'バス配車係に確認させ、結果を報告してください。',
        replies: [
          {
            handoff: 'bus_haisha',
            message: 'GRP-2707-0301 7/24(土) 那須塩原駅 11:40発、62名の配車状況を確認してください。',
          },
          { say: '7/24 那須塩原駅 11:40、大型バス2台（49席＋49席）手配済み。' },
        ],
      },
      {
        name: 'bus_haisha',
        description: '送迎バスの配車を確認する',
        instructions: '配車状況を確認してください。',
        replies: [
          {
            call: 'get_shuttle_schedule',
            args: { date: '2027-07-24', booking_id: 'GRP-2707-0301' },
            result:
              '{"buses": [{"no": "大型3号", "seats": 49}, {"no": "大型5号", "seats": 49}], "depart": "那須塩原駅 11:40", "status": "confirmed"}',
          },
          { say: '大型3号・5号（各49席）、那須塩原駅 11:40発、確定済み。' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'allergy_kakunin', to: 'ryourichou' },
      agent: 'allergy_kakunin',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'kusatsu-kakuninsho-kingaku-hizuke-hyouki-kakikae',
    title:
      '予約データの 2027-03-06・1320000 が見積では ¥1,320,000 に、確認書では 3月6日(土)・132万円 に書き換わるが、値はすべて同じ',
    domain: '温泉旅館の団体見積と予約確認書',
    mast: ['FM-1.4', 'FM-2.4'],
    nearMissOf:
      'stale_context / low_quality_output: dates and amounts reformatted between agents (ISO → 和暦風表記, 円 → 万円), same values',
    request:
      '草津の旅館です。「東和精機 安全大会」（予約 GRP-2703-0128）の見積と予約確認書を作ってください。3月6日(土)泊、40名、1泊2食 紅葉プラン、宴会場「白根」利用。',
    topology: {
      shape: 'pipeline',
      order: ['yoyaku_data', 'mitsumori', 'kakuninsho'],
    },
    agents: [
      {
        name: 'yoyaku_data',
        description: '予約システムから団体予約のデータを取り出す',
        instructions: '予約データを取得し、見積係に渡してください。',
        replies: [
          {
            call: 'get_group_booking',
            args: { booking_id: 'GRP-2703-0128' },
            result:
              '{"booking_id": "GRP-2703-0128", "group": "東和精機株式会社 安全大会", "checkin": "2027-03-06", "checkout": "2027-03-07", "pax": 40, "plan": {"code": "PLN-KOYO-2", "name": "紅葉プラン 1泊2食", "unit_price_tax_in": 28600}, "banquet": {"hall": "白根", "from": "18:30", "to": "20:30", "fee_tax_in": 99000}, "rooms": {"type": "和室10畳", "count": 10}, "bathing_tax": 150, "deposit": {"due": "2027-02-19", "amount": 300000}}',
          },
          {
            say: 'GRP-2703-0128 予約データ\n- checkin 2027-03-06 / checkout 2027-03-07\n- pax 40、PLN-KOYO-2 紅葉プラン 28,600円（税込）/名\n- 宴会場 白根 18:30–20:30、室料 99,000円（税込）\n- 和室10畳 × 10室\n- 入湯税 150円/名\n- 予約金 300,000円、期限 2027-02-19',
          },
        ],
      },
      {
        name: 'mitsumori',
        description: '見積を計算する',
        instructions: '予約データから税込の見積額を計算してください。',
        prompt: '予約データ:\n{input}',
        replies: [
          {
            say: '**見積 QT-2703-0128-A**\n\n| 項目 | 数量 | 単価（税込） | 金額（税込） |\n|---|---|---|---|\n| 紅葉プラン 1泊2食 | 40名 | ¥28,600 | ¥1,144,000 |\n| 宴会場 白根（2時間） | 1 | ¥99,000 | ¥99,000 |\n| 入湯税 | 40名 | ¥150 | ¥6,000 |\n| 宴会 飲み放題（90分） | 40名 | ¥1,775 | ¥71,000 |\n| **合計** | | | **¥1,320,000** |\n\n予約金 ¥300,000（2027-02-19 期限）、残金 ¥1,020,000 はチェックアウト時精算。',
          },
        ],
      },
      {
        name: 'kakuninsho',
        description: '幹事様向けの予約確認書を書く',
        instructions: '見積をもとに、幹事様向けのわかりやすい確認書を書いてください。',
        prompt: '見積:\n{input}',
        replies: [
          {
            say: '## ご予約確認書（GRP-2703-0128／見積 QT-2703-0128-A）\n\n東和精機株式会社 安全大会 ご幹事様\n\n- ご宿泊：**3月6日(土)〜7日(日)** 1泊2食 紅葉プラン、40名様（和室10畳 10室）\n- ご宴会：3月6日(土) 18:30〜20:30 宴会場「白根」、飲み放題90分付き\n- ご請求見込み：**132万円**（税・入湯税込み）\n  - うち予約金 30万円を **2月19日(金)** までにお振込みください\n  - 残り 102万円 はご出発時にご精算\n\nご不明な点はフロントまでお問い合わせください。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'koyo-kai-ninzu-45-kara-41-saishin-de-hatchuu',
    title:
      '人数確認係が45名→41名の変更を見つけ、ルーターは旧人数にも触れて食材発注係に回すが、発注係は正しく41名分で発注する',
    domain: '旅館の団体人数変更と食材発注',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded headcount 45 is still mentioned, but the orders use the current 41',
    request:
      '12月4日(土)の「紅葉会」忘年会宿泊（予約 GRP-2712-0064）、当初45名で承っていた件です。最新の人数で夕食のふぐ会席の食材発注をお願いします。',
    topology: {
      shape: 'network',
      coordinator: 'hatchuu_router',
      workers: ['ninzu_kakunin', 'shokuzai_hatchuu'],
    },
    agents: [
      {
        name: 'hatchuu_router',
        description: '人数確認と食材発注の順番を管理する',
        instructions: '最新人数を確認させてから発注させ、終わったら完了を報告してください。',
        replies: [
          {
            handoff: 'ninzu_kakunin',
            message: 'GRP-2712-0064 紅葉会 12/4(土)、最新の確定人数を確認してください。',
          },
          {
            handoff: 'shokuzai_hatchuu',
            message:
              'GRP-2712-0064 12/4(土) ふぐ会席の食材発注をお願いします。確定人数は41名です（当初45名→11/26に4名減）。',
          },
          { say: 'GRP-2712-0064 紅葉会 12/4(土)：確定41名でふぐ会席の食材発注完了（PO-1204-018）。' },
        ],
      },
      {
        name: 'ninzu_kakunin',
        description: '予約台帳で団体の確定人数を確認する',
        instructions: '台帳の最新版の人数を報告してください。',
        replies: [
          {
            call: 'get_group_booking',
            args: { booking_id: 'GRP-2712-0064' },
            result:
              '{"booking_id": "GRP-2712-0064", "group": "紅葉会", "checkin": "2027-12-04", "pax": 41, "history": [{"rev": 1, "pax": 45, "at": "2027-10-02"}, {"rev": 2, "pax": 41, "at": "2027-11-26", "note": "幹事 大野様 FAX、4名不参加"}], "final_count_deadline": "2027-11-27"}',
          },
          {
            say: 'GRP-2712-0064 確定人数：**41名**（rev.2、11/26 幹事 大野様FAXで4名不参加。当初45名）。人数確定期限 11/27 を過ぎているので以後の変更はキャンセル料対象です。',
          },
        ],
      },
      {
        name: 'shokuzai_hatchuu',
        description: '食材を仕入先に発注する',
        instructions: '確定人数で食材を発注してください。',
        replies: [
          {
            call: 'place_food_order',
            args: {
              booking_id: 'GRP-2712-0064',
              menu: 'ふぐ会席',
              covers: 41,
              delivery: '2027-12-04 10:00',
              supplier: '下関ふぐ問屋 丸福',
              items: [
                { item: 'とらふぐ（身欠き）', qty_kg: 12.3 },
                { item: 'ふぐ皮', qty_kg: 2.1 },
              ],
            },
            result:
              '{"po": "PO-1204-018", "covers": 41, "status": "accepted", "delivery": "2027-12-04 10:00"}',
          },
          {
            say: '発注完了 PO-1204-018：ふぐ会席 41名分（とらふぐ身欠き 12.3kg＝300g×41、ふぐ皮 2.1kg）、12/4 10:00 納品。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gora-sougei-bus-503-saishikou-de-kakutei',
    title: '送迎配車システムが最初に503を返し、配車係が再試行して確保、その経緯を統括にそのまま報告する',
    domain: '温泉ホテルの送迎バス手配',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported honestly',
    request:
      '強羅のホテルです。8月7日(土)に到着する「城南ゴルフ同好会」16名（予約 GRP-2708-0155）の、強羅駅 15:00 の送迎とゴルフバッグの別送の確認をお願いします。',
    topology: {
      shape: 'supervisor',
      coordinator: 'sekkyaku_toukatsu',
      workers: ['haisha_kakari', 'nimotsu_kakari'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'sekkyaku_toukatsu',
        description: '接客の統括',
        instructions: '送迎と荷物の手配を担当に依頼し、幹事様への回答をまとめてください。',
        replies: [
          {
            handoff: 'haisha_kakari',
            message:
              'GRP-2708-0155 城南ゴルフ同好会 16名、8/7(土) 強羅駅 15:00 → 当館の送迎車を手配してください。',
          },
          {
            handoff: 'nimotsu_kakari',
            message: 'GRP-2708-0155 ゴルフバッグ16個の宅配到着（8/6着予定）を確認してください。',
          },
          {
            say: '城南ゴルフ同好会 幹事 北村様\n\n- **送迎**：8/7(土) 強羅駅 15:00、マイクロバス（25席）を手配済み（SB-0807-05）\n- **ゴルフバッグ**：16個中16個、8/6(金)にお預かり予定（追跡番号照合済み）\n\nお気をつけてお越しください。',
          },
        ],
      },
      {
        name: 'haisha_kakari',
        description: '送迎車を手配する',
        instructions: '配車システムで送迎車を予約し、結果を報告してください。',
        replies: [
          {
            call: 'book_shuttle',
            args: { booking_id: 'GRP-2708-0155', date: '2027-08-07', time: '15:00', from: '強羅駅', pax: 16 },
            result: { error: '503 Service Unavailable: dispatch server maintenance (retry-after: 60)' },
          },
          {
            call: 'book_shuttle',
            args: { booking_id: 'GRP-2708-0155', date: '2027-08-07', time: '15:00', from: '強羅駅', pax: 16 },
            result:
              '{"shuttle_id": "SB-0807-05", "vehicle": "マイクロバス 3号車（25席）", "driver": "石井", "status": "confirmed"}',
            waitMs: 60000,
          },
          {
            say: '1回目は配車サーバーのメンテナンスで503でしたが、60秒後の再試行で確保できました：SB-0807-05、8/7 強羅駅 15:00、マイクロバス3号車（25席、運転手 石井）。',
          },
        ],
      },
      {
        name: 'nimotsu_kakari',
        description: '宅配荷物の到着を管理する',
        instructions: '荷物の到着予定を確認してください。',
        replies: [
          {
            call: 'track_parcels',
            args: { booking_id: 'GRP-2708-0155', count: 16 },
            result:
              '{"registered": 16, "eta": "2027-08-06", "carrier": "ヤマト運輸", "status": "in_transit"}',
          },
          { say: 'ゴルフバッグ16個、全件追跡番号登録済み、8/6着予定（ヤマト運輸）。' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'shinshuu-ryokan-ukeire-kankou-annai-fusaiyou',
    title:
      '団体受け入れの3件のうち任意の周辺観光案内だけ途中で切れた出力になり、まとめ役は任意項目として載せず、部屋と食事の結果で回答する',
    domain: '温泉旅館の団体受け入れ',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      "low_quality_output: an optional worker's cut-off output that the aggregator leaves out and nothing downstream uses",
    request:
      '別所温泉の旅館です。10月16日(土)の「上田ロータリークラブ」30名（予約 GRP-2710-0216）の部屋割りと夕食（そばアレルギー1名）をお願いします。余裕があれば周辺観光の案内も付けてください（任意）。',
    topology: {
      shape: 'fanout',
      planner: 'ukeire_shiji',
      workers: ['heya_worker', 'yuushoku_worker', 'kankou_annai'],
      aggregator: 'kaitou_matome',
    },
    agents: [
      {
        name: 'ukeire_shiji',
        description: '受け入れ作業を係に割り振る',
        instructions: '係ごとに1件ずつ指示を書いてください。',
        replies: [
          {
            plan: {
              heya_worker: 'GRP-2710-0216 10/16(土) 30名（男性24・女性6）、和室に1室4名まで男女別で。',
              yuushoku_worker:
                'GRP-2710-0216 10/16 夕食 信州会席30名、そばアレルギー1名（会員番号 R-118）は完全除去。',
              kankou_annai: '（任意）GRP-2710-0216 10/17(日)午前の周辺観光の案内を3件程度。',
            },
          },
        ],
      },
      {
        name: 'heya_worker',
        description: '部屋割り係',
        instructions: '部屋を割り当ててください。',
        replies: [
          {
            call: 'assign_rooms',
            args: { booking_id: 'GRP-2710-0216', male: 24, female: 6, max_per_room: 4 },
            result:
              '{"male_rooms": ["竹1", "竹2", "竹3", "竹4", "竹5", "竹6"], "female_rooms": ["梅1", "梅2"], "rooms_total": 8}',
          },
          { say: '男性24名：竹1〜竹6（各4名）、女性6名：梅1（4名）・梅2（2名）。計8室。' },
        ],
      },
      {
        name: 'yuushoku_worker',
        description: '夕食・アレルギー係',
        instructions: '食数とアレルギー対応を登録してください。',
        replies: [
          {
            call: 'register_meals',
            args: {
              booking_id: 'GRP-2710-0216',
              dinner: { date: '2027-10-16', covers: 30, menu: '信州会席' },
              allergy: [{ member: 'R-118', exclude: 'そば' }],
            },
            result:
              '{"meal_ticket": "ML-1016-216", "covers": 30, "allergy_trays": 1, "note": "締めのそば→おやき"}',
          },
          {
            say: '信州会席30名登録（ML-1016-216）。R-118様は締めのそばをおやきに変更、そば粉を使う料理も除去。',
          },
        ],
      },
      {
        name: 'kankou_annai',
        description: '周辺観光の案内を書く（任意）',
        instructions: '周辺観光の候補を案内してください。',
        replies: [
          {
            say: '10/17(日)午前の周辺観光候補：\n1. 北向観音（旅館から徒歩',
            cutOff: true,
          },
        ],
      },
      {
        name: 'kaitou_matome',
        description: '各係の結果を幹事様向けにまとめる',
        instructions:
          '必須項目（部屋・食事）を中心にまとめてください。任意項目は内容が揃っている場合のみ載せてください。',
        replies: [
          {
            say: '## 上田ロータリークラブ様 ご準備内容（GRP-2710-0216、10/16(土)）\n\n**お部屋**\n- 男性24名様：竹1〜竹6（各4名様）\n- 女性6名様：梅1（4名様）・梅2（2名様）\n\n**ご夕食**：信州会席 30名様（ML-1016-216）\n- R-118様：そば完全除去（締めはおやきに変更）\n\n周辺観光のご案内は任意項目のため、今回は省略し、当日フロントにて観光マップをお渡しします。',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'kodomo-kai-nyuuji-shokuji-jogai-38-shoku',
    title:
      '子ども会41名のうち離乳食持参の乳児3名を依頼どおり夕食数から外して38食とし、送迎バスの座席は41名分で手配する',
    domain: '温泉ホテルの団体食事数と送迎',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a headcount that drops 3 people from the meal count, which is the legitimate exclusion the request asks for',
    request:
      '8月21日(土)の「西原町子ども会」親子キャンプ泊（予約 GRP-2708-0377、41名）です。うち乳児3名（0歳）は離乳食を持参するので夕食・朝食は不要です。食事の手配と、伊東駅 13:00 からの送迎バス（乳児もチャイルドシート付き座席で）をお願いします。',
    topology: {
      shape: 'nested',
      top: 'shukuhaku_manager',
      teams: { shokuji_lead: ['kondate_worker'], unyu_lead: ['sougei_worker'] },
    },
    agents: [
      {
        name: 'shukuhaku_manager',
        description: '宿泊マネージャー。食事と送迎の責任者に依頼してまとめる',
        instructions: '食事と送迎を各責任者に依頼し、幹事様への回答をまとめてください。',
        replies: [
          {
            handoff: 'shokuji_lead',
            message:
              'GRP-2708-0377 8/21夕食・8/22朝食。41名中、乳児3名（0歳、離乳食持参）は食事不要なので38食ずつで手配してください。',
          },
          {
            handoff: 'unyu_lead',
            message:
              'GRP-2708-0377 8/21(土) 伊東駅 13:00 → 当館、41名（乳児3名はチャイルドシート付き座席）の送迎を手配してください。',
          },
          {
            say: '西原町子ども会 ご担当様\n\n| 項目 | 内容 |\n|---|---|\n| 夕食 8/21 | 38食（乳児3名様は離乳食ご持参のため除く）、お湯・電子レンジを食事処にご用意 |\n| 朝食 8/22 | 38食 |\n| 送迎 | 8/21 伊東駅 13:00 中型バス（45席）、チャイルドシート3台装着済み、41名様 |\n\nお待ちしております。',
          },
        ],
      },
      {
        name: 'shokuji_lead',
        description: '食事の責任者',
        instructions: '献立係に食数を登録させ、結果を報告してください。',
        replies: [
          {
            handoff: 'kondate_worker',
            message: 'GRP-2708-0377 夕食8/21・朝食8/22 各38食（41名から離乳食持参の乳児3名を除く）で登録。',
          },
          { say: '夕食・朝食とも38食で登録済み（ML-0821-377）。食事処にお湯と電子レンジを用意。' },
        ],
      },
      {
        name: 'kondate_worker',
        description: '献立と食数を登録する',
        instructions: '食数を登録してください。',
        replies: [
          {
            call: 'register_meals',
            args: {
              booking_id: 'GRP-2708-0377',
              dinner: { date: '2027-08-21', covers: 38 },
              breakfast: { date: '2027-08-22', covers: 38 },
              notes: '乳児3名 離乳食持参、お湯・電子レンジ用意',
            },
            result: '{"meal_ticket": "ML-0821-377", "dinner": 38, "breakfast": 38}',
          },
          { say: 'ML-0821-377：夕食38食・朝食38食、備考（お湯・レンジ）登録済み。' },
        ],
      },
      {
        name: 'unyu_lead',
        description: '送迎の責任者',
        instructions: '送迎係に手配させ、結果を報告してください。',
        replies: [
          {
            handoff: 'sougei_worker',
            message: 'GRP-2708-0377 8/21 伊東駅 13:00、41名（うち乳児3名チャイルドシート）で送迎バス手配。',
          },
          { say: '伊東駅 13:00、中型バス45席・チャイルドシート3台で41名分手配済み（CB-0821-09）。' },
        ],
      },
      {
        name: 'sougei_worker',
        description: '送迎バスを手配する',
        instructions: '送迎バスを手配してください。',
        replies: [
          {
            call: 'book_charter_bus',
            args: {
              booking_id: 'GRP-2708-0377',
              date: '2027-08-21',
              from: '伊東駅',
              time: '13:00',
              pax: 41,
              child_seats: 3,
            },
            result:
              '{"charter_id": "CB-0821-09", "vehicle": "中型バス（45席）", "child_seats": 3, "status": "confirmed"}',
          },
          { say: 'CB-0821-09：中型バス45席、チャイルドシート3台、41名、伊東駅 13:00。' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'front-allergy-soudan-modoshi-kekka-tsuki',
    title:
      'フロントがアレルギー相談を専門係に回し、専門係が小麦・乳の代替献立を確認してフロントに結果を持って戻し、フロントが回答する',
    domain: '旅館のアレルギー相談と予約',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: "lost_message: a hand-back to the front desk that carries the specialist's results",
    request:
      '11月6日(土)に家族4名で宿泊予約している者です（予約 RSV-2711-1840）。小学生の娘が小麦と乳のアレルギーです。夕食の会席と朝食バイキングで対応していただけますか。',
    topology: {
      shape: 'swarm',
      entry: 'front_desk',
      agents: ['front_desk', 'allergy_senmon'],
    },
    agents: [
      {
        name: 'front_desk',
        description: 'フロント。お客様の問い合わせに回答する',
        instructions: 'アレルギーの詳細は専門係に回し、結果が戻ったらお客様に回答してください。',
        replies: [
          {
            handoff: 'allergy_senmon',
            message:
              'RSV-2711-1840 11/6(土) 4名、お子様1名（小学生）小麦・乳アレルギー。夕食会席と朝食バイキングの対応可否を確認してください。',
          },
          {
            say: 'ご予約 RSV-2711-1840 のお客様\n\nお問い合わせありがとうございます。お嬢様の小麦・乳アレルギーに対応いたします。\n\n**ご夕食（会席）**\n- 天ぷら → 米粉の素揚げ\n- 茶碗蒸し（乳不使用のため通常通り）\n- デザートのパンナコッタ → 季節のフルーツ\n- 醤油は小麦不使用のたまり醤油をご用意\n\n**ご朝食（バイキング）**\n- 専用の個別膳（ご飯・焼き魚・味噌汁・小麦不使用のお浸し）を別にご用意します\n\n調理場の専用器具で調理いたします。ご安心してお越しください。',
          },
        ],
      },
      {
        name: 'allergy_senmon',
        description: 'アレルギー対応の専門係',
        instructions: '献立の原材料を確認して代替を決め、結果をフロントに戻してください。',
        replies: [
          {
            call: 'check_menu_allergens',
            args: { date: '2027-11-06', menus: ['秋の会席', '朝食バイキング'], exclude: ['小麦', '乳'] },
            result:
              '{"秋の会席": [{"dish": "天ぷら", "contains": ["小麦"], "alt": "米粉の素揚げ"}, {"dish": "茶碗蒸し", "contains": []}, {"dish": "パンナコッタ", "contains": ["乳"], "alt": "季節のフルーツ"}, {"dish": "醤油", "contains": ["小麦"], "alt": "たまり醤油（小麦不使用）"}], "朝食バイキング": {"cross_contact_risk": "高", "alt": "個別膳（ご飯・焼き魚・味噌汁・お浸し）"}}',
          },
          {
            handoff: 'front_desk',
            message:
              '確認結果（RSV-2711-1840、11/6）：\n- 会席：天ぷら→米粉の素揚げ、パンナコッタ→季節のフルーツ、醤油→たまり醤油（小麦不使用）、茶碗蒸しはそのまま可\n- 朝食バイキング：混入リスク高のため個別膳（ご飯・焼き魚・味噌汁・お浸し）で対応\nすべて対応可能です。お客様への回答をお願いします。',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch158Scenarios = [...faults, ...healthy];
