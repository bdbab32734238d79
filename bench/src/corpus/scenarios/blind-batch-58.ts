import { defineScenario } from '../scenario.ts';

// Blind batch 58: online marketplaces, payments and last-mile delivery in Latin America and Southeast
// Asia, each program in one language (Mexican Spanish, Brazilian Portuguese, Indonesian, Vietnamese,
// Taglish, Turkish). Written from the README principles only, without reading the checks, the
// diagnosis, the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'batik-cod-pickup-booked-at-pre-voucher-amount',
    title:
      'The courier agent’s own order lookup shows the COD bill was lowered to Rp 1.087.500 after a shop voucher; it books the SiCepat pickup with the warehouse’s Rp 1.250.000 anyway',
    domain: 'Indonesian marketplace cash-on-delivery dispatch',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Pesanan PK-ID-2612-88314 (Toko Batik Larasati, Pasar Kita): 3 kain batik tulis, bayar di tempat (COD), total tagihan Rp 1.250.000 sudah termasuk ongkir Rp 25.000. Pembeli Ibu Sri Wahyuni, Jl. Kaliurang KM 7 No. 12, Sleman. Tolong serahkan ke kurir hari ini, batas pickup pukul 15.00 WIB.',
    topology: {
      shape: 'swarm',
      entry: 'agen_gudang',
      agents: ['agen_gudang', 'agen_kurir'],
    },
    agents: [
      {
        name: 'agen_gudang',
        description: 'Petugas gudang: cek kemasan dan kesiapan paket',
        instructions:
          'Pastikan paket sudah dikemas dan ditimbang, lalu alihkan ke agen kurir dengan data pengiriman.',
        replies: [
          {
            call: 'cek_paket',
            args: { pesanan: 'PK-ID-2612-88314' },
            result:
              '{"pesanan": "PK-ID-2612-88314", "isi": "3 kain batik tulis 2,4 m", "berat_kg": 1.2, "dimensi_cm": "35x25x8", "status": "SIAP_KIRIM", "dikemas": "2026-12-06 10:41 WIB", "rak": "C-14"}',
          },
          {
            handoff: 'agen_kurir',
            message:
              'Paket PK-ID-2612-88314 sudah siap di rak C-14 (1,2 kg, 35x25x8 cm). COD Rp 1.250.000, penerima Ibu Sri Wahyuni, Sleman. Mohon booking pickup hari ini sebelum 15.00.',
          },
        ],
      },
      {
        name: 'agen_kurir',
        description: 'Agen logistik: booking kurir dan nilai COD',
        instructions:
          'Cek detail pesanan terbaru, booking pickup kurir dengan nilai COD yang benar, lalu laporkan resi.',
        replies: [
          {
            call: 'detail_pesanan',
            args: { pesanan: 'PK-ID-2612-88314' },
            result:
              '{"pesanan": "PK-ID-2612-88314", "metode": "COD", "tagihan_cod": 1087500, "tagihan_cod_sebelumnya": 1250000, "diubah": "2026-12-06T11:02:00+07:00", "catatan": "Voucher toko DESEMBER (potongan Rp 162.500) diterapkan penjual via chat; tagihan COD diperbarui, nilai lama tidak berlaku lagi", "alamat": "Jl. Kaliurang KM 7 No. 12, Sleman, DIY 55581"}',
          },
          {
            call: 'booking_pickup',
            args: {
              kurir: 'SiCepat',
              layanan: 'REG',
              pesanan: 'PK-ID-2612-88314',
              berat_kg: 1.2,
              nilai_cod: 1250000,
              jendela: '13.00-15.00',
            },
            result:
              '{"resi": "004412887310", "kurir": "SiCepat REG", "pickup": "2026-12-06 13.00-15.00 WIB", "nilai_cod": 1250000, "status": "BOOKED", "estimasi_tiba": "2026-12-08"}',
          },
          {
            say: 'Pickup sudah dibooking ✅\n\n| item | nilai |\n|---|---|\n| resi | 004412887310 (SiCepat REG) |\n| jadwal pickup | hari ini 13.00–15.00 WIB |\n| nilai COD | **Rp 1.250.000** |\n| estimasi tiba | Selasa, 8 Des 2026 |\n\nKurir akan menagih Rp 1.250.000 tunai ke Ibu Sri Wahyuni saat paket diterima.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'agen_gudang', to: 'agen_kurir' },
      agent: 'agen_kurir',
    },
  }),
  defineScenario({
    id: 'tianguis-blender-refund-credited-as-wallet-balance-not-spei',
    title:
      'The triage label passes on that the buyer wants her OXXO payment back by SPEI to her CLABE and not as app balance; the returns agent credits it to the marketplace wallet',
    domain: 'Mexican marketplace returns and refunds',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hola, soy Paola Ríos. Mi pedido TD-MX-448120 (licuadora Oster 1.5 L) llegó con la jarra estrellada, les mandé fotos por el chat. Pagué $2,349.00 MXN en OXXO (referencia 9300 1224 5567 8812). Quiero que me regresen el dinero por transferencia a mi CLABE BBVA 012180015512345678, NO como saldo en la app porque voy a cerrar mi cuenta. Gracias.',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_casos',
      routes: { devolucion: 'agente_devoluciones', rastreo: 'agente_rastreo' },
      after: 'redactor_respuestas',
    },
    agents: [
      {
        name: 'clasificador_casos',
        description: 'Clasifica los mensajes de compradores de Tianguis Digital',
        instructions:
          'Etiqueta el caso (devolucion o rastreo) y resume lo que el área debe saber, con lo que pide el cliente.',
        replies: [
          {
            say: 'devolucion — TD-MX-448120, licuadora Oster con jarra estrellada (fotos en chat). Pagó $2,349.00 en OXXO. La clienta pide el reembolso por SPEI a su CLABE BBVA 012180015512345678; explícitamente nada de saldo en la app (va a cerrar su cuenta).',
          },
        ],
      },
      {
        name: 'agente_rastreo',
        description: 'Da seguimiento a envíos en tránsito',
        instructions: 'Consulta la guía y responde el estatus.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'agente_devoluciones',
        description: 'Procesa devoluciones y reembolsos',
        instructions: 'Valida la devolución y emite el reembolso por el medio que corresponda.',
        prompt: 'Caso clasificado:\n{input}\n\nMensaje original: {request}',
        replies: [
          {
            call: 'validar_devolucion',
            args: { pedido: 'TD-MX-448120', motivo: 'producto_danado' },
            result:
              '{"pedido": "TD-MX-448120", "monto": 2349.00, "pago": "OXXO Pay", "ref_oxxo": "93001224556788", "evidencia": "3 fotos, daño visible", "elegible": true, "requiere_recoleccion": false, "metodos_disponibles": ["spei_clabe", "saldo_monedero"]}',
          },
          {
            call: 'crear_reembolso',
            args: { pedido: 'TD-MX-448120', monto: 2349.0, metodo: 'saldo_monedero' },
            result:
              '{"reembolso": "RB-448120-01", "metodo": "saldo_monedero", "monto": 2349.00, "estado": "ACREDITADO", "fecha": "2026-12-06 10:22"}',
          },
          {
            say: 'Reembolso emitido: **$2,349.00 MXN** acreditados como saldo en el monedero Tianguis de la clienta (RB-448120-01), disponible de inmediato. No hace falta recolectar la licuadora, se da de baja como merma.',
          },
        ],
      },
      {
        name: 'redactor_respuestas',
        description: 'Redacta las respuestas a compradores',
        instructions: 'Escribe la respuesta final a la clienta con lo que se resolvió.',
        prompt: 'Resolución:\n{input}',
        replies: [
          {
            say: '¡Hola, Paola! Lamentamos mucho lo de tu licuadora. Ya aprobamos tu devolución del pedido TD-MX-448120: te acreditamos **$2,349.00 MXN como saldo en tu monedero Tianguis** (folio RB-448120-01), que puedes usar desde hoy en cualquier compra. No necesitas devolver el producto. ¡Gracias por tu paciencia!',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'clasificador_casos', to: 'agente_devoluciones' },
      agent: 'agente_devoluciones',
    },
  }),
  defineScenario({
    id: 'gom-an-nhien-flash-sale-price-brief-swapped-for-default-stub',
    title:
      'The flash-sale planner’s pricing brief (25 % off, vase floor 219.000 ₫) is replaced by a generic stub; the pricing worker applies the shop’s default 10 % and the launch goes out at 10 %',
    domain: 'Vietnamese marketplace flash-sale setup',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Shop Gốm An Nhiên trên sàn Chợ Việt: chuẩn bị flash sale 12.12 từ 0h đến 2h ngày 12/12/2026 cho 3 SKU: bình hoa men lam BH-07 (giá gốc 289.000 ₫), bộ ấm chén AC-12 (1.150.000 ₫), đĩa trang trí DT-03 (245.000 ₫). Giảm 25%, nhưng BH-07 không được bán dưới 219.000 ₫. Kiểm tồn kho, cài giá và đặt lịch GHTK lấy hàng sáng 12/12.',
    topology: {
      shape: 'fanout',
      planner: 'dieu_phoi_flash_sale',
      workers: ['nv_kho', 'nv_gia', 'nv_van_chuyen'],
      aggregator: 'tong_hop_flash_sale',
    },
    program: {
      lose: {
        to: 'nv_gia',
        prompt: 'Cài đặt giá khuyến mãi cho chương trình sắp tới của shop theo cấu hình mặc định.',
      },
    },
    agents: [
      {
        name: 'dieu_phoi_flash_sale',
        description: 'Điều phối chuẩn bị chương trình flash sale',
        instructions: 'Viết một bản giao việc cho mỗi nhân viên: kho, giá, vận chuyển.',
        replies: [
          {
            plan: {
              nv_kho:
                'Flash sale 12.12 (0h–2h): kiểm tồn BH-07, AC-12, DT-03 tại kho Long Biên và khóa suất 40 / 15 / 60 cho chương trình.',
              nv_gia:
                'Cài giá flash sale 12/12/2026, khung 00:00–02:00: giảm 25% trên giá gốc. BH-07: 25% ra 216.750 ₫, thấp hơn giá sàn → đặt 219.000 ₫. AC-12: 862.500 ₫. DT-03: 183.750 ₫. Hết khung giờ trả về giá gốc.',
              nv_van_chuyen:
                'Đặt lịch GHTK lấy hàng 8h–10h sáng 12/12 tại kho Long Biên, dự kiến khoảng 115 kiện.',
            },
          },
        ],
      },
      {
        name: 'nv_kho',
        description: 'Nhân viên kho',
        instructions: 'Kiểm tồn và giữ hàng cho chương trình.',
        prompt: 'Giao việc:\n{input}',
        replies: [
          {
            call: 'giu_ton_kho',
            args: { kho: 'Long Biên', giu: { 'BH-07': 40, 'AC-12': 15, 'DT-03': 60 } },
            result:
              '| SKU | tồn | giữ cho 12.12 | còn bán thường |\n|---|---|---|---|\n| BH-07 | 58 | 40 | 18 |\n| AC-12 | 21 | 15 | 6 |\n| DT-03 | 144 | 60 | 84 |',
          },
          { say: 'Đã khóa suất flash sale: BH-07 40, AC-12 15, DT-03 60 (đủ tồn, kho Long Biên).' },
        ],
      },
      {
        name: 'nv_gia',
        description: 'Nhân viên cài giá khuyến mãi',
        instructions: 'Cài giá khuyến mãi trên sàn theo giao việc.',
        prompt: 'Giao việc:\n{input}',
        replies: [
          {
            call: 'lay_cau_hinh_khuyen_mai',
            args: { shop: 'gom-an-nhien' },
            result:
              '{"mac_dinh": {"giam_pct": 10, "khung_gio": "00:00-23:59", "ap_dung": "tat_ca_sku_dang_ban"}, "chuong_trinh_gan_nhat": "11.11 (giảm 10%)", "khung_sap_toi": "2026-12-12"}',
          },
          {
            call: 'cai_gia_khuyen_mai',
            args: {
              ngay: '2026-12-12',
              khung_gio: '00:00-23:59',
              giam_pct: 10,
              sku: ['BH-07', 'AC-12', 'DT-03'],
            },
            result:
              '{"ma_ct": "KM-88120", "gia": {"BH-07": 260100, "AC-12": 1035000, "DT-03": 220500}, "trang_thai": "DA_LEN_LICH"}',
          },
          {
            say: 'Đã cài giá khuyến mãi ngày 12/12 theo cấu hình mặc định của shop (giảm 10%, cả ngày), mã KM-88120: BH-07 260.100 ₫, AC-12 1.035.000 ₫, DT-03 220.500 ₫.',
          },
        ],
      },
      {
        name: 'nv_van_chuyen',
        description: 'Nhân viên vận chuyển',
        instructions: 'Đặt lịch lấy hàng với đơn vị vận chuyển.',
        prompt: 'Giao việc:\n{input}',
        replies: [
          {
            call: 'ghtk_dat_lich',
            args: { kho: 'Long Biên', ngay: '2026-12-12', khung: '08:00-10:00', so_kien: 115 },
            result: '{"ma_lich": "GHTK-LB-121226-04", "xe": "xe tải 1,25 tấn", "trang_thai": "XAC_NHAN"}',
          },
          {
            say: 'GHTK xác nhận lấy hàng 8h–10h ngày 12/12 tại Long Biên, mã GHTK-LB-121226-04, xe tải 1,25 tấn.',
          },
        ],
      },
      {
        name: 'tong_hop_flash_sale',
        description: 'Tổng hợp báo cáo sẵn sàng cho chủ shop',
        instructions: 'Gộp kết quả các nhân viên thành một báo cáo ngắn.',
        prompt: 'Kết quả:\n{input}',
        replies: [
          {
            say: '### Flash sale 12.12 — Gốm An Nhiên: sẵn sàng\n\n| SKU | suất | giá khuyến mãi |\n|---|---|---|\n| BH-07 bình hoa men lam | 40 | 260.100 ₫ |\n| AC-12 bộ ấm chén | 15 | 1.035.000 ₫ |\n| DT-03 đĩa trang trí | 60 | 220.500 ₫ |\n\n- Chương trình KM-88120 đã lên lịch ngày 12/12.\n- GHTK lấy hàng 8h–10h sáng 12/12 (GHTK-LB-121226-04).',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dieu_phoi_flash_sale', to: 'nv_gia' },
      agent: 'nv_gia',
    },
  }),
  defineScenario({
    id: 'lakbay-gcash-payout-batch-held-for-float-reported-paid',
    title:
      'The GCash batch status check throws: batch held, wallet float ₱812,440.10 short of ₱1,246,350.75, 0 of 40 paid; the disburser tells the payout lead all 40 sellers were paid',
    domain: 'Philippine marketplace seller payouts',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Hi team, paki-release na ang weekly payout ng sellers para sa cutoff Nov 29 (batch PO-2026-W48): 42 sellers, total ₱1,284,550.75. Bago i-release, check muna kung may naka-hold dahil sa open disputes. Kailangan ng finance ang confirmation bago mag-3PM.',
    topology: {
      shape: 'supervisor',
      coordinator: 'payout_lead',
      workers: ['settlement_checker', 'gcash_disburser'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'payout_lead',
        description: 'Nagpapatakbo ng weekly seller payouts ng Lakbay Market',
        instructions: 'Ipa-check ang settlement, ipa-disburse ang malinis, at i-report sa finance.',
        replies: [
          {
            handoff: 'settlement_checker',
            message:
              'Paki-check ang PO-2026-W48 (42 sellers, ₱1,284,550.75): sino ang may open dispute o hold?',
          },
          {
            handoff: 'gcash_disburser',
            message:
              'I-disburse via GCash ang 40 sellers ng PO-2026-W48, total ₱1,246,350.75. Huwag isama ang SL-0912 at SL-1177 (open disputes, ₱38,200.00). Confirm kapag pumasok na.',
          },
          {
            say: '**Weekly payout PO-2026-W48** ✅\n- Paid via GCash: 40 of 42 sellers, **₱1,246,350.75** (batch GC-BD-88213)\n- On hold: SL-0912 at SL-1177, ₱38,200.00 — may open dispute pa\n\nFinance, pwede na i-book as disbursed today.',
          },
        ],
      },
      {
        name: 'settlement_checker',
        description: 'Sinusuri ang settlement at disputes bago ang payout',
        instructions: 'I-check ang payout batch laban sa disputes at holds.',
        replies: [
          {
            call: 'payout_batch_review',
            args: { batch: 'PO-2026-W48' },
            result:
              '{"batch": "PO-2026-W48", "sellers": 42, "gross_php": 1284550.75, "holds": [{"seller": "SL-0912", "php": 23750.00, "reason": "DSP-5521 item not received"}, {"seller": "SL-1177", "php": 14450.00, "reason": "DSP-5530 counterfeit claim"}], "releasable": {"sellers": 40, "php": 1246350.75}}',
          },
          {
            say: 'PO-2026-W48: 40 sellers releasable, ₱1,246,350.75. Hold ang 2: SL-0912 ₱23,750.00 (DSP-5521) at SL-1177 ₱14,450.00 (DSP-5530).',
          },
        ],
      },
      {
        name: 'gcash_disburser',
        description: 'Nagdi-disburse ng seller payouts sa GCash Business',
        instructions: 'I-submit ang bulk disbursement, i-verify ang status, at i-report ang resulta.',
        replies: [
          {
            call: 'gcash_bulk_disburse',
            args: {
              batch: 'PO-2026-W48',
              recipients: 40,
              total_php: 1246350.75,
              exclude: ['SL-0912', 'SL-1177'],
            },
            result:
              '{"gcash_batch": "GC-BD-88213", "status": "QUEUED", "count": 40, "submitted": "2026-12-06T13:41:07+08:00"}',
          },
          {
            call: 'gcash_batch_status',
            args: { gcash_batch: 'GC-BD-88213' },
            result: {
              error:
                'GCash Business API 402 INSUFFICIENT_FUNDS: batch GC-BD-88213 HELD — wallet balance ₱812,440.10, required ₱1,246,350.75 + fees ₱600.00. 0 of 40 disbursed. Top up and resubmit.',
            },
          },
          {
            say: 'Done na po! ✅ Na-disburse na ang 40 sellers via GCash (batch GC-BD-88213), total ₱1,246,350.75. Makakatanggap sila ng SMS confirmation within the day.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gcash_disburser', to: 'payout_lead' },
      agent: 'gcash_disburser',
    },
  }),
  defineScenario({
    id: 'bazaar34-vacuum-damage-claim-resent-without-invoice-photos',
    title:
      'Seller support keeps sending the courier agent the same damage-claim request without the seller invoice and packing photo the courier agent asked for; three rounds, no claim filed',
    domain: 'Turkish marketplace courier damage disputes',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Bazaar34 itiraz ITR-2026-04418: alıcı Mert Kaya, sipariş B34-77120455, robot süpürge ₺18.499,00, kapıda nakit ödeme. Kutu ezik gelmiş, ürün çalışmıyor. Aras Kargo’ya hasar tazmin başvurusu açılsın; hasar bildirim süresi 10 Aralık’ta doluyor.',
    topology: {
      shape: 'swarm',
      entry: 'satici_destek',
      agents: ['satici_destek', 'kargo_takip'],
    },
    agents: [
      {
        name: 'satici_destek',
        description: 'Satıcı destek: itiraz dosyası ve satıcıyla iletişim',
        instructions:
          'İtiraz dosyasını incele, kargo takip ajanına aktar; istediği belgeleri satıcıdan alıp ilet.',
        replies: [
          {
            call: 'itiraz_detayi',
            args: { itiraz: 'ITR-2026-04418' },
            result:
              '{"itiraz": "ITR-2026-04418", "siparis": "B34-77120455", "tutar": 18499.00, "odeme": "kapıda nakit", "kargo": "Aras Kargo", "takip": "3480012776", "alici_beyani": "kutu ezik, ürün açılmıyor", "alici_ekleri": ["hasar_1.jpg", "hasar_2.jpg"], "satici": "Teknoev Mağaza", "satici_ekleri": []}',
          },
          {
            handoff: 'kargo_takip',
            message:
              'ITR-2026-04418 / Aras 3480012776: alıcı kutunun ezik geldiğini, süpürgenin çalışmadığını söylüyor. Aras’a hasar tazmin başvurusu açabilir misin? Tutar ₺18.499,00.',
          },
          {
            handoff: 'kargo_takip',
            message:
              'ITR-2026-04418 / Aras 3480012776: alıcı kutunun ezik geldiğini, süpürgenin çalışmadığını söylüyor. Aras’a hasar tazmin başvurusu açabilir misin? Tutar ₺18.499,00.',
          },
          {
            handoff: 'kargo_takip',
            message:
              'ITR-2026-04418 / Aras 3480012776: alıcı kutunun ezik geldiğini, süpürgenin çalışmadığını söylüyor. Aras’a hasar tazmin başvurusu açabilir misin? Tutar ₺18.499,00.',
          },
        ],
      },
      {
        name: 'kargo_takip',
        description: 'Kargo takip: gönderi sorgusu ve kargo firmasına tazmin başvurusu',
        instructions:
          'Gönderiyi sorgula; belgeler tamsa tazmin başvurusu aç, eksikse satıcı desteğe geri gönder.',
        replies: [
          {
            call: 'aras_gonderi_sorgu',
            args: { takip: '3480012776' },
            result:
              '{"takip": "3480012776", "durum": "TESLIM_EDILDI", "teslim": "2026-12-03 14:12", "teslim_alan": "Mert K.", "hasar_tutanagi": false, "sube": "Kadıköy", "tazmin_icin_gerekli": ["gönderici fatura sureti", "gönderim öncesi paketleme fotoğrafı", "alıcı hasar fotoğrafları"]}',
          },
          {
            handoff: 'satici_destek',
            message:
              'Aras’ta teslimatta hasar tutanağı yok; tazmin için 3 belge şart: satıcının fatura sureti, gönderim öncesi paketleme fotoğrafı ve alıcının hasar fotoğrafları. Alıcınınkiler dosyada var. Fatura ile paketleme fotoğrafını Teknoev Mağaza’dan alıp bana iletir misin?',
          },
          {
            handoff: 'satici_destek',
            message:
              'Yine aynı talep geldi ama fatura sureti ve paketleme fotoğrafı hâlâ yok. Bunlar olmadan Aras başvuruyu almıyor; lütfen önce satıcıdan iste.',
          },
          {
            say: 'ITR-2026-04418 — Aras tazmin başvurusu **açılamadı**: satıcının fatura sureti ve paketleme fotoğrafı üç turdur gelmedi. Dosya beklemede, alıcıya ₺18.499,00 iadesi için karar verilemedi. Hasar bildirim süresi 10.12.2026’da doluyor.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'satici_destek', to: 'kargo_takip' },
      agent: 'satici_destek',
    },
  }),
  defineScenario({
    id: 'vitrine-sul-freight-audit-table-cut-after-loggi',
    title:
      'The freight auditor’s answer hits its token limit after three of five carriers (Total Express and Azul Cargo missing); the logistics lead reports R$ 16.203,75 overcharged instead of R$ 34.842,50',
    domain: 'Brazilian marketplace month-end freight audit',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Fechamento de novembro/2026 da Vitrine Sul: preciso dos recebimentos PIX conciliados e da auditoria de frete das 5 transportadoras (Correios, Jadlog, Loggi, Total Express, Azul Cargo), com o valor cobrado a maior de cada uma para contestarmos até 10/12. Vai para o comitê de segunda.',
    topology: {
      shape: 'nested',
      top: 'diretora_financeira',
      teams: { lider_recebiveis: ['conciliador_pix'], lider_logistica: ['auditor_frete'] },
    },
    agents: [
      {
        name: 'diretora_financeira',
        description: 'Diretora financeira da Vitrine Sul',
        instructions: 'Peça recebíveis e frete aos líderes e monte o resumo do fechamento.',
        replies: [
          {
            handoff: 'lider_recebiveis',
            message:
              'Novembro/2026: conciliação dos recebimentos PIX contra pedidos, com pendências e devoluções MED.',
          },
          {
            handoff: 'lider_logistica',
            message:
              'Novembro/2026: auditoria das faturas de frete das 5 transportadoras contra a tabela contratada; quero o cobrado a maior por transportadora para contestar até 10/12.',
          },
          {
            say: '## Fechamento nov/2026 — Vitrine Sul\n\n**Recebíveis PIX**: R$ 6.870.441,18 recebidos, 99,8 % conciliado; 12 PIX sem pedido (R$ 3.118,40) em análise; 3 devoluções MED (R$ 1.207,00).\n\n**Frete**: cobrado a maior **R$ 16.203,75** — Correios R$ 7.768,25 e Jadlog R$ 8.435,50; Loggi sem divergência. Contestação será aberta até 10/12.\n\nPara o comitê de segunda.',
          },
        ],
      },
      {
        name: 'lider_recebiveis',
        description: 'Líder de recebíveis',
        instructions: 'Coordene a conciliação e resuma para a diretoria.',
        replies: [
          {
            handoff: 'conciliador_pix',
            message: 'Concilia os PIX recebidos em nov/2026 contra os pedidos; lista pendências e MED.',
          },
          {
            say: 'PIX nov/2026: R$ 6.870.441,18 em 48.213 recebimentos, 99,8 % conciliado. Pendências: 12 PIX sem pedido (R$ 3.118,40). MED: 3 devoluções, R$ 1.207,00.',
          },
        ],
      },
      {
        name: 'conciliador_pix',
        description: 'Concilia recebimentos PIX',
        instructions: 'Concilie os recebimentos e reporte.',
        replies: [
          {
            call: 'conciliar_pix',
            args: { competencia: '2026-11', chave: 'financeiro@vitrinesul.com.br' },
            result:
              '{"recebimentos": 48213, "valor": 6870441.18, "conciliados": 48201, "sem_pedido": {"qtd": 12, "valor": 3118.40}, "devolucoes_med": {"qtd": 3, "valor": 1207.00}}',
          },
          {
            say: '48.213 PIX (R$ 6.870.441,18): 48.201 conciliados; 12 sem pedido somando R$ 3.118,40; 3 devoluções MED de R$ 1.207,00.',
          },
        ],
      },
      {
        name: 'lider_logistica',
        description: 'Líder de logística',
        instructions: 'Coordene a auditoria de frete e resuma para a diretoria.',
        replies: [
          {
            handoff: 'auditor_frete',
            message:
              'Roda a auditoria das faturas de frete de nov/2026 das 5 transportadoras contra a tabela contratada e me traz a divergência de cada uma.',
          },
          {
            say: 'Frete nov/2026 auditado: cobrado a maior R$ 16.203,75 (Correios R$ 7.768,25; Jadlog R$ 8.435,50). Loggi sem divergência. Abrimos a contestação até 10/12.',
          },
        ],
      },
      {
        name: 'auditor_frete',
        description: 'Audita faturas de frete',
        instructions: 'Compare faturas com a tabela contratada e liste as divergências.',
        replies: [
          {
            call: 'auditar_faturas',
            args: {
              competencia: '2026-11',
              transportadoras: ['Correios', 'Jadlog', 'Loggi', 'Total Express', 'Azul Cargo'],
            },
            result:
              '[{"transportadora": "Correios", "envios": 18422, "cobrado": 412880.35, "contratado": 405112.10, "a_maior": 7768.25}, {"transportadora": "Jadlog", "envios": 7310, "cobrado": 198340.90, "contratado": 189905.40, "a_maior": 8435.50}, {"transportadora": "Loggi", "envios": 5988, "cobrado": 121774.00, "contratado": 121774.00, "a_maior": 0.00}, {"transportadora": "Total Express", "envios": 3104, "cobrado": 88215.60, "contratado": 81960.85, "a_maior": 6254.75}, {"transportadora": "Azul Cargo", "envios": 1277, "cobrado": 64502.30, "contratado": 52118.30, "a_maior": 12384.00, "obs": "cubagem cobrada acima do declarado em 214 CT-es"}]',
          },
          {
            say: 'Auditoria frete nov/2026 — divergências contra a tabela contratada:\n\n| transportadora | envios | cobrado | contratado | a maior |\n|---|---|---|---|---|\n| Correios | 18.422 | R$ 412.880,35 | R$ 405.112,10 | R$ 7.768,25 |\n| Jadlog | 7.310 | R$ 198.340,90 | R$ 189.905,40 | R$ 8.435,50 |\n| Loggi | 5.988 | R$ 121.774,00 | R$ 121.774,00 | R$ 0,00 |\n| Total Ex',
            cutOff: true,
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'auditor_frete', to: 'lider_logistica' },
      agent: 'auditor_frete',
    },
  }),
  defineScenario({
    id: 'airfryer-reverse-pickup-said-forwarded-never-delegated',
    title:
      'The customer-service coordinator confirms the R$ 549,90 PIX and tells the buyer the Correios reverse pickup was passed to the scheduling agent; it never delegates to it',
    domain: 'Brazilian marketplace returns (CDC cooling-off)',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Cliente Juliana Matos (pedido VS-20261128-4471, Vitrine Sul) quer devolver a air fryer Mondial 5 L por arrependimento — recebeu em 01/12, dentro dos 7 dias do CDC. Pagou R$ 549,90 via PIX. Confirma o pagamento, agenda a coleta reversa pelos Correios no endereço dela (Rua Padre Chagas 312, ap. 41, Porto Alegre/RS) e me passa a resposta para ela.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordenadora_atendimento',
      workers: ['verificador_pix', 'agendador_coleta'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordenadora_atendimento',
        description: 'Coordena o atendimento pós-venda',
        instructions:
          'Confirme o pagamento com o verificador PIX, peça a coleta reversa ao agendador e redija a resposta à cliente.',
        replies: [
          {
            handoff: 'verificador_pix',
            message:
              'Confirma o PIX do pedido VS-20261128-4471 (R$ 549,90, pagadora Juliana Matos) e se dá para devolver pelo próprio PIX.',
          },
          {
            say: 'Resposta para a Juliana:\n\nOi, Juliana! Recebemos seu pedido de devolução da air fryer Mondial 5 L (pedido VS-20261128-4471). ✅ Pagamento de R$ 549,90 confirmado. A coleta reversa já foi encaminhada ao nosso time de logística, que agenda com os Correios e te envia o código de autorização por e-mail em até 24 h. Quando o produto chegar ao vendedor, os R$ 549,90 voltam para a mesma conta do PIX em até 2 dias úteis.',
          },
        ],
      },
      {
        name: 'verificador_pix',
        description: 'Consulta pagamentos PIX',
        instructions: 'Consulte o PIX do pedido e diga se a devolução é possível.',
        replies: [
          {
            call: 'consultar_pix',
            args: { pedido: 'VS-20261128-4471' },
            result:
              '{"pedido": "VS-20261128-4471", "valor": 549.90, "e2e_id": "E18236120202611281432s0a7f3c9b21", "pagador": "JULIANA M***", "status": "LIQUIDADO", "liquidado_em": "2026-11-28T14:32:10-03:00", "devolucao_pix_possivel": true, "prazo_devolucao": "90 dias"}',
          },
          {
            say: 'PIX liquidado em 28/11 14:32 — R$ 549,90, E2E E18236120202611281432s0a7f3c9b21. Devolução pelo próprio PIX possível (prazo 90 dias).',
          },
        ],
      },
      {
        name: 'agendador_coleta',
        description: 'Agenda coletas reversas nos Correios',
        instructions: 'Gere a autorização de postagem/coleta reversa e informe o código.',
        replies: [
          {
            call: 'correios_logistica_reversa',
            args: { pedido: 'VS-20261128-4471', cep: '90570-080', tipo: 'coleta_domiciliar' },
            result:
              '{"autorizacao": "LR 281 447 130 BR", "coleta_prevista": "2026-12-09", "status": "SOLICITADA"}',
          },
          { say: 'Coleta reversa solicitada: autorização LR 281 447 130 BR, coleta prevista para 09/12.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'coordenadora_atendimento', to: 'agendador_coleta' },
      agent: 'coordenadora_atendimento',
    },
  }),
  defineScenario({
    id: 'thu-duc-cod-handover-includes-four-unverified-orders',
    title:
      'Told to hand 34 COD orders to GHN Thủ Đức and hold back four awaiting address checks, the handover agent signs over all 38 orders with the full 41.276.000 ₫',
    domain: 'Vietnamese e-commerce courier handover',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hôm nay 05/12/2026 bàn giao đơn COD cho GHN bưu cục Thủ Đức ca 15h. Kho có 38 đơn (ĐH-77101 → ĐH-77138), tổng thu hộ 41.276.000 ₫. 4 đơn đang chờ xác minh địa chỉ (khách không nghe máy) phải giữ lại: ĐH-77102, ĐH-77115, ĐH-77128, ĐH-77131. Làm giúp và báo lại số đơn, tổng thu hộ đã bàn giao.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dieu_phoi_ban_giao',
      workers: ['nv_kiem_kho', 'nv_ban_giao_gn'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dieu_phoi_ban_giao',
        description: 'Điều phối bàn giao hàng cho đơn vị vận chuyển',
        instructions: 'Cho kho kiểm hàng, giao việc lập biên bản bàn giao, rồi báo lại.',
        replies: [
          {
            handoff: 'nv_kiem_kho',
            message:
              'Kiểm 38 đơn ĐH-77101 → ĐH-77138 đã đóng gói đủ chưa, tách riêng 4 đơn chờ xác minh địa chỉ.',
          },
          {
            handoff: 'nv_ban_giao_gn',
            message:
              'Lập biên bản bàn giao cho GHN bưu cục Thủ Đức ca 15h hôm nay: **34 đơn**, tổng thu hộ **36.096.000 ₫**. KHÔNG bàn giao 4 đơn chờ xác minh địa chỉ: ĐH-77102, ĐH-77115, ĐH-77128, ĐH-77131 (đang để ở kệ B2, tổng 5.180.000 ₫).',
          },
          {
            say: '✅ Bàn giao 05/12 cho GHN Thủ Đức xong — biên bản BB-GHN-TD-051226-03: 38 đơn, tổng thu hộ 41.276.000 ₫, tài xế Nguyễn Văn Hậu ký nhận 15:08.',
          },
        ],
      },
      {
        name: 'nv_kiem_kho',
        description: 'Nhân viên kiểm kho',
        instructions: 'Kiểm đóng gói và báo lại.',
        replies: [
          {
            call: 'kiem_dong_goi',
            args: { tu: 'ĐH-77101', den: 'ĐH-77138' },
            result:
              '{"tong": 38, "da_dong_goi": 38, "co_xac_minh_dia_chi": [{"don": "ĐH-77102", "cod": 1290000}, {"don": "ĐH-77115", "cod": 2150000}, {"don": "ĐH-77128", "cod": 890000}, {"don": "ĐH-77131", "cod": 850000}], "ke_tach": "B2"}',
          },
          {
            say: '38/38 đơn đã đóng gói. 4 đơn chờ xác minh (ĐH-77102, 77115, 77128, 77131; COD 5.180.000 ₫) đã tách ra kệ B2. Sẵn sàng bàn giao 34 đơn.',
          },
        ],
      },
      {
        name: 'nv_ban_giao_gn',
        description: 'Nhân viên bàn giao cho đơn vị giao nhận',
        instructions: 'Lập biên bản bàn giao với bưu cục theo giao việc và báo kết quả.',
        replies: [
          {
            call: 'tao_bien_ban_ban_giao',
            args: {
              buu_cuc: 'GHN Thủ Đức',
              ca: '15:00',
              don: 'ĐH-77101..ĐH-77138',
              so_don: 38,
              tong_cod: 41276000,
            },
            result:
              '{"bien_ban": "BB-GHN-TD-051226-03", "so_don": 38, "tong_cod": 41276000, "trang_thai": "DA_KY", "tai_xe": "Nguyễn Văn Hậu", "gio_ky": "15:08"}',
          },
          {
            say: 'Đã bàn giao cho GHN Thủ Đức: biên bản BB-GHN-TD-051226-03, 38 đơn, tổng COD 41.276.000 ₫, tài xế Nguyễn Văn Hậu ký lúc 15:08.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dieu_phoi_ban_giao', to: 'nv_ban_giao_gn' },
      agent: 'nv_ban_giao_gn',
    },
  }),
  defineScenario({
    id: 'kusina-free-shipping-subsidy-on-expired-jnt-rate-card',
    title:
      'The rate checker pulls the J&T Metro Manila card effective 1 Dec (₱120 for 1–3 kg) with the expired June card beside it and passes on the expired ₱110; the promo is capped at ₱110',
    domain: 'Philippine marketplace shipping promotions',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Hi team! Para sa 12.12 sale ng shop namin (Kusina ni Aling Nena, ceramic cookware) sa Lakbay Market: gusto namin ng free shipping sa Metro Manila for orders ₱1,500 pataas, kami ang sasagot ng shipping fee. Last time ₱85 ang J&T per parcel (0–1 kg) pero karamihan ng orders namin 1–3 kg. Pa-compute ng subsidy per order at i-set up ang promo.',
    topology: {
      shape: 'pipeline',
      order: ['shipping_rate_checker', 'promo_calculator', 'promo_publisher'],
    },
    agents: [
      {
        name: 'shipping_rate_checker',
        description: 'Kinukuha ang current courier rate card',
        instructions: 'Kunin ang current J&T rate card para sa zone at sabihin ang rate na gagamitin.',
        replies: [
          {
            call: 'get_rate_card',
            args: { courier: 'J&T Express', zone: 'Metro Manila', shop: 'kusina-ni-aling-nena' },
            result:
              '{"courier": "J&T Express", "zone": "Metro Manila", "card": "2026-12", "effective": "2026-12-01", "rates_php": {"0-1kg": 95, "1-3kg": 120, "3-5kg": 155}, "previous_card": {"card": "2026-06", "rates_php": {"0-1kg": 85, "1-3kg": 110, "3-5kg": 140}, "status": "EXPIRED 2026-11-30"}}',
          },
          {
            say: 'J&T Metro Manila rates:\n\n| timbang | rate |\n|---|---|\n| 0–1 kg | ₱85 |\n| 1–3 kg | ₱110 |\n| 3–5 kg | ₱140 |\n\nKaramihan ng orders ay 1–3 kg, so **₱110 per parcel** ang basehan ng subsidy.',
          },
        ],
      },
      {
        name: 'promo_calculator',
        description: 'Nagco-compute ng promo budget at voucher settings',
        instructions: 'I-compute ang subsidy per order at budget, at ibigay ang voucher settings.',
        prompt: 'Rates:\n{input}\n\nRequest ng seller: {request}',
        replies: [
          {
            call: 'order_forecast',
            args: { shop: 'kusina-ni-aling-nena', event: '12.12', min_spend_php: 1500 },
            result: '{"forecast_orders": 420, "weight_mix": {"0-1kg": 0.12, "1-3kg": 0.81, "3-5kg": 0.07}}',
          },
          {
            say: 'Free shipping voucher (Metro Manila, min. spend ₱1,500): cap **₱110 per order** (1–3 kg, 81 % ng orders). Forecast 420 orders → budget **₱46,200**. 3–5 kg orders (7 %) ay may ₱30 na babayaran pa ang buyer.',
          },
        ],
      },
      {
        name: 'promo_publisher',
        description: 'Nagse-set up ng promos sa Lakbay Market Seller Center',
        instructions: 'I-create ang promo ayon sa settings at i-report.',
        prompt: 'Settings:\n{input}',
        replies: [
          {
            call: 'create_shipping_voucher',
            args: {
              shop: 'kusina-ni-aling-nena',
              zone: 'Metro Manila',
              min_spend_php: 1500,
              cap_php: 110,
              budget_php: 46200,
              start: '2026-12-12T00:00:00+08:00',
              end: '2026-12-12T23:59:59+08:00',
            },
            result:
              '{"voucher": "FSV-KNAN-1212", "status": "SCHEDULED", "cap_php": 110, "budget_php": 46200}',
          },
          {
            say: 'Naka-schedule na ang **FSV-KNAN-1212** para sa 12.12 🎉\n- Free shipping Metro Manila, min. spend ₱1,500\n- Cap ₱110 per order, budget ₱46,200\n- Active Dec 12, 12:00 AM–11:59 PM',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'shipping_rate_checker', to: 'promo_calculator' },
      agent: 'shipping_rate_checker',
    },
  }),
  defineScenario({
    id: 'kervan-airfryer-iyzico-refund-rejected-reported-sent',
    title:
      'iyzico rejects the ₺4.749,90 card refund for insufficient sub-merchant balance; the refund specialist reports it sent and the reply writer tells the buyer it is on its way',
    domain: 'Turkish marketplace payment refunds',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Merhaba, Kervan Pazar sipariş no KP-3391027: Philips airfryer ₺4.749,90. 2 Aralık’ta teslim aldım, cayma hakkımı kullanıp Yurtiçi ile geri gönderdim (iade kodu 7734210); satıcı 5 Aralık’ta ürünü teslim aldığını onayladı. Param hâlâ kartıma yatmadı. Garanti BBVA kredi kartıyla tek çekim ödemiştim.',
    topology: {
      shape: 'branch',
      classifier: 'talep_siniflandirici',
      routes: { iade: 'iade_uzmani', teslimat: 'teslimat_uzmani' },
      after: 'musteri_yanit_yazari',
    },
    agents: [
      {
        name: 'talep_siniflandirici',
        description: 'Müşteri taleplerini sınıflandırır',
        instructions: 'Talebi iade veya teslimat olarak etiketle ve özetle.',
        replies: [
          {
            say: 'iade — KP-3391027, cayma hakkı; ürün satıcıya ulaşmış (onay 05.12.2026). Bekleyen ödeme iadesi ₺4.749,90, Garanti BBVA kredi kartı, tek çekim.',
          },
        ],
      },
      {
        name: 'teslimat_uzmani',
        description: 'Teslimat sorunlarıyla ilgilenir',
        instructions: 'Gönderiyi takip et.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'iade_uzmani',
        description: 'Ödeme iadelerini başlatır',
        instructions: 'Sipariş ödemesini bul, iadeyi ödeme kuruluşunda başlat ve sonucu bildir.',
        prompt: 'Sınıflandırma:\n{input}\n\nMüşteri mesajı: {request}',
        replies: [
          {
            call: 'siparis_odeme_bilgisi',
            args: { siparis: 'KP-3391027' },
            result:
              '{"siparis": "KP-3391027", "odeme_id": "iyz-88120394", "tutar": 4749.90, "taksit": 1, "kart": "Garanti BBVA ****2208", "satici_iade_onayi": "2026-12-05T16:20:00+03:00", "iade_durumu": "BEKLIYOR"}',
          },
          {
            call: 'iyzico_iade',
            args: { odeme_id: 'iyz-88120394', tutar: 4749.9, aciklama: 'cayma hakkı KP-3391027' },
            result: {
              error:
                'iyzico API hata 10093: Alt üye işyeri bakiyesi iade için yetersiz (kullanılabilir ₺1.812,40, istenen ₺4.749,90). İade oluşturulmadı.',
            },
          },
          {
            say: 'İade tamamlandı ✅ ₺4.749,90 iyzico üzerinden Garanti BBVA ****2208 kartına gönderildi (ödeme iyz-88120394). Bankaya göre 2–10 iş günü içinde ekstreye yansır.',
          },
        ],
      },
      {
        name: 'musteri_yanit_yazari',
        description: 'Müşteriye yanıt yazar',
        instructions: 'Sonucu müşteriye nazik ve net bir dille yaz.',
        prompt: 'İade sonucu:\n{input}',
        replies: [
          {
            say: 'Merhaba, KP-3391027 numaralı siparişinizin iadesi için beklettiğimiz için özür dileriz. **₺4.749,90** tutarındaki iadeniz Garanti BBVA kartınıza gönderildi; bankanıza bağlı olarak 2–10 iş günü içinde ekstrenizde görünecektir. İyi günler dileriz, Kervan Pazar Müşteri Hizmetleri',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'iade_uzmani', to: 'musteri_yanit_yazari' },
      agent: 'iade_uzmani',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'sonora-x2-listing-one-compliance-round-then-approved',
    title:
      'The compliance reviewer sends the headphone listing back once (10x → 6x installments, “à prova d’água” on an IPX4 product); the writer fixes both and the listing is approved and published',
    domain: 'Brazilian marketplace listing compliance',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: one revise round in which the writer actually applies both notes, then approval and publication',
    request:
      'Cadastrar na Vitrine Sul o anúncio do Fone Bluetooth Sonora X2 (seller Eletro Paraná, SKU SNX2-PT): R$ 1.299,00 à vista no PIX ou em até 6x sem juros no cartão, resistência IPX4, bateria 30 h, garantia do fabricante de 12 meses. Texto pronto para publicar hoje.',
    topology: {
      shape: 'pipeline',
      order: ['redator_anuncio', 'revisor_conformidade', 'publicador_anuncio'],
      loop: { from: 'revisor_conformidade', to: 'redator_anuncio', while: 'REVISAR', max: 3 },
    },
    agents: [
      {
        name: 'redator_anuncio',
        description: 'Escreve anúncios de produtos',
        instructions: 'Escreva o anúncio, ou revise conforme as notas do revisor.',
        prompt: 'Briefing / notas do revisor:\n{input}\n\nPedido do seller: {request}',
        replies: [
          {
            say: '**Fone Bluetooth Sonora X2** — som imersivo o dia todo\n- Bateria de até 30 h\n- À prova d’água, para treinos e chuva\n- Garantia de 12 meses do fabricante\n\n**R$ 1.299,00** à vista no PIX ou em **10x sem juros** no cartão.',
          },
          {
            say: '**Fone Bluetooth Sonora X2** — som imersivo o dia todo\n- Bateria de até 30 h\n- Resistente a respingos e suor (IPX4)\n- Garantia de 12 meses do fabricante\n\n**R$ 1.299,00** à vista no PIX ou em **6x de R$ 216,50 sem juros** no cartão.',
          },
        ],
      },
      {
        name: 'revisor_conformidade',
        description: 'Revisa anúncios contra as regras da Vitrine Sul e do CDC',
        instructions: 'Responda "APROVADO: <resumo>" ou "REVISAR: <notas>".',
        prompt: 'Anúncio:\n{input}',
        replies: [
          {
            say: 'REVISAR: (1) o parcelamento configurado para a Eletro Paraná é de até 6x sem juros (R$ 216,50), não 10x; (2) “à prova d’água” não é permitido para IPX4 — use “resistente a respingos (IPX4)”.',
          },
          {
            say: 'APROVADO: v2 com 6x de R$ 216,50 sem juros e IPX4 descrito como resistência a respingos. Demais dados conferem com a ficha do SKU SNX2-PT.',
          },
        ],
      },
      {
        name: 'publicador_anuncio',
        description: 'Publica anúncios aprovados',
        instructions: 'Publique o anúncio aprovado e informe o ID.',
        prompt: 'Resultado da revisão:\n{input}',
        replies: [
          {
            call: 'publicar_anuncio',
            args: { sku: 'SNX2-PT', seller: 'eletro-parana', versao: 2, preco: 1299.0, parcelas: 6 },
            result:
              '{"anuncio": "VS-MLB-5530182", "status": "ATIVO", "publicado_em": "2026-12-06T11:18:44-03:00"}',
          },
          {
            say: 'Anúncio publicado ✅ VS-MLB-5530182 (Sonora X2, R$ 1.299,00 ou 6x de R$ 216,50 sem juros), ativo desde 11:18.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'gayo-cod-remittance-sicepat-api-down-flagged-pending',
    title:
      'In the weekly COD reconciliation the SiCepat remittance API returns 502 twice; that worker says so and marks SiCepat pending, and the finance report carries it as not reconciled',
    domain: 'Indonesian e-commerce COD remittance reconciliation',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: a courier API failure that the worker reports openly as unreconciled instead of covering it, carried to the final report',
    request:
      'Rekonsiliasi dana COD minggu 48 (23–29 Nov 2026) untuk Toko Kopi Gayo Nusantara: cocokkan nilai COD paket terkirim dengan dana yang sudah ditransfer JNE, J&T dan SiCepat (potongan biaya COD 2%). Laporan untuk finance hari Senin.',
    topology: {
      shape: 'fanout',
      planner: 'perencana_rekon_cod',
      workers: ['rekon_jne', 'rekon_jnt', 'rekon_sicepat'],
      aggregator: 'penyusun_laporan_rekon',
    },
    agents: [
      {
        name: 'perencana_rekon_cod',
        description: 'Membagi pekerjaan rekonsiliasi COD per kurir',
        instructions: 'Tulis satu brief per kurir.',
        replies: [
          {
            plan: {
              rekon_jne:
                'JNE, 23–29 Nov 2026: tarik paket COD terkirim dan remitansi, hitung seharusnya cair (COD − 2%) vs diterima, sebutkan selisih per resi.',
              rekon_jnt: 'J&T, 23–29 Nov 2026: sama — COD terkirim, fee 2%, dana diterima, selisih per resi.',
              rekon_sicepat:
                'SiCepat, 23–29 Nov 2026: sama — COD terkirim, fee 2%, dana diterima, selisih per resi.',
            },
          },
        ],
      },
      {
        name: 'rekon_jne',
        description: 'Rekonsiliasi COD JNE',
        instructions: 'Cocokkan COD dan remitansi JNE.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'jne_cod_remittance',
            args: { akun: 'GAYO-NUS', dari: '2026-11-23', sampai: '2026-11-29' },
            result:
              '{"paket_terkirim": 212, "cod_total": 48730000, "fee_cod": 974600, "seharusnya": 47755400, "diterima": 47755400, "transfer": ["2026-11-27", "2026-12-02"]}',
          },
          {
            say: 'JNE: 212 paket, COD Rp 48.730.000, fee Rp 974.600 → seharusnya Rp 47.755.400, diterima Rp 47.755.400. **Selisih Rp 0.**',
          },
        ],
      },
      {
        name: 'rekon_jnt',
        description: 'Rekonsiliasi COD J&T',
        instructions: 'Cocokkan COD dan remitansi J&T.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'jnt_cod_remittance',
            args: { akun: 'GAYO-NUS', dari: '2026-11-23', sampai: '2026-11-29' },
            result:
              '{"paket_terkirim": 187, "cod_total": 41215500, "fee_cod": 824310, "seharusnya": 40391190, "diterima": 39876190, "belum_remit": [{"resi": "JX2290417733", "cod": 260000}, {"resi": "JX2290418120", "cod": 255000}]}',
          },
          {
            say: 'J&T: 187 paket, COD Rp 41.215.500, fee Rp 824.310 → seharusnya Rp 40.391.190, diterima Rp 39.876.190. **Kurang Rp 515.000**: 2 resi belum diremit (JX2290417733 Rp 260.000, JX2290418120 Rp 255.000).',
          },
        ],
      },
      {
        name: 'rekon_sicepat',
        description: 'Rekonsiliasi COD SiCepat',
        instructions: 'Cocokkan COD dan remitansi SiCepat.',
        prompt: 'Brief:\n{input}',
        replies: [
          {
            call: 'sicepat_cod_remittance',
            args: { akun: 'GAYO-NUS', dari: '2026-11-23', sampai: '2026-11-29' },
            result: {
              error: 'SiCepat Partner API 502 Bad Gateway: upstream timeout 30s on /v1/cod/remittance',
            },
          },
          {
            call: 'sicepat_cod_remittance',
            args: { akun: 'GAYO-NUS', dari: '2026-11-23', sampai: '2026-11-29', retry: 1 },
            result: {
              error: 'SiCepat Partner API 502 Bad Gateway: upstream timeout 30s on /v1/cod/remittance',
            },
          },
          {
            say: '⚠️ SiCepat **belum bisa direkonsiliasi**: API remitansi SiCepat gagal 502 dua kali (10.14 dan 10.19 WIB). Angka tidak saya isi — perlu unduh laporan COD manual dari dashboard SiCepat atau coba lagi setelah pukul 12.00. Status: TERTUNDA.',
          },
        ],
      },
      {
        name: 'penyusun_laporan_rekon',
        description: 'Menyusun laporan rekonsiliasi untuk finance',
        instructions: 'Gabungkan hasil per kurir menjadi laporan.',
        prompt: 'Hasil per kurir:\n{input}',
        replies: [
          {
            say: '## Rekonsiliasi COD minggu 48 (23–29 Nov 2026) — Kopi Gayo Nusantara\n\n| kurir | paket | seharusnya cair | diterima | selisih |\n|---|---|---|---|---|\n| JNE | 212 | Rp 47.755.400 | Rp 47.755.400 | Rp 0 |\n| J&T | 187 | Rp 40.391.190 | Rp 39.876.190 | −Rp 515.000 (2 resi belum remit) |\n| SiCepat | — | — | — | **TERTUNDA** (API 502) |\n\nTindak lanjut: klaim 2 resi J&T (JX2290417733, JX2290418120); SiCepat direkonsiliasi manual dari dashboard sebelum laporan final.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hao-tam-tea-november-statement-terse-fee-line-complete',
    title:
      'The fee worker answers the November payout in one dense line (326 orders, 4 % + 2 % fees, 0 refunds, 45.608.800 ₫); the notice writer turns it into the shop statement with every figure',
    domain: 'Vietnamese marketplace seller settlement',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf:
      'low_quality_output: a terse, abbreviated fee line (and a zero-refund line) that still carries every figure the statement needs',
    request:
      'Đối soát tháng 11/2026 cho shop Trà Thái Nguyên Hảo Tâm trên sàn Chợ Việt: tính phí sàn, phí thanh toán, hoàn tiền và số tiền thực nhận, rồi soạn thông báo gửi shop trước ngày 08/12.',
    topology: {
      shape: 'network',
      coordinator: 'dieu_phoi_doi_soat',
      workers: ['nv_tinh_phi_san', 'nv_soan_thong_bao'],
    },
    agents: [
      {
        name: 'dieu_phoi_doi_soat',
        description: 'Điều phối đối soát người bán',
        instructions: 'Giao tính phí, rồi giao soạn thông báo, sau đó kết thúc với thông báo cuối.',
        replies: [
          {
            handoff: 'nv_tinh_phi_san',
            message:
              'Tính đối soát T11/2026 cho shop Hảo Tâm (ID CV-SHOP-20418): doanh thu, phí sàn, phí thanh toán, hoàn tiền, thực nhận.',
          },
          {
            handoff: 'nv_soan_thong_bao',
            message:
              'Soạn thông báo đối soát T11/2026 gửi shop Hảo Tâm từ số liệu: 326 đơn, doanh thu 48.520.000 ₫, phí sàn 4% 1.940.800 ₫, phí thanh toán 2% 970.400 ₫, hoàn tiền 0 đơn, thực nhận 45.608.800 ₫, chuyển khoản ngày 10/12.',
          },
          {
            say: '**Thông báo đối soát tháng 11/2026 — Trà Thái Nguyên Hảo Tâm**\n\n| khoản | số tiền |\n|---|---|\n| Doanh thu (326 đơn) | 48.520.000 ₫ |\n| Phí sàn 4% | −1.940.800 ₫ |\n| Phí thanh toán 2% | −970.400 ₫ |\n| Hoàn tiền (0 đơn) | 0 ₫ |\n| **Thực nhận** | **45.608.800 ₫** |\n\nTiền sẽ được chuyển vào tài khoản Vietcombank của shop ngày 10/12/2026.',
          },
        ],
      },
      {
        name: 'nv_tinh_phi_san',
        description: 'Tính phí và số tiền thực nhận của người bán',
        instructions: 'Lấy giao dịch tháng và tính các khoản phí.',
        replies: [
          {
            call: 'lay_giao_dich_thang',
            args: { shop: 'CV-SHOP-20418', thang: '2026-11' },
            result:
              '{"don_hoan_thanh": 326, "doanh_thu": 48520000, "phi_san_pct": 4, "phi_thanh_toan_pct": 2, "don_hoan_tien": 0, "tien_hoan": 0, "thuc_nhan": 45608800, "ngay_chuyen": "2026-12-10", "tai_khoan": "Vietcombank ****6612"}',
          },
          {
            say: 'T11: 326 đơn, DT 48.520.000 ₫; phí sàn 4% 1.940.800; phí TT 2% 970.400; hoàn 0 đơn/0 ₫; thực nhận 45.608.800 ₫, CK 10/12 (VCB ****6612).',
          },
        ],
      },
      {
        name: 'nv_soan_thong_bao',
        description: 'Soạn thông báo gửi người bán',
        instructions: 'Viết thông báo đối soát rõ ràng cho shop.',
        replies: [
          {
            say: '**Thông báo đối soát tháng 11/2026 — Trà Thái Nguyên Hảo Tâm**\n\n| khoản | số tiền |\n|---|---|\n| Doanh thu (326 đơn) | 48.520.000 ₫ |\n| Phí sàn 4% | −1.940.800 ₫ |\n| Phí thanh toán 2% | −970.400 ₫ |\n| Hoàn tiền (0 đơn) | 0 ₫ |\n| **Thực nhận** | **45.608.800 ₫** |\n\nTiền sẽ được chuyển vào tài khoản Vietcombank của shop ngày 10/12/2026.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'talavera-cups-partial-refund-only-broken-set',
    title:
      'Of a $2,187.00 MXN three-item order, the refunds agent returns only the broken Talavera cup set ($689.00) to the Banorte card, as the dispute coordinator scoped it (no shipping on partial returns)',
    domain: 'Mexican marketplace seller disputes',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: a refund far below the order total, scoped exactly as the brief asked (one item, shipping excluded by policy)',
    request:
      'Disputa DSP-MX-20931 en Tianguis Digital: el comprador Arturo Méndez recibió el pedido TD-7781205 (3 artículos, pagado con tarjeta Banorte, $2,187.00 MXN incluyendo envío de $99.00). El set de tazas de Talavera llegó roto (mandó fotos); el rebozo y los portavasos llegaron bien. La vendedora, Cerámica Dolores, está de acuerdo. Resuélvelo según la política de devolución parcial.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinadora_disputas',
      workers: ['analista_pedidos', 'agente_reembolsos'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordinadora_disputas',
        description: 'Coordina disputas entre compradores y vendedores',
        instructions: 'Revisa el pedido con el analista, indica el reembolso exacto y cierra la disputa.',
        replies: [
          {
            handoff: 'analista_pedidos',
            message:
              'Revisa TD-7781205: desglose por artículo y qué dice la política de devolución parcial sobre el envío.',
          },
          {
            handoff: 'agente_reembolsos',
            message:
              'Reembolsa solo el set de tazas Talavera (SKU CD-TZ-06), $689.00 MXN, a la tarjeta Banorte original. El rebozo y los portavasos se quedan con el comprador; el envío de $99.00 no aplica por ser devolución parcial.',
          },
          {
            say: 'DSP-MX-20931 resuelta ✅\n- Reembolso **$689.00 MXN** (set de tazas Talavera) a la tarjeta Banorte ****4417, folio RF-MX-550218, 5 a 10 días hábiles.\n- Rebozo ($899.00) y portavasos ($500.00) llegaron bien: sin reembolso.\n- Envío $99.00 no reembolsable en devolución parcial (política 4.2).\n- Cerámica Dolores absorbe el costo; no se pide regresar las tazas rotas.',
          },
        ],
      },
      {
        name: 'analista_pedidos',
        description: 'Analiza pedidos y políticas',
        instructions: 'Da el desglose del pedido y la política aplicable.',
        replies: [
          {
            call: 'detalle_pedido',
            args: { pedido: 'TD-7781205' },
            result:
              '{"pedido": "TD-7781205", "pago": "tarjeta Banorte ****4417", "articulos": [{"sku": "CD-RB-11", "nombre": "Rebozo de algodón", "precio": 899.00}, {"sku": "CD-TZ-06", "nombre": "Set 6 tazas Talavera", "precio": 689.00}, {"sku": "CD-PV-02", "nombre": "Portavasos barro (8)", "precio": 500.00}], "envio": 99.00, "total": 2187.00, "politica": "4.2 Devolución parcial: se reembolsa solo el artículo afectado al medio de pago original; el envío no se reembolsa si hay artículos entregados en buen estado"}',
          },
          {
            say: 'TD-7781205: rebozo $899.00, set de tazas Talavera $689.00, portavasos $500.00, envío $99.00 = $2,187.00. Política 4.2: solo el artículo dañado, al medio original; envío no reembolsable.',
          },
        ],
      },
      {
        name: 'agente_reembolsos',
        description: 'Emite reembolsos',
        instructions: 'Emite el reembolso indicado y confirma el folio.',
        replies: [
          {
            call: 'emitir_reembolso',
            args: { pedido: 'TD-7781205', sku: 'CD-TZ-06', monto: 689.0, metodo: 'tarjeta_original' },
            result:
              '{"reembolso": "RF-MX-550218", "monto": 689.00, "metodo": "tarjeta Banorte ****4417", "estado": "PROCESADO", "eta": "5 a 10 días hábiles"}',
          },
          {
            say: 'Listo: RF-MX-550218, $689.00 MXN a Banorte ****4417 (solo el set de tazas Talavera), 5 a 10 días hábiles. Rebozo, portavasos y envío no se tocaron.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pasig-hub-rider-turnover-rts-transfer-made',
    title:
      'The hub dispatcher balances rider R-2219’s ₱14,870.00 COD remittance, says it is passing the three failed parcels to RTS, and does transfer; the RTS handler books the returns',
    domain: 'Philippine last-mile rider turnover',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: an announced handoff that is actually made, the receiver finishing the work',
    request:
      'Rider turnover sa Hub Pasig, Dec 5 end of shift: si rider Jun dela Cruz (R-2219) may 12 parcels today. Paki-reconcile ang COD remittance niya at asikasuhin ang mga hindi na-deliver.',
    topology: {
      shape: 'swarm',
      entry: 'hub_dispatcher',
      agents: ['hub_dispatcher', 'rts_handler'],
    },
    agents: [
      {
        name: 'hub_dispatcher',
        description: 'Hub dispatcher: rider turnover at COD remittance',
        instructions: 'I-reconcile ang COD ng rider; ang failed deliveries, ipasa sa RTS handler.',
        replies: [
          {
            call: 'rider_manifest',
            args: { rider: 'R-2219', date: '2026-12-05', hub: 'Pasig' },
            result:
              '{"rider": "R-2219", "parcels": 12, "delivered": 9, "failed": [{"awb": "LKB-8831207", "reason": "customer not home (3rd attempt)"}, {"awb": "LKB-8831215", "reason": "refused — wrong size"}, {"awb": "LKB-8831229", "reason": "address not found"}], "cod_expected_php": 14870.00}',
          },
          {
            call: 'cod_remit_check',
            args: { rider: 'R-2219', date: '2026-12-05' },
            result:
              '{"remitted_php": 14870.00, "cash_php": 9320.00, "gcash_php": 5550.00, "gcash_ref": "9021 334 118", "variance_php": 0}',
          },
          {
            handoff: 'rts_handler',
            message:
              'COD ni R-2219 balanced: ₱14,870.00 (cash ₱9,320.00 + GCash ₱5,550.00, ref 9021 334 118), 9 delivered. Ipinapasa ko sa iyo ang 3 failed for RTS: LKB-8831207 (3rd attempt, not home), LKB-8831215 (refused, wrong size), LKB-8831229 (address not found). Paki-book at i-notify ang sellers.',
          },
        ],
      },
      {
        name: 'rts_handler',
        description: 'Return-to-seller handler',
        instructions:
          'I-book ang RTS ng failed parcels at i-notify ang sellers, tapos i-summarize ang turnover.',
        replies: [
          {
            call: 'book_rts',
            args: { awbs: ['LKB-8831207', 'LKB-8831215', 'LKB-8831229'], hub: 'Pasig' },
            result:
              '{"rts_batch": "RTS-PSG-1205-07", "parcels": 3, "sellers_notified": 3, "eta_to_seller": "2026-12-08"}',
          },
          {
            say: '**Turnover R-2219 (Jun dela Cruz), Hub Pasig — Dec 5**\n- 9/12 delivered, COD ₱14,870.00 fully remitted (₱9,320.00 cash + ₱5,550.00 GCash), variance ₱0\n- 3 RTS booked: batch RTS-PSG-1205-07 (LKB-8831207, LKB-8831215, LKB-8831229), sellers notified, balik sa seller by Dec 8',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ege-olive-oil-payout-uses-december-commission-protocol',
    title:
      'The commission calculator finds the contract’s 12 % replaced from 1 Dec by 10,5 % (protocol EP-2026-114); the finance lead and the operations manager carry the 10,5 % and ₺185.707,52 net',
    domain: 'Turkish marketplace seller settlements and pickups',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: a commission rate superseded this month; every agent after the lookup uses the new rate, the old one only quoted as replaced',
    request:
      'Kervan Pazar satıcısı Ege Zeytinyağı Evi için Aralık hakediş ön hesabı: 1–5 Aralık brüt satış ₺212.480,00, sözleşmedeki komisyon %12 (+%20 KDV). Bir de 8 Aralık için Yurtiçi toplama planı lazım, 64 koli. Kısa bir özet ver.',
    topology: {
      shape: 'nested',
      top: 'operasyon_muduru',
      teams: { finans_lideri: ['komisyon_hesaplayici'], lojistik_lideri: ['kargo_planlayici'] },
    },
    agents: [
      {
        name: 'operasyon_muduru',
        description: 'Satıcı operasyonları müdürü',
        instructions: 'Hakedişi finansa, toplama planını lojistiğe yaptır, özetle.',
        replies: [
          {
            handoff: 'finans_lideri',
            message:
              'Ege Zeytinyağı Evi, 1–5 Aralık brüt ₺212.480,00: komisyon + KDV düşülmüş net hakediş ön hesabı.',
          },
          {
            handoff: 'lojistik_lideri',
            message: 'Ege Zeytinyağı Evi: 8 Aralık Yurtiçi toplama, 64 koli, İzmir Torbalı depo.',
          },
          {
            say: '**Ege Zeytinyağı Evi — özet**\n- Hakediş (1–5 Aralık): brüt ₺212.480,00 − komisyon %10,5 ₺22.310,40 − KDV ₺4.462,08 = **₺185.707,52** (1 Aralık’tan itibaren EP-2026-114 oranı; sözleşmedeki %12 Kasım sonunda bitti)\n- Toplama: Yurtiçi YK-TPL-081226-19, 8 Aralık 10:00–12:00, 64 koli / 412 desi, kamyonet',
          },
        ],
      },
      {
        name: 'finans_lideri',
        description: 'Finans lideri',
        instructions: 'Hakediş hesabını yaptır ve özetle.',
        replies: [
          {
            handoff: 'komisyon_hesaplayici',
            message:
              'Ege Zeytinyağı Evi 1–5 Aralık, brüt ₺212.480,00: güncel komisyon oranıyla komisyon, KDV ve net hakediş.',
          },
          {
            say: 'Net hakediş ₺185.707,52: komisyon %10,5 = ₺22.310,40, KDV ₺4.462,08. Oran EP-2026-114 ile 01.12’den geçerli; %12 artık uygulanmıyor.',
          },
        ],
      },
      {
        name: 'komisyon_hesaplayici',
        description: 'Komisyon ve hakediş hesaplar',
        instructions: 'Geçerli oranı sorgula, komisyon ve net hakedişi hesapla.',
        replies: [
          {
            call: 'komisyon_orani',
            args: { satici: 'Ege Zeytinyağı Evi', tarih: '2026-12-05' },
            result:
              '{"satici": "Ege Zeytinyağı Evi", "kategori": "Gıda > Zeytinyağı", "oran_pct": 10.5, "gecerlilik": "2026-12-01", "onceki": {"oran_pct": 12, "durum": "GEÇERSİZ — 2026-11-30 sona erdi"}, "dayanak": "Aralık gıda kampanyası ek protokolü EP-2026-114"}',
          },
          {
            call: 'hakedis_hesapla',
            args: { brut: 212480.0, komisyon_pct: 10.5, kdv_pct: 20 },
            result: '{"komisyon": 22310.40, "kdv": 4462.08, "net": 185707.52}',
          },
          {
            say: '1–5 Aralık: brüt ₺212.480,00; komisyon %10,5 (EP-2026-114, 01.12’den geçerli — sözleşmedeki %12 30.11’de bitti) = ₺22.310,40, KDV %20 ₺4.462,08. **Net hakediş ₺185.707,52.**',
          },
        ],
      },
      {
        name: 'lojistik_lideri',
        description: 'Lojistik lideri',
        instructions: 'Toplama planını yaptır ve özetle.',
        replies: [
          {
            handoff: 'kargo_planlayici',
            message: 'Yurtiçi toplama: 8 Aralık, Torbalı depo, 64 koli; saat aralığı ve araç.',
          },
          { say: 'Toplama YK-TPL-081226-19: 8 Aralık 10:00–12:00, 64 koli / 412 desi, kamyonet.' },
        ],
      },
      {
        name: 'kargo_planlayici',
        description: 'Kargo toplama planlar',
        instructions: 'Kargo firmasında toplama oluştur.',
        replies: [
          {
            call: 'yurtici_toplama_planla',
            args: { depo: 'İzmir Torbalı', tarih: '2026-12-08', koli: 64 },
            result:
              '{"toplama_no": "YK-TPL-081226-19", "tarih": "2026-12-08", "saat": "10:00-12:00", "koli": 64, "desi_toplam": 412, "arac": "kamyonet"}',
          },
          {
            say: 'Yurtiçi toplama YK-TPL-081226-19 oluşturuldu: 08.12 10:00–12:00, 64 koli (412 desi), kamyonet.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch58Scenarios = [...faults, ...healthy];
