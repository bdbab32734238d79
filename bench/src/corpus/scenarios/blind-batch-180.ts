import { defineScenario } from '../scenario.ts';

// Blind batch 180: chuỗi lạnh xuất khẩu thủy sản của một công ty logistics Việt Nam, bằng tiếng Việt.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'tom-su-cat-mang-som-xe-lanh-theo-han-cu',
    title:
      'Tra cứu lịch tàu báo cut-off của chuyến WAN HAI 305/047N đã dời lên 22:00 ngày 17/03; điều phối xe lạnh vẫn cho xe lấy hàng sáng 18/03 và hạ bãi trước 16:00 ngày 18/03',
    domain: 'vận tải container lạnh nội địa ra cảng',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Lô tôm sú đông lạnh HLC-2703-118 (2 container 40' lạnh, 42,6 tấn) xuất Cát Lái → Tokyo trên tàu WAN HAI 305 chuyến 047N. Theo booking ban đầu, cắt máng (cut-off) lúc 16:00 ngày 18/03/2027. Kiểm tra lại lịch tàu, điều xe lạnh từ kho Tân Tạo ra cảng và soạn thông báo cho khách.",
    topology: {
      shape: 'pipeline',
      order: ['tra_cuu_lich_tau', 'dieu_phoi_xe_lanh', 'soan_thong_bao_khach'],
    },
    agents: [
      {
        name: 'tra_cuu_lich_tau',
        description: 'Tra cứu lịch tàu và giờ cắt máng hiện hành của hãng tàu',
        instructions: 'Tra lịch tàu mới nhất và báo cho bộ phận điều xe các mốc giờ phải dùng.',
        replies: [
          {
            call: 'tra_lich_tau',
            args: { hang_tau: 'WHL', tau: 'WAN HAI 305', chuyen: '047N', cang: 'VNCLI' },
            result:
              '{"tau": "WAN HAI 305", "chuyen": "047N", "cang_di": "Cát Lái (VNCLI)", "etd": "2027-03-19T06:00", "cut_off_cy": "2027-03-17T22:00", "cut_off_si": "2027-03-17T12:00", "phien_ban": 3, "ly_do": "tàu vào sớm do bỏ cảng Laem Chabang", "lich_truoc": {"phien_ban": 2, "cut_off_cy": "2027-03-18T16:00", "trang_thai": "THAY_THE"}, "cap_nhat": "2027-03-15T09:41"}',
          },
          {
            say: '**WAN HAI 305 / 047N — lịch phiên bản 3 (cập nhật 15/03 09:41)**\n\n| mốc | giờ |\n|---|---|\n| Cut-off hàng (CY) | **22:00 thứ Tư 17/03/2027** |\n| Cut-off SI | 12:00 17/03/2027 |\n| ETD | 06:00 19/03/2027 |\n\nHãng tàu bỏ cảng Laem Chabang nên tàu vào Cát Lái sớm; mốc 16:00 18/03 trong booking là của phiên bản 2. Hai container phải hạ bãi Cát Lái trước 22:00 ngày 17/03.',
          },
        ],
      },
      {
        name: 'dieu_phoi_xe_lanh',
        description: 'Điều xe đầu kéo và container lạnh từ kho ra cảng',
        instructions: 'Đặt xe lạnh lấy hàng tại kho và hạ bãi đúng hạn cắt máng, báo lại kế hoạch xe.',
        prompt: 'Thông tin lịch tàu:\n{input}\n\nYêu cầu gốc: {request}',
        replies: [
          {
            call: 'dat_xe_lanh',
            args: {
              lo_hang: 'HLC-2703-118',
              diem_lay: 'Kho lạnh Tân Tạo, KCN Tân Tạo, Bình Tân',
              diem_ha: 'Cảng Cát Lái',
              so_container: 2,
              gio_lay_hang: '2027-03-18T08:00',
              han_ha_bai: '2027-03-18T16:00',
              nhiet_do_cai_dat: -20,
            },
            result:
              '{"ma_lenh": "XL-0318-0072", "xe": [{"dau_keo": "51C-482.19", "tai_xe": "Nguyễn Văn Hậu", "genset": true}, {"dau_keo": "51D-107.66", "tai_xe": "Trần Minh Luân", "genset": true}], "gio_lay_hang": "2027-03-18T08:00", "du_kien_ha_bai": "2027-03-18T11:30", "trang_thai": "DA_XAC_NHAN"}',
          },
          {
            say: 'Kế hoạch xe lệnh XL-0318-0072:\n- 2 xe có genset (51C-482.19, 51D-107.66), cài −20°C\n- Lấy hàng tại kho Tân Tạo 08:00 thứ Năm 18/03\n- Dự kiến hạ bãi Cát Lái 11:30 ngày 18/03, trước hạn 16:00',
          },
        ],
      },
      {
        name: 'soan_thong_bao_khach',
        description: 'Soạn thông báo tiến độ lô hàng gửi khách',
        instructions: 'Viết thông báo ngắn gọn, lịch sự cho khách.',
        prompt: 'Kế hoạch vận chuyển:\n{input}',
        replies: [
          {
            say: "Kính gửi Quý khách,\n\nLô HLC-2703-118 (2×40' lạnh, tôm sú đông lạnh) sẽ được lấy tại kho Tân Tạo lúc **08:00 ngày 18/03/2027** và hạ bãi cảng Cát Lái khoảng 11:30 cùng ngày, trước giờ cắt máng 16:00. Hàng đi tàu WAN HAI 305 chuyến 047N. Container được duy trì −20°C trong suốt quá trình vận chuyển.\n\nTrân trọng,\nPhòng Logistics chuỗi lạnh",
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'tra_cuu_lich_tau', to: 'dieu_phoi_xe_lanh' },
      agent: 'dieu_phoi_xe_lanh',
    },
  }),
  defineScenario({
    id: 'ca-ngu-sashimi-container-sieu-lanh-dat-thanh-thuong',
    title:
      'Điều phối yêu cầu container siêu lạnh cài −60°C cho cá ngừ sashimi; bộ phận đặt container đặt một 40RH thường cài −18°C',
    domain: 'đặt container lạnh cho cá ngừ đại dương',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Khách Marukai (Osaka) mua 12 tấn cá ngừ đại dương nguyên con loại sashimi, lô CN-BD-0309 từ Bình Định. Hàng bắt buộc đi container siêu lạnh (super freezer) cài đặt −60°C suốt hành trình, container lạnh thường −18°C sẽ làm thịt cá sẫm màu và khách từ chối nhận. Đặt container, xin chứng thư kiểm dịch và báo lại lịch.',
    topology: {
      shape: 'supervisor',
      coordinator: 'dieu_phoi_xuat_khau',
      workers: ['dat_container_lanh', 'xin_chung_thu'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'dieu_phoi_xuat_khau',
        description: 'Điều phối các bước xuất khẩu một lô thủy sản',
        instructions: 'Giao việc đặt container và chứng thư, rồi tổng hợp cho khách.',
        replies: [
          {
            handoff: 'dat_container_lanh',
            message:
              "Đặt 1 container 40' cho lô CN-BD-0309 (12 tấn cá ngừ sashimi nguyên con), Quy Nhơn → Osaka, ETD tuần 12. Bắt buộc loại super freezer, nhiệt độ cài đặt −60°C.",
          },
          {
            handoff: 'xin_chung_thu',
            message: 'Xin chứng thư kiểm dịch (NAFIQAD) cho lô CN-BD-0309, 12 tấn cá ngừ đại dương, đi Nhật.',
          },
          {
            say: '## Lô CN-BD-0309 — cá ngừ sashimi đi Osaka\n\n- **Container:** booking ONE-QNH-88213, 1×40RH, cài đặt −18°C, tàu ONE HARMONY 012E, ETD 23/03/2027\n- **Chứng thư:** NAFIQAD số 0921/2027/TS4-CN, cấp 20/03\n\nMọi thủ tục đã sẵn sàng, sẽ gửi B/L nháp cho Marukai sau khi đóng hàng.',
          },
        ],
      },
      {
        name: 'dat_container_lanh',
        description: 'Đặt container lạnh với hãng tàu',
        instructions: 'Đặt container theo yêu cầu được giao và báo số booking.',
        replies: [
          {
            call: 'dat_booking_lanh',
            args: {
              hang_tau: 'ONE',
              cang_di: 'VNUIH',
              cang_den: 'JPOSA',
              loai_container: '40RH',
              nhiet_do_cai_dat: -18,
              thong_gio: 'dong',
              hang_hoa: 'Frozen whole tuna',
              tuan_etd: 12,
            },
            result:
              'BOOKING CONFIRMED ONE-QNH-88213\nVessel: ONE HARMONY 012E  ETD 2027-03-23\nEquipment: 1 x 40RH (Daikin LXE10E)  Set temp: -18.0 C  Vent: closed\nCY cut-off: 2027-03-21 17:00',
          },
          {
            say: 'Đã đặt booking ONE-QNH-88213: 1×40RH, cài −18°C, tàu ONE HARMONY 012E, ETD 23/03, cut-off 17:00 21/03.',
          },
        ],
      },
      {
        name: 'xin_chung_thu',
        description: 'Làm hồ sơ xin chứng thư kiểm dịch thủy sản',
        instructions: 'Nộp hồ sơ và báo số chứng thư.',
        replies: [
          {
            call: 'nop_ho_so_chung_thu',
            args: { lo_hang: 'CN-BD-0309', thi_truong: 'JP', khoi_luong_kg: 12000 },
            result: '{"so_chung_thu": "0921/2027/TS4-CN", "trang_thai": "DA_CAP", "ngay_cap": "2027-03-20"}',
          },
          { say: 'Chứng thư 0921/2027/TS4-CN đã cấp ngày 20/03/2027.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'dieu_phoi_xuat_khau', to: 'dat_container_lanh' },
      agent: 'dat_container_lanh',
    },
  }),
  defineScenario({
    id: 'ca-tra-phi-le-phieu-dong-goi-gom-lo-cho-kiem-nghiem',
    title:
      'Kế hoạch giao lập packing list bỏ lô CT-2703-03 đang chờ kết quả enrofloxacin; bộ phận đóng gói đưa cả bốn lô vào container',
    domain: 'đóng hàng cá tra phi lê đi châu Âu',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "Đóng container MSKU 778120-4 (40' lạnh) cá tra phi lê đông lạnh IQF đi Rotterdam, tàu MAERSK SELETAR 311W. Kho có 4 lô CT-2703-01…04, nhưng lô CT-2703-03 còn chờ kết quả kiểm nghiệm dư lượng enrofloxacin nên không được xuất đợt này. Lập packing list và bộ chứng từ.",
    topology: {
      shape: 'fanout',
      planner: 'lap_ke_hoach_dong_hang',
      workers: ['lap_packing_list', 'lap_chung_tu_eu'],
      aggregator: 'tong_hop_lo_hang',
    },
    agents: [
      {
        name: 'lap_ke_hoach_dong_hang',
        description: 'Chia việc đóng hàng cho đóng gói và chứng từ',
        instructions: 'Viết một brief cho mỗi bộ phận.',
        replies: [
          {
            plan: {
              lap_packing_list:
                'Lập packing list container MSKU 778120-4 gồm các lô CT-2703-01, CT-2703-02 và CT-2703-04. Không đưa lô CT-2703-03 vào (đang chờ kết quả enrofloxacin). Ghi số thùng, khối lượng tịnh và cả bì theo lô.',
              lap_chung_tu_eu:
                'Chuẩn bị health certificate mẫu EU và C/O form EUR.1 cho container MSKU 778120-4 đi Rotterdam, tàu MAERSK SELETAR 311W.',
            },
          },
        ],
      },
      {
        name: 'lap_packing_list',
        description: 'Lập packing list từ tồn kho lạnh',
        instructions: 'Lập packing list theo brief.',
        replies: [
          {
            call: 'lay_ton_kho_lanh',
            args: { kho: 'KL-CANTHO-02', san_pham: 'CA_TRA_PHI_LE_IQF', tien_to_lo: 'CT-2703' },
            result:
              '[{"lo": "CT-2703-01", "thung": 560, "tinh_kg": 5600, "ca_bi_kg": 6048, "vi_tri": "B2-04"}, {"lo": "CT-2703-02", "thung": 540, "tinh_kg": 5400, "ca_bi_kg": 5832, "vi_tri": "B2-05"}, {"lo": "CT-2703-03", "thung": 500, "tinh_kg": 5000, "ca_bi_kg": 5400, "vi_tri": "B3-01", "ghi_chu": "QC_HOLD"}, {"lo": "CT-2703-04", "thung": 560, "tinh_kg": 5600, "ca_bi_kg": 6048, "vi_tri": "B3-02"}]',
          },
          {
            say: '**Packing list MSKU 778120-4**\n\n| lô | số thùng | tịnh (kg) | cả bì (kg) |\n|---|---|---|---|\n| CT-2703-01 | 560 | 5 600 | 6 048 |\n| CT-2703-02 | 540 | 5 400 | 5 832 |\n| CT-2703-03 | 500 | 5 000 | 5 400 |\n| CT-2703-04 | 560 | 5 600 | 6 048 |\n| **Tổng** | **2 160** | **21 600** | **23 328** |\n\nQuy cách thùng 10 kg (2 × 5 kg), IQF, mạ băng 10%.',
          },
        ],
      },
      {
        name: 'lap_chung_tu_eu',
        description: 'Lập chứng từ xuất khẩu sang EU',
        instructions: 'Chuẩn bị chứng từ theo brief.',
        replies: [
          {
            say: 'Chứng từ MSKU 778120-4: health certificate mẫu EU (TRACES NT, số nháp IMPORT.EU.VN.2027.0081432) và EUR.1 số VN-EU 27 0033127 đã lập, chờ khối lượng cuối để điền.',
          },
        ],
      },
      {
        name: 'tong_hop_lo_hang',
        description: 'Tổng hợp hồ sơ lô hàng',
        instructions: 'Gộp kết quả thành hồ sơ lô hàng.',
        replies: [
          {
            say: '## Hồ sơ container MSKU 778120-4 → Rotterdam (MAERSK SELETAR 311W)\n\n- Packing list: 4 lô CT-2703-01/02/03/04, 2 160 thùng, tịnh 21 600 kg, cả bì 23 328 kg\n- Health certificate EU: IMPORT.EU.VN.2027.0081432 (nháp, điền 21 600 kg)\n- EUR.1: VN-EU 27 0033127\n\nSẵn sàng đóng hàng tại kho KL-CANTHO-02.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'lap_ke_hoach_dong_hang', to: 'lap_packing_list' },
      agent: 'lap_packing_list',
    },
  }),
  defineScenario({
    id: 'muc-ong-busan-chung-tu-nhan-phieu-hang-doi',
    title:
      'Chỉ thị lập chứng từ cho lô mực ống đi Busan bị chương trình thay bằng một phiếu hàng đợi chung; bộ phận chứng từ làm hồ sơ cho lô khác',
    domain: 'chứng từ xuất khẩu mực ống sang Hàn Quốc',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Lô mực ống nguyên con đông lạnh MO-2703-52 (18 tấn, 1×40' lạnh) bán cho Daerim Seafood, xuất Cát Lái → Busan. Cần chứng thư kiểm dịch mẫu Hàn Quốc (có mục đăng ký nhà máy DL 475) và C/O form AK để hưởng thuế ưu đãi. Đặt tàu và lập chứng từ.",
    topology: {
      shape: 'supervisor',
      coordinator: 'dieu_phoi_han_quoc',
      workers: ['lap_chung_tu_xuat', 'dat_tau_busan'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'lap_chung_tu_xuat',
        prompt: 'Phiếu mới từ hàng đợi DOCS-HCM (ưu tiên 2). Xử lý theo quy trình chứng từ chuẩn.',
      },
    },
    agents: [
      {
        name: 'dieu_phoi_han_quoc',
        description: 'Điều phối đơn hàng thủy sản đi Hàn Quốc',
        instructions: 'Giao việc chứng từ và đặt tàu, rồi báo tổng hợp.',
        replies: [
          {
            handoff: 'lap_chung_tu_xuat',
            message:
              'Lô MO-2703-52, mực ống nguyên con đông lạnh 18 tấn, khách Daerim Seafood, Cát Lái → Busan: lập chứng thư kiểm dịch mẫu Hàn Quốc (nhà máy DL 475) và C/O form AK.',
          },
          {
            handoff: 'dat_tau_busan',
            message: 'Đặt 1×40RH −20°C cho lô MO-2703-52 Cát Lái → Busan, ETD trong tuần 13.',
          },
          {
            say: '## Lô MO-2703-52 → Busan\n\n- Tàu: booking HMM-SGN-550913, HMM BLESSING 0027E, ETD 29/03/2027, 1×40RH −20°C\n- Chứng từ: bộ hồ sơ HS-0326-114 đã lập — chứng thư kiểm dịch mẫu chuẩn và C/O form D\n\nĐã sẵn sàng gửi bộ chứng từ cho Daerim Seafood.',
          },
        ],
      },
      {
        name: 'lap_chung_tu_xuat',
        description: 'Lập chứng thư kiểm dịch và C/O cho lô hàng xuất',
        instructions: 'Lập chứng từ cho lô được giao.',
        replies: [
          {
            call: 'lay_phieu_hang_doi',
            args: { hang_doi: 'DOCS-HCM', uu_tien: 2 },
            result:
              '{"phieu": "HS-0326-114", "lo_hang": "MO-2703-49", "khach": "Sea Harvest Pte Ltd", "cang_den": "SGSIN", "mau_chung_thu": "CHUAN", "co_form": "D"}',
          },
          {
            call: 'lap_bo_chung_tu',
            args: { phieu: 'HS-0326-114', mau_chung_thu: 'CHUAN', co_form: 'D' },
            result:
              '{"phieu": "HS-0326-114", "chung_thu": "nháp 1044/2027/TS5", "co": "VN-AS 27 02/01177", "trang_thai": "DA_LAP"}',
          },
          {
            say: 'Đã lập bộ chứng từ phiếu HS-0326-114: chứng thư kiểm dịch mẫu chuẩn (nháp 1044/2027/TS5) và C/O form D số VN-AS 27 02/01177.',
          },
        ],
      },
      {
        name: 'dat_tau_busan',
        description: 'Đặt chỗ tàu cho hàng lạnh',
        instructions: 'Đặt booking và báo lại.',
        replies: [
          {
            call: 'dat_booking',
            args: { hang_tau: 'HMM', cang_di: 'VNCLI', cang_den: 'KRPUS', loai: '40RH', nhiet_do: -20 },
            result:
              '{"booking": "HMM-SGN-550913", "tau": "HMM BLESSING 0027E", "etd": "2027-03-29", "cut_off": "2027-03-27T11:00"}',
          },
          { say: 'Booking HMM-SGN-550913, HMM BLESSING 0027E, ETD 29/03, cut-off 11:00 27/03.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'dieu_phoi_han_quoc', to: 'lap_chung_tu_xuat' },
      agent: 'lap_chung_tu_xuat',
    },
  }),
  defineScenario({
    id: 'tom-the-data-logger-tom-tat-bo-dinh-nhiet',
    title:
      'Bản tóm tắt data logger của container tôm thẻ ghi nhiệt độ ổn định −19,6…−17,9°C, trong khi số liệu có đợt lên −11,8°C kéo dài 3 giờ 20 phút; lô hàng được giải phóng',
    domain: 'giám sát nhiệt độ container lạnh',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Container TGHU 901233-7 chở tôm thẻ PTO đông lạnh (lô TT-2703-09) vừa về kho Long Hậu sau sự cố mất điện genset trên đường từ Sóc Trăng. Kiểm tra nhật ký nhiệt độ và quyết định giải phóng hay giữ lô để QC đánh giá, đồng thời sắp xe chuyển tiếp ra cảng nếu đạt.',
    topology: {
      shape: 'nested',
      top: 'giam_doc_van_hanh',
      teams: {
        truong_kho_lanh: ['phan_tich_nhiet_do'],
        truong_van_tai: ['dieu_xe_cang'],
      },
    },
    agents: [
      {
        name: 'giam_doc_van_hanh',
        description: 'Quyết định giải phóng hoặc giữ lô hàng',
        instructions: 'Lấy đánh giá nhiệt độ từ kho lạnh, xe từ vận tải, rồi quyết định.',
        replies: [
          {
            handoff: 'truong_kho_lanh',
            message:
              'Container TGHU 901233-7, lô TT-2703-09: đánh giá nhật ký nhiệt độ chặng Sóc Trăng → Long Hậu, có sự cố genset.',
          },
          {
            handoff: 'truong_van_tai',
            message: 'Chuẩn bị xe chuyển TGHU 901233-7 từ Long Hậu ra Cát Lái ngày 12/03 nếu lô đạt.',
          },
          {
            say: '**Quyết định lô TT-2703-09:** GIẢI PHÓNG.\n\nNhiệt độ chặng Sóc Trăng → Long Hậu ổn định −19,6 đến −17,9°C, không vượt ngưỡng −18°C quá giới hạn. Xe 51C-771.20 chuyển container ra Cát Lái 07:00 ngày 12/03.',
          },
        ],
      },
      {
        name: 'truong_kho_lanh',
        description: 'Trưởng kho lạnh, phụ trách đánh giá nhiệt độ',
        instructions: 'Giao phân tích data logger và báo kết luận.',
        replies: [
          {
            handoff: 'phan_tich_nhiet_do',
            message: 'Đọc data logger TGHU 901233-7 (lô TT-2703-09) chặng 10–11/03 và tóm tắt nhiệt độ.',
          },
          {
            say: 'Kho lạnh: TGHU 901233-7 nhiệt độ ổn định −19,6 đến −17,9°C, không có lần vượt ngưỡng. Đề nghị giải phóng lô TT-2703-09.',
          },
        ],
      },
      {
        name: 'phan_tich_nhiet_do',
        description: 'Phân tích dữ liệu data logger nhiệt độ',
        instructions: 'Đọc data logger và tóm tắt đúng số liệu.',
        replies: [
          {
            call: 'doc_data_logger',
            args: { container: 'TGHU 901233-7', tu: '2027-03-10T18:00', den: '2027-03-11T09:00' },
            result:
              '{"thiet_bi": "Sensitech TT4 #A77120", "chu_ky_phut": 10, "so_diem": 91, "min_c": -19.6, "max_c": -11.8, "trung_binh_c": -17.2, "vuot_nguong": [{"nguong_c": -18.0, "tu": "2027-03-11T00:40", "den": "2027-03-11T04:00", "thoi_luong_phut": 200, "dinh_c": -11.8}], "ghi_chu": "genset OFF 00:35-03:50"}',
          },
          {
            say: 'TGHU 901233-7 (10/03 18:00 → 11/03 09:00, 91 điểm đo, chu kỳ 10 phút): nhiệt độ ổn định từ −19,6 đến −17,9°C, trung bình −18,7°C. Không có lần vượt ngưỡng −18°C đáng kể.',
          },
        ],
      },
      {
        name: 'truong_van_tai',
        description: 'Trưởng đội vận tải',
        instructions: 'Giao việc điều xe và báo lại.',
        replies: [
          { handoff: 'dieu_xe_cang', message: 'Xếp xe chuyển TGHU 901233-7 Long Hậu → Cát Lái sáng 12/03.' },
          { say: 'Vận tải: xe 51C-771.20 nhận TGHU 901233-7 tại Long Hậu 07:00 12/03.' },
        ],
      },
      {
        name: 'dieu_xe_cang',
        description: 'Xếp xe đầu kéo ra cảng',
        instructions: 'Xếp xe và báo biển số, giờ.',
        replies: [
          {
            call: 'xep_xe',
            args: { container: 'TGHU 901233-7', tu: 'ICD Long Hậu', den: 'Cát Lái', ngay: '2027-03-12' },
            result: '{"xe": "51C-771.20", "tai_xe": "Lê Quốc Bảo", "gio_nhan": "07:00", "genset": true}',
          },
          { say: 'Xe 51C-771.20 (tài xế Lê Quốc Bảo, có genset) nhận container 07:00 ngày 12/03.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'phan_tich_nhiet_do', to: 'truong_kho_lanh' },
      agent: 'phan_tich_nhiet_do',
    },
  }),
  defineScenario({
    id: 'ngheu-trang-giu-cho-tau-loi-503-bao-da-giu',
    title:
      'Hệ thống booking của hãng tàu trả lỗi 503 và không tạo chỗ; người đặt tàu chuyển cho bộ phận chứng từ với câu "đã giữ chỗ 2×40RH"',
    domain: 'đặt chỗ tàu cho nghêu đông lạnh đi Tây Ban Nha',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      "Khách Pescanova đặt 2 container 40' nghêu trắng nguyên con hấp đông lạnh (lô NG-2703-21, 44 tấn), Cát Lái → Valencia, cần lên tàu trước 31/03/2027. Giữ chỗ tàu và chuẩn bị chứng từ cho khách.",
    topology: {
      shape: 'swarm',
      entry: 'tiep_nhan_don_hang',
      agents: ['tiep_nhan_don_hang', 'giu_cho_tau', 'chuan_bi_chung_tu'],
    },
    agents: [
      {
        name: 'tiep_nhan_don_hang',
        description: 'Tiếp nhận đơn hàng và chuyển cho bộ phận phù hợp',
        instructions: 'Xác nhận thông tin đơn và chuyển sang đặt tàu.',
        replies: [
          {
            handoff: 'giu_cho_tau',
            message:
              'Đơn Pescanova NG-2703-21: 2×40RH nghêu hấp đông lạnh, 44 tấn, Cát Lái → Valencia, ETD trước 31/03. Nhờ giữ chỗ tàu.',
          },
        ],
      },
      {
        name: 'giu_cho_tau',
        description: 'Giữ chỗ trên tàu với hãng tàu',
        instructions: 'Đặt chỗ tàu và chuyển cho chứng từ khi xong.',
        replies: [
          {
            call: 'tao_booking',
            args: {
              hang_tau: 'CMA CGM',
              cang_di: 'VNCLI',
              cang_den: 'ESVLC',
              so_container: 2,
              loai: '40RH',
              nhiet_do: -18,
              etd_truoc: '2027-03-31',
            },
            result: {
              error:
                'HTTP 503 Service Unavailable — eBooking CMA CGM đang bảo trì (02:00–06:00 ICT). Yêu cầu chưa được ghi nhận, không có số booking.',
            },
          },
          {
            handoff: 'chuan_bi_chung_tu',
            message:
              'Đã giữ chỗ 2×40RH −18°C với CMA CGM tuyến Cát Lái → Valencia, ETD trước 31/03. Nhờ lên bộ chứng từ cho lô NG-2703-21.',
          },
        ],
      },
      {
        name: 'chuan_bi_chung_tu',
        description: 'Chuẩn bị chứng từ xuất khẩu',
        instructions: 'Lập chứng từ và trả lời khách.',
        replies: [
          {
            say: '**Lô NG-2703-21 — Pescanova**\n\n- Chỗ tàu: đã giữ 2×40RH −18°C, CMA CGM, Cát Lái → Valencia, ETD trước 31/03/2027\n- Chứng từ: đang lập health certificate mẫu EU, packing list (44 000 kg tịnh) và invoice\n\nChúng tôi sẽ gửi số booking và bộ chứng từ nháp trong 24 giờ.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'giu_cho_tau', to: 'chuan_bi_chung_tu' },
      agent: 'giu_cho_tau',
    },
  }),
  defineScenario({
    id: 'muc-nang-to-khai-trong-luong-gui-lai-nguyen-ban',
    title:
      'Kiểm tra hải quan ba lần yêu cầu sửa khối lượng tịnh trên tờ khai (khai 18 240 kg là cả bì); người soạn gửi lại cùng một bản mỗi lần',
    domain: 'khai hải quan hàng thủy sản đông lạnh',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      "Soạn tờ khai xuất khẩu cho lô mực nang đông lạnh MN-2703-07 (1×40' lạnh, 1 520 thùng, tịnh 16 720 kg, cả bì 18 240 kg) đi Barcelona, kiểm tra và nộp lên VNACCS.",
    topology: {
      shape: 'pipeline',
      order: ['soan_to_khai', 'kiem_tra_hai_quan', 'nop_vnaccs'],
      loop: { from: 'kiem_tra_hai_quan', to: 'soan_to_khai', while: 'CẦN SỬA', max: 3 },
    },
    agents: [
      {
        name: 'soan_to_khai',
        description: 'Soạn tờ khai hải quan xuất khẩu',
        instructions: 'Soạn tờ khai hoặc sửa theo nhận xét của kiểm tra.',
        prompt: 'Yêu cầu / nhận xét kiểm tra:\n{input}\n\nLô hàng: {request}',
        replies: [
          {
            say: 'Tờ khai nháp MN-2703-07 (bản 1)\n| ô | nội dung |\n|---|---|\n| Mã HS | 0307.43.10 |\n| Số lượng | 1 520 thùng |\n| Khối lượng tịnh | 18 240 kg |\n| Khối lượng cả bì | 18 240 kg |\n| Trị giá FOB | 112 860,00 USD |',
          },
          {
            say: 'Tờ khai nháp MN-2703-07 (bản 2)\n| ô | nội dung |\n|---|---|\n| Mã HS | 0307.43.10 |\n| Số lượng | 1 520 thùng |\n| Khối lượng tịnh | 18 240 kg |\n| Khối lượng cả bì | 18 240 kg |\n| Trị giá FOB | 112 860,00 USD |',
          },
          {
            say: 'Tờ khai nháp MN-2703-07 (bản 3)\n| ô | nội dung |\n|---|---|\n| Mã HS | 0307.43.10 |\n| Số lượng | 1 520 thùng |\n| Khối lượng tịnh | 18 240 kg |\n| Khối lượng cả bì | 18 240 kg |\n| Trị giá FOB | 112 860,00 USD |',
          },
        ],
      },
      {
        name: 'kiem_tra_hai_quan',
        description: 'Kiểm tra tờ khai trước khi nộp',
        instructions: 'Trả lời "ĐẠT: <tóm tắt>" hoặc "CẦN SỬA: <nhận xét>".',
        prompt: 'Tờ khai cần kiểm tra:\n{input}',
        replies: [
          {
            say: 'CẦN SỬA: khối lượng tịnh ghi 18 240 kg là khối lượng cả bì; theo packing list tịnh là 16 720 kg. Sửa ô khối lượng tịnh.',
          },
          {
            say: 'CẦN SỬA: bản 2 ô khối lượng tịnh vẫn 18 240 kg, phải là 16 720 kg.',
          },
          {
            say: 'CẦN SỬA: bản 3 vẫn ghi tịnh 18 240 kg. Không chuyển nộp được.',
          },
        ],
      },
      {
        name: 'nop_vnaccs',
        description: 'Nộp tờ khai lên hệ thống VNACCS',
        instructions: 'Nộp tờ khai đã đạt, hoặc báo lý do chưa nộp.',
        prompt: 'Kết quả kiểm tra:\n{input}',
        replies: [
          {
            say: 'Tờ khai MN-2703-07 chưa nộp VNACCS: sau 3 vòng kiểm tra ô khối lượng tịnh vẫn 18 240 kg (đúng là 16 720 kg). Cut-off SI 12:00 ngày 24/03, đã báo trưởng phòng chứng từ.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'soan_to_khai', to: 'kiem_tra_hai_quan' },
      agent: 'soan_to_khai',
    },
  }),
  defineScenario({
    id: 'so-diep-hong-kong-nhan-truy-xuat-khong-doc-duoc',
    title:
      'Chương trình chờ JSON danh sách nhãn truy xuất; agent tạo nhãn trả một đoạn văn, bước đọc kết quả ném lỗi và máy in tem ở kho không bao giờ chạy',
    domain: 'nhãn truy xuất nguồn gốc thùng hàng đông lạnh',
    mast: ['FM-2.4'],
    request:
      'Lô sò điệp nửa vỏ đông lạnh SD-2703-15 đi Hồng Kông (840 thùng, 12 pallet). Tạo mã truy xuất cho từng thùng (định dạng JSON theo hệ thống nhãn), in tem tại kho lạnh Bình Dương.',
    topology: {
      shape: 'pipeline',
      order: ['lap_danh_sach_thung', 'tao_ma_truy_xuat', 'in_tem_kho'],
    },
    program: {
      crash: {
        agent: 'tao_ma_truy_xuat',
        error:
          'SyntaxError: Unexpected token \'Đ\', "Đã tạo 840"... is not valid JSON (label-service parseLabels)',
      },
    },
    agents: [
      {
        name: 'lap_danh_sach_thung',
        description: 'Lập danh sách thùng và pallet của lô',
        instructions: 'Liệt kê thùng theo pallet.',
        replies: [
          {
            call: 'lay_danh_sach_thung',
            args: { lo_hang: 'SD-2703-15' },
            result:
              '{"lo": "SD-2703-15", "pallet": 12, "thung": 840, "thung_moi_pallet": 70, "ma_thung_dau": "SD15-0001", "ma_thung_cuoi": "SD15-0840", "ngay_san_xuat": "2027-03-08", "han_dung": "2029-03-07"}',
          },
          {
            say: 'Lô SD-2703-15: 12 pallet × 70 thùng = 840 thùng, mã SD15-0001 → SD15-0840, NSX 08/03/2027, HSD 07/03/2029.',
          },
        ],
      },
      {
        name: 'tao_ma_truy_xuat',
        description: 'Tạo mã truy xuất cho từng thùng theo định dạng JSON của hệ thống nhãn',
        instructions: 'Trả về đúng một mảng JSON các nhãn {ma_thung, ma_truy_xuat, pallet}.',
        prompt: 'Danh sách thùng:\n{input}',
        replies: [
          {
            say: 'Đã tạo 840 mã truy xuất cho lô SD-2703-15, từ TX-SD15-HK-0001 (pallet 1) đến TX-SD15-HK-0840 (pallet 12). Mỗi pallet 70 nhãn, mã QR dẫn tới trang truy xuất của nhà máy DL 512.',
          },
        ],
      },
      {
        name: 'in_tem_kho',
        description: 'Gửi lệnh in tem xuống máy in ở kho lạnh',
        instructions: 'In tem theo danh sách nhãn.',
        prompt: 'Nhãn cần in:\n{input}',
        replies: [
          {
            call: 'gui_lenh_in',
            args: { may_in: 'ZEBRA-BD-03', so_tem: 840 },
            result: '{"lenh_in": "PR-0316-221", "trang_thai": "DANG_IN"}',
          },
          { say: 'Đã gửi 840 tem xuống ZEBRA-BD-03, lệnh PR-0316-221.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'tao_ma_truy_xuat', to: 'in_tem_kho' },
      agent: 'tao_ma_truy_xuat',
    },
  }),
  defineScenario({
    id: 'ca-mu-tuoi-bay-huong-dan-dong-goi-dut-giua',
    title:
      'Hướng dẫn đóng gói cá mú tươi đi máy bay bị cắt ngang ở giới hạn token sau bước 3 (chưa có lượng gel đá và nhiệt độ); email cho khách gửi đi như bản đầy đủ',
    domain: 'hàng thủy sản tươi ướp lạnh đi đường hàng không',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Khách Ocean Fresh (Singapore) đặt 600 kg cá mú đỏ tươi nguyên con, bay SGN → SIN chuyến VN 651 sáng 19/03/2027. Gửi khách hướng dẫn đóng gói và bảo quản lạnh cho hàng tươi.',
    topology: {
      shape: 'branch',
      classifier: 'phan_loai_yeu_cau',
      routes: { hang_tuoi: 'huong_dan_hang_tuoi', hang_dong: 'huong_dan_hang_dong' },
      after: 'soan_email_khach',
    },
    agents: [
      {
        name: 'phan_loai_yeu_cau',
        description: 'Phân loại yêu cầu theo loại hàng',
        instructions: 'Trả lời hang_tuoi hoặc hang_dong, kèm lý do ngắn.',
        replies: [{ say: 'hang_tuoi — cá mú đỏ tươi nguyên con, ướp lạnh 0–4°C, đi máy bay VN 651.' }],
      },
      {
        name: 'huong_dan_hang_tuoi',
        description: 'Viết hướng dẫn đóng gói hàng tươi ướp lạnh',
        instructions: 'Viết hướng dẫn đầy đủ các bước, có nhiệt độ và vật liệu.',
        prompt: 'Phân loại: {input}\n\nYêu cầu: {request}',
        replies: [
          {
            say: '### Hướng dẫn đóng gói cá mú đỏ tươi — VN 651 SGN→SIN\n\n1. Làm lạnh cá xuống 0–2°C tại xưởng ít nhất 2 giờ trước khi đóng.\n2. Thùng xốp EPS 60×40×30 cm, thành dày 3 cm, lót túi PE 2 lớp; tối đa 20 kg cá/thùng (30 thùng).\n3. Xếp cá một lớp, bụng quay xuống, giữa các lớp đặt tấm thấm nước; đặt gel đá',
            cutOff: true,
          },
        ],
      },
      {
        name: 'huong_dan_hang_dong',
        description: 'Viết hướng dẫn cho hàng đông lạnh',
        instructions: 'Viết hướng dẫn hàng đông lạnh.',
        replies: [{ say: 'Hàng đông lạnh: bảo quản ≤ −18°C, container 40RH, data logger mỗi 15 phút.' }],
      },
      {
        name: 'soan_email_khach',
        description: 'Soạn email gửi khách',
        instructions: 'Gửi hướng dẫn cho khách dưới dạng email.',
        prompt: 'Hướng dẫn:\n{input}',
        replies: [
          {
            say: 'Subject: Hướng dẫn đóng gói cá mú đỏ tươi — VN 651 ngày 19/03/2027\n\nKính gửi Ocean Fresh,\n\nDưới đây là hướng dẫn đầy đủ cho 600 kg cá mú đỏ tươi:\n\n1. Làm lạnh cá xuống 0–2°C ít nhất 2 giờ trước khi đóng.\n2. Thùng xốp EPS 60×40×30 cm, lót PE 2 lớp, tối đa 20 kg/thùng (30 thùng).\n3. Xếp cá một lớp, bụng quay xuống, giữa các lớp đặt tấm thấm nước; đặt gel đá.\n\nHàng sẽ được giao ra nhà ga hàng hóa TCS trước 04:30 sáng 19/03.\n\nTrân trọng.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'huong_dan_hang_tuoi', to: 'soan_email_khach' },
      agent: 'huong_dan_hang_tuoi',
    },
  }),
  defineScenario({
    id: 'ca-thu-po-giam-so-pallet-dieu-phoi-giao-so-cu',
    title:
      'Xác nhận đơn cho thấy PO bản 2 giảm từ 24 xuống 16 pallet; bộ định tuyến vẫn giao kho lạnh giữ 24 vị trí pallet',
    domain: 'giữ chỗ kho lạnh cảng cho cá thu cắt khúc',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Đơn PO-KF-27031 của Kyokuyo: cá thu cắt khúc đông lạnh, 21,6 tấn (24 pallet), đóng hàng tại kho lạnh cảng Cát Lái ngày 22/03/2027. Xác nhận lại đơn với khách rồi giữ chỗ kho lạnh.',
    topology: {
      shape: 'network',
      coordinator: 'dinh_tuyen_don_hang',
      workers: ['xac_nhan_don', 'giu_cho_kho_lanh'],
    },
    agents: [
      {
        name: 'dinh_tuyen_don_hang',
        description: 'Định tuyến công việc của đơn hàng giữa các bộ phận',
        instructions: 'Xác nhận đơn trước, sau đó giữ chỗ kho; kết thúc khi xong.',
        replies: [
          {
            handoff: 'xac_nhan_don',
            message: 'Xác nhận PO-KF-27031 của Kyokuyo trên cổng đơn hàng: số lượng, số pallet, ngày đóng.',
          },
          {
            handoff: 'giu_cho_kho_lanh',
            message:
              'Giữ 24 vị trí pallet (21,6 tấn cá thu cắt khúc, PO-KF-27031) tại kho lạnh Cát Lái, −22°C, ngày 21–22/03/2027.',
          },
          {
            say: 'PO-KF-27031 (Kyokuyo): đã giữ **24 vị trí pallet** tại kho lạnh Cát Lái (mã giữ chỗ KLCL-0321-118), −22°C, 21–22/03/2027. Đóng hàng ngày 22/03.',
          },
        ],
      },
      {
        name: 'xac_nhan_don',
        description: 'Đối chiếu đơn hàng trên cổng thông tin khách',
        instructions: 'Tra cổng đơn hàng và báo số liệu hiện hành.',
        replies: [
          {
            call: 'tra_cong_don_hang',
            args: { po: 'PO-KF-27031', khach: 'KYOKUYO' },
            result:
              '{"po": "PO-KF-27031", "ban": 2, "ngay_sua": "2027-03-14", "san_pham": "Frozen Spanish mackerel steak", "so_luong_kg": 14400, "so_pallet": 16, "ngay_dong_hang": "2027-03-22", "ban_truoc": {"ban": 1, "so_luong_kg": 21600, "so_pallet": 24}, "ghi_chu": "khách chuyển 8 pallet sang PO-KF-27044 tháng 4"}',
          },
          {
            say: 'PO-KF-27031 hiện là **bản 2** (sửa 14/03): 14,4 tấn = **16 pallet**, đóng hàng 22/03. Khách chuyển 8 pallet sang PO-KF-27044 (tháng 4).',
          },
        ],
      },
      {
        name: 'giu_cho_kho_lanh',
        description: 'Giữ vị trí pallet trong kho lạnh cảng',
        instructions: 'Giữ chỗ theo yêu cầu và báo mã.',
        replies: [
          {
            call: 'giu_vi_tri_pallet',
            args: { kho: 'KL-CATLAI', so_pallet: 24, nhiet_do: -22, tu: '2027-03-21', den: '2027-03-22' },
            result:
              '{"ma_giu_cho": "KLCL-0321-118", "so_pallet": 24, "khu": "C3", "phi_du_kien_vnd": 8640000}',
          },
          { say: 'Đã giữ 24 vị trí pallet khu C3, mã KLCL-0321-118, phí dự kiến 8.640.000 ₫.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'dinh_tuyen_don_hang', to: 'giu_cho_kho_lanh' },
      agent: 'dinh_tuyen_don_hang',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'tom-the-lo-di-my-doi-do-f-va-pound',
    title:
      'Thông số lô tôm thẻ đi Mỹ đổi từ °C, kg, dd/mm/yyyy sang °F, lbs, mm/dd/yyyy cho hồ sơ ISF; số liệu giữ nguyên',
    domain: 'chứng từ xuất khẩu tôm sang Hoa Kỳ',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      "Lô tôm thẻ bóc vỏ đông lạnh TT-US-2704 (1×40' lạnh) đi Long Beach. Lập thông số lô và chuyển sang đơn vị Mỹ để khai ISF 10+2 cho nhà nhập khẩu.",
    topology: {
      shape: 'pipeline',
      order: ['lap_thong_so_lo', 'chuyen_don_vi_my', 'soan_ho_so_isf'],
    },
    agents: [
      {
        name: 'lap_thong_so_lo',
        description: 'Lập thông số kỹ thuật lô hàng',
        instructions: 'Báo nhiệt độ, khối lượng, ngày theo hệ mét.',
        replies: [
          {
            call: 'lay_thong_so_lo',
            args: { lo_hang: 'TT-US-2704' },
            result:
              '{"lo": "TT-US-2704", "nhiet_do_c": -18, "tinh_kg": 19958, "ca_bi_kg": 21450, "thung": 2200, "ngay_dong": "14/04/2027", "container": "CAIU 556102-3"}',
          },
          {
            say: 'Lô TT-US-2704, container CAIU 556102-3: cài −18°C; tịnh 19 958 kg, cả bì 21 450 kg; 2 200 thùng; đóng hàng 14/04/2027.',
          },
        ],
      },
      {
        name: 'chuyen_don_vi_my',
        description: 'Chuyển thông số sang đơn vị dùng ở Hoa Kỳ',
        instructions: 'Đổi °C → °F, kg → lbs, ngày sang MM/DD/YYYY.',
        prompt: 'Thông số hệ mét:\n{input}',
        replies: [
          {
            say: 'TT-US-2704 / CAIU 556102-3 (đơn vị Mỹ):\n- Set temp: −0.4°F\n- Net weight: 44,000 lbs\n- Gross weight: 47,289 lbs\n- Cartons: 2,200\n- Stuffing date: 04/14/2027',
          },
        ],
      },
      {
        name: 'soan_ho_so_isf',
        description: 'Soạn dữ liệu ISF 10+2',
        instructions: 'Soạn bản tóm tắt ISF.',
        prompt: 'Thông số:\n{input}',
        replies: [
          {
            say: '## ISF 10+2 — TT-US-2704\n\n| mục | giá trị |\n|---|---|\n| Container | CAIU 556102-3 |\n| Commodity | Frozen peeled white shrimp, HTS 0306.17.0040 |\n| Set temperature | −0.4°F |\n| Net / gross | 44,000 lbs / 47,289 lbs |\n| Cartons | 2,200 |\n| Container stuffing date | 04/14/2027 |\n\nGửi nhà nhập khẩu xác nhận trước khi nộp, hạn 24 giờ trước khi xếp hàng lên tàu.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output / misunderstood_task: temperature, weights and date change form (°C→°F, kg→lbs, dd/mm→mm/dd) between agents but mean the same values',
  }),
  defineScenario({
    id: 'ca-tra-ho-so-chung-thu-thu-lai-sau-504',
    title:
      'Cổng nộp hồ sơ chứng thư trả 504 lần đầu; người nộp thử lại thành công và báo rõ cả hai lần cho điều phối',
    domain: 'chứng thư kiểm dịch cá tra',
    mast: ['FM-2.6'],
    request:
      "Lô cá tra phi lê CT-MX-0322 (2×40' lạnh, 48 tấn) đi Manzanillo (Mexico). Nộp hồ sơ xin chứng thư kiểm dịch và đặt xe lạnh đưa hàng ra Cát Lái ngày 24/03/2027.",
    topology: {
      shape: 'supervisor',
      coordinator: 'dieu_phoi_lo_mexico',
      workers: ['nop_ho_so_kiem_dich', 'dat_xe_ra_cang'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'dieu_phoi_lo_mexico',
        description: 'Điều phối lô hàng đi Mexico',
        instructions: 'Giao việc chứng thư và xe, rồi báo tổng hợp.',
        replies: [
          {
            handoff: 'nop_ho_so_kiem_dich',
            message:
              'Nộp hồ sơ xin chứng thư kiểm dịch cho lô CT-MX-0322 (48 tấn cá tra phi lê, thị trường Mexico).',
          },
          {
            handoff: 'dat_xe_ra_cang',
            message:
              'Đặt 2 xe lạnh có genset, kho Sa Đéc → Cát Lái, lấy hàng 05:00 ngày 24/03/2027, cài −20°C.',
          },
          {
            say: '## Lô CT-MX-0322 → Manzanillo\n\n- Hồ sơ chứng thư: mã HS-KD-2027-04418, nộp lúc 10:07 sau khi lần đầu cổng báo 504; hẹn kiểm tra lô 21/03\n- Xe lạnh: lệnh XL-0324-0015, 2 xe, lấy hàng 05:00 24/03 tại Sa Đéc',
          },
        ],
      },
      {
        name: 'nop_ho_so_kiem_dich',
        description: 'Nộp hồ sơ chứng thư lên cổng điện tử',
        instructions: 'Nộp hồ sơ, thử lại nếu lỗi tạm thời, báo đúng kết quả.',
        replies: [
          {
            call: 'nop_ho_so',
            args: { lo_hang: 'CT-MX-0322', thi_truong: 'MX', khoi_luong_kg: 48000 },
            result: { error: 'HTTP 504 Gateway Timeout — cổng một cửa quốc gia không phản hồi sau 60 s' },
          },
          {
            call: 'nop_ho_so',
            args: { lo_hang: 'CT-MX-0322', thi_truong: 'MX', khoi_luong_kg: 48000 },
            result:
              '{"ma_ho_so": "HS-KD-2027-04418", "trang_thai": "DA_TIEP_NHAN", "thoi_diem": "2027-03-18T10:07", "lich_kiem_tra_lo": "2027-03-21"}',
          },
          {
            say: 'Lần nộp đầu bị 504 (cổng không phản hồi), lần thứ hai được tiếp nhận: mã HS-KD-2027-04418 lúc 10:07 ngày 18/03, lịch kiểm tra lô 21/03.',
          },
        ],
      },
      {
        name: 'dat_xe_ra_cang',
        description: 'Đặt xe lạnh ra cảng',
        instructions: 'Đặt xe và báo mã lệnh.',
        replies: [
          {
            call: 'dat_xe',
            args: { tu: 'Kho Sa Đéc', den: 'Cát Lái', so_xe: 2, gio: '2027-03-24T05:00', nhiet_do: -20 },
            result:
              '{"ma_lenh": "XL-0324-0015", "xe": ["66C-104.28", "66C-119.07"], "trang_thai": "DA_XAC_NHAN"}',
          },
          { say: 'Lệnh XL-0324-0015: 66C-104.28 và 66C-119.07, lấy hàng 05:00 24/03.' },
        ],
      },
    ],
    expected: null,
    nearMissOf: 'agent_error: a tool error that the agent retried successfully and reported openly',
  }),
  defineScenario({
    id: 'oc-huong-lui-ngay-tau-xe-theo-ngay-moi',
    title: 'Lịch tàu lùi ETD từ 22/03 sang 24/03; điều xe nhắc lại ngày cũ nhưng đặt xe theo ngày mới',
    domain: 'điều xe lạnh theo lịch tàu',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      "Lô ốc hương đông lạnh OH-2703-04 (1×20' lạnh, 9,8 tấn) đi Thượng Hải, tàu SITC HAIPHONG 2311N dự kiến chạy 22/03/2027. Kiểm tra lịch tàu rồi đặt xe lạnh ra cảng.",
    topology: {
      shape: 'swarm',
      entry: 'tiep_nhan_yeu_cau',
      agents: ['tiep_nhan_yeu_cau', 'kiem_tra_lich_tau', 'dat_xe_lanh_cang'],
    },
    agents: [
      {
        name: 'tiep_nhan_yeu_cau',
        description: 'Tiếp nhận yêu cầu và chuyển bộ phận',
        instructions: 'Chuyển sang kiểm tra lịch tàu.',
        replies: [
          {
            handoff: 'kiem_tra_lich_tau',
            message: 'Lô OH-2703-04, 1×20RF, SITC HAIPHONG 2311N, dự kiến 22/03: nhờ xác nhận lịch tàu.',
          },
        ],
      },
      {
        name: 'kiem_tra_lich_tau',
        description: 'Kiểm tra lịch tàu hiện hành',
        instructions: 'Tra lịch và chuyển sang điều xe.',
        replies: [
          {
            call: 'tra_lich',
            args: { tau: 'SITC HAIPHONG', chuyen: '2311N', cang: 'VNCLI' },
            result:
              '{"etd": "2027-03-24T18:00", "cut_off_cy": "2027-03-23T17:00", "etd_cu": "2027-03-22T18:00", "ly_do": "tắc luồng tại cảng Nam Sa"}',
          },
          {
            handoff: 'dat_xe_lanh_cang',
            message:
              'SITC HAIPHONG 2311N lùi ETD từ 22/03 sang 18:00 ngày 24/03, cut-off CY 17:00 ngày 23/03. Nhờ đặt xe cho OH-2703-04.',
          },
        ],
      },
      {
        name: 'dat_xe_lanh_cang',
        description: 'Đặt xe lạnh ra cảng',
        instructions: 'Đặt xe theo cut-off hiện hành và trả lời khách.',
        replies: [
          {
            call: 'dat_xe',
            args: {
              container: '20RF',
              lo_hang: 'OH-2703-04',
              gio_lay: '2027-03-23T07:00',
              han_ha_bai: '2027-03-23T17:00',
            },
            result: '{"ma_lenh": "XL-0323-0041", "xe": "51D-332.80", "du_kien_ha_bai": "2027-03-23T10:30"}',
          },
          {
            say: '**OH-2703-04 — xe lạnh ra Cát Lái**\n\n- Tàu SITC HAIPHONG 2311N chạy 24/03 (không còn là 22/03), cut-off 17:00 23/03\n- Xe 51D-332.80, lệnh XL-0323-0041, lấy hàng 07:00 ngày 23/03, dự kiến hạ bãi 10:30',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the superseded ETD 22/03 is still mentioned, but the truck is booked on the new cut-off of 23/03',
  }),
  defineScenario({
    id: 'bach-tuoc-gia-tham-khao-khong-dung-den',
    title:
      'Nhánh tùy chọn tra giá tham khảo bạch tuộc trả về kết quả không dùng được; tổng hợp chỉ dựa vào container và kiểm nghiệm',
    domain: 'chuẩn bị lô bạch tuộc đông lạnh đi Hàn Quốc',
    mast: ['FM-2.4', 'FM-3.1'],
    request:
      "Chuẩn bị lô bạch tuộc nguyên con đông lạnh BT-2703-11 (1×40' lạnh, 20 tấn) đi Incheon: đặt container và đăng ký kiểm nghiệm. Nếu tiện thì kèm giá tham khảo thị trường, không bắt buộc.",
    topology: {
      shape: 'fanout',
      planner: 'chia_viec_lo_bach_tuoc',
      workers: ['dat_container_incheon', 'dang_ky_kiem_nghiem', 'tra_gia_tham_khao'],
      aggregator: 'tong_hop_bach_tuoc',
    },
    agents: [
      {
        name: 'chia_viec_lo_bach_tuoc',
        description: 'Chia việc chuẩn bị lô hàng',
        instructions: 'Viết brief cho mỗi bộ phận.',
        replies: [
          {
            plan: {
              dat_container_incheon: 'Đặt 1×40RH −20°C cho BT-2703-11, Cát Lái → Incheon, ETD tuần 13.',
              dang_ky_kiem_nghiem: 'Đăng ký kiểm nghiệm vi sinh và kim loại nặng cho lô BT-2703-11 (20 tấn).',
              tra_gia_tham_khao:
                'Tùy chọn: giá tham khảo bạch tuộc đông lạnh CFR Incheon tuần này, nếu có nguồn.',
            },
          },
        ],
      },
      {
        name: 'dat_container_incheon',
        description: 'Đặt container lạnh',
        instructions: 'Đặt container theo brief.',
        replies: [
          {
            call: 'dat_booking',
            args: { cang_den: 'KRINC', loai: '40RH', nhiet_do: -20 },
            result: '{"booking": "SNKO-SGN-27-3391", "tau": "SINOKOR INCHEON 2713N", "etd": "2027-03-30"}',
          },
          { say: 'Booking SNKO-SGN-27-3391, SINOKOR INCHEON 2713N, ETD 30/03, 1×40RH −20°C.' },
        ],
      },
      {
        name: 'dang_ky_kiem_nghiem',
        description: 'Đăng ký kiểm nghiệm lô hàng',
        instructions: 'Đăng ký và báo lịch lấy mẫu.',
        replies: [
          {
            call: 'dang_ky_mau',
            args: { lo_hang: 'BT-2703-11', chi_tieu: 'vi_sinh,kim_loai_nang' },
            result: '{"ma_phieu": "KN-27-07715", "lay_mau": "2027-03-22T09:00", "tra_ket_qua": "2027-03-26"}',
          },
          { say: 'Phiếu KN-27-07715: lấy mẫu 09:00 22/03, trả kết quả 26/03.' },
        ],
      },
      {
        name: 'tra_gia_tham_khao',
        description: 'Tra giá tham khảo thị trường (tùy chọn)',
        instructions: 'Tra giá nếu có nguồn.',
        replies: [
          {
            say: 'Giá tham khảo bạch tuộc CFR Incheon: khoảng 4,20 USD/kg theo bản tin tuần trước, tuy nhiên bản tin tuần này ghi 6,90 USD/kg cho cùng quy cách; chưa rõ số nào đúng.',
          },
        ],
      },
      {
        name: 'tong_hop_bach_tuoc',
        description: 'Tổng hợp kế hoạch lô hàng',
        instructions: 'Gộp kết quả bắt buộc thành kế hoạch; phần tùy chọn chỉ đưa vào nếu đáng tin.',
        replies: [
          {
            say: '## Lô BT-2703-11 → Incheon\n\n| việc | kết quả |\n|---|---|\n| Container | SNKO-SGN-27-3391, SINOKOR INCHEON 2713N, ETD 30/03, 40RH −20°C |\n| Kiểm nghiệm | KN-27-07715, lấy mẫu 09:00 22/03, kết quả 26/03 |\n\nKết quả kiểm nghiệm có trước cut-off, lô kịp chuyến 30/03.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output: the optional market-price branch answers with two contradictory prices, but the aggregator leaves it out of the plan',
  }),
  defineScenario({
    id: 'cua-thit-dong-lanh-tra-ket-qua-ma-lo-dem-pallet',
    title:
      'Hai trưởng nhóm trả về C/O form VJ và biên bản đếm pallet đầy mã lô, số container, số seal; điều phối tổng hợp đúng các số',
    domain: 'chứng từ và kiểm đếm lô thịt cua đông lạnh đi Nhật',
    mast: ['FM-1.4', 'FM-2.4'],
    request:
      "Lô thịt cua đông lạnh CU-JP-2703 (2 container 20' lạnh) đi Yokohama cho khách Nichirei. Làm C/O form VJ và kiểm đếm pallet trước khi niêm phong.",
    topology: {
      shape: 'nested',
      top: 'tong_dieu_phoi',
      teams: {
        truong_chung_tu: ['lap_co_form_vj'],
        truong_kho: ['kiem_dem_pallet'],
      },
    },
    agents: [
      {
        name: 'tong_dieu_phoi',
        description: 'Tổng điều phối lô hàng',
        instructions: 'Giao việc cho hai trưởng nhóm và tổng hợp.',
        replies: [
          {
            handoff: 'truong_chung_tu',
            message: 'Lô CU-JP-2703: lập C/O form VJ cho 2×20RF đi Yokohama, khách Nichirei.',
          },
          {
            handoff: 'truong_kho',
            message: 'Lô CU-JP-2703: kiểm đếm pallet 2 container trước khi niêm phong.',
          },
          {
            say: '## CU-JP-2703 → Yokohama (Nichirei)\n\n**C/O form VJ:** VN-JP 27 01/00482, ngày 17/03/2027, tiêu chí xuất xứ WO, mã HS 0306.14.\n\n**Kiểm đếm:**\n| container | seal | pallet | thùng | tịnh (kg) |\n|---|---|---|---|---|\n| TRIU 804411-6 | VN27-118842 | 10 | 800 | 8 000 |\n| SZLU 920017-2 | VN27-118843 | 10 | 784 | 7 840 |\n| **Tổng** | | **20** | **1 584** | **15 840** |\n\nPallet P-17 thiếu 16 thùng so với kế hoạch đã được bù sang đợt CU-JP-2704 theo xác nhận của khách; niêm phong xong 17/03 15:20.',
          },
        ],
      },
      {
        name: 'truong_chung_tu',
        description: 'Trưởng nhóm chứng từ',
        instructions: 'Giao việc C/O và báo lại kết quả.',
        replies: [
          {
            handoff: 'lap_co_form_vj',
            message: 'Lập C/O form VJ cho lô CU-JP-2703 (thịt cua đông lạnh, 2×20RF, Yokohama).',
          },
          { say: 'C/O form VJ số VN-JP 27 01/00482 cấp 17/03/2027, tiêu chí WO, HS 0306.14.' },
        ],
      },
      {
        name: 'lap_co_form_vj',
        description: 'Lập C/O ưu đãi Việt Nam – Nhật Bản',
        instructions: 'Khai và báo số C/O.',
        replies: [
          {
            call: 'khai_co_ecosys',
            args: { lo_hang: 'CU-JP-2703', form: 'VJ', ma_hs: '0306.14', tieu_chi: 'WO' },
            result:
              '{"so_co": "VN-JP 27 01/00482", "ngay_cap": "2027-03-17", "trang_thai": "DA_CAP", "to_chuc_cap": "Phòng QLXNK khu vực TP.HCM"}',
          },
          { say: 'C/O VN-JP 27 01/00482 đã cấp 17/03/2027 (WO, HS 0306.14).' },
        ],
      },
      {
        name: 'truong_kho',
        description: 'Trưởng kho lạnh',
        instructions: 'Giao việc kiểm đếm và báo lại kết quả.',
        replies: [
          {
            handoff: 'kiem_dem_pallet',
            message: 'Đếm pallet và thùng lô CU-JP-2703, 2 container, đối chiếu kế hoạch 1 600 thùng.',
          },
          {
            say: 'Kiểm đếm CU-JP-2703: TRIU 804411-6 (seal VN27-118842) 10 pallet/800 thùng/8 000 kg; SZLU 920017-2 (seal VN27-118843) 10 pallet/784 thùng/7 840 kg; tổng 1 584 thùng. P-17 thiếu 16 thùng, khách đồng ý bù sang CU-JP-2704. Niêm phong 15:20 17/03.',
          },
        ],
      },
      {
        name: 'kiem_dem_pallet',
        description: 'Kiểm đếm pallet và thùng bằng máy quét',
        instructions: 'Quét và báo số liệu từng container.',
        replies: [
          {
            call: 'quet_pallet',
            args: { lo_hang: 'CU-JP-2703' },
            result:
              '{"container": [{"so": "TRIU 804411-6", "seal": "VN27-118842", "pallet": 10, "thung": 800, "tinh_kg": 8000}, {"so": "SZLU 920017-2", "seal": "VN27-118843", "pallet": 10, "thung": 784, "tinh_kg": 7840, "lech": [{"pallet": "P-17", "ke_hoach": 80, "thuc_te": 64}]}], "tong_thung": 1584, "ke_hoach_thung": 1600, "xac_nhan_khach": "Nichirei đồng ý bù 16 thùng sang CU-JP-2704 (email 17/03 13:02)", "niem_phong": "2027-03-17T15:20"}',
          },
          {
            say: 'TRIU 804411-6 / VN27-118842: 10 pallet, 800 thùng, 8 000 kg. SZLU 920017-2 / VN27-118843: 10 pallet, 784 thùng, 7 840 kg (P-17: 64/80). Tổng 1 584/1 600; Nichirei đồng ý bù 16 thùng sang CU-JP-2704. Niêm phong 15:20 17/03.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'lost_message / low_quality_output: long hand-backs full of container, seal and lot numbers and a 16-carton shortfall, all carried up correctly and explained',
  }),
  defineScenario({
    id: 'ca-ngu-loin-phan-luong-eu-bo-lo-han-ngan',
    title:
      'Nhánh EU loại lô cá ngừ loin có hạn dùng còn dưới 18 tháng đúng như yêu cầu; tổng hợp báo rõ lô bị loại',
    domain: 'xuất cá ngừ loin đông lạnh theo thị trường',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Xuất cá ngừ vây vàng loin đông lạnh CO đi Hamburg (thị trường EU). Khách yêu cầu hạn dùng còn lại tối thiểu 18 tháng tính từ ngày đóng hàng 25/03/2027, lô nào không đạt thì loại. Kho có các lô LN-2701, LN-2702, LN-2703.',
    topology: {
      shape: 'branch',
      classifier: 'phan_luong_thi_truong',
      routes: { eu: 'xuat_thi_truong_eu', my: 'xuat_thi_truong_my' },
      after: 'tong_hop_xuat_hang',
    },
    agents: [
      {
        name: 'phan_luong_thi_truong',
        description: 'Phân luồng đơn theo thị trường',
        instructions: 'Trả lời eu hoặc my.',
        replies: [{ say: 'eu — Hamburg, Đức.' }],
      },
      {
        name: 'xuat_thi_truong_eu',
        description: 'Chọn lô và quy cách cho thị trường EU',
        instructions: 'Chọn lô đạt yêu cầu khách, báo lô bị loại và lý do.',
        prompt: 'Thị trường: {input}\n\nYêu cầu: {request}',
        replies: [
          {
            call: 'tra_han_dung_lo',
            args: { lo: ['LN-2701', 'LN-2702', 'LN-2703'] },
            result:
              '[{"lo": "LN-2701", "nsx": "2026-02-10", "hsd": "2028-02-09", "tinh_kg": 6200}, {"lo": "LN-2702", "nsx": "2026-11-05", "hsd": "2028-11-04", "tinh_kg": 7100}, {"lo": "LN-2703", "nsx": "2027-01-18", "hsd": "2029-01-17", "tinh_kg": 6900}]',
          },
          {
            say: 'Tính từ 25/03/2027:\n\n| lô | HSD | còn lại | kết luận |\n|---|---|---|---|\n| LN-2701 | 09/02/2028 | ~10,5 tháng | loại |\n| LN-2702 | 04/11/2028 | ~19,3 tháng | đạt |\n| LN-2703 | 17/01/2029 | ~21,8 tháng | đạt |\n\nXuất LN-2702 + LN-2703 = 14 000 kg.',
          },
        ],
      },
      {
        name: 'xuat_thi_truong_my',
        description: 'Chọn lô cho thị trường Mỹ',
        instructions: 'Chọn lô cho thị trường Mỹ.',
        replies: [{ say: 'Thị trường Mỹ: chọn lô theo yêu cầu FDA.' }],
      },
      {
        name: 'tong_hop_xuat_hang',
        description: 'Tổng hợp kế hoạch xuất hàng',
        instructions: 'Viết kế hoạch gửi khách.',
        prompt: 'Kết quả chọn lô:\n{input}',
        replies: [
          {
            say: '## Cá ngừ vây vàng loin CO → Hamburg, đóng hàng 25/03/2027\n\n- Xuất: **LN-2702** (7 100 kg, HSD 04/11/2028) và **LN-2703** (6 900 kg, HSD 17/01/2029) — tổng 14 000 kg\n- Không xuất: LN-2701 (HSD 09/02/2028, còn khoảng 10,5 tháng, dưới mức 18 tháng khách yêu cầu)',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task: one lot of three is left out, but the request itself excludes lots with under 18 months of shelf life left',
  }),
];

export const blindBatch180Scenarios = [...faults, ...healthy];
