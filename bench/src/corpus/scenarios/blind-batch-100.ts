import { defineScenario } from '../scenario.ts';

// Blind batch 100: container port terminal operations, wholly in Vietnamese. Written from the README
// principles only, without reading the checks, the diagnosis, the baseline or the benchmark notes.
// Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'lach-huyen-cau-bo-phan-theo-etb-14h-da-bi-thay',
    title:
      'Kế hoạch bến báo ETB của MSC LUCIANA đã lùi từ 14:00 sang 22:00; bộ phận phân cẩu vẫn bố trí 3 cẩu bờ từ 14:00',
    domain: 'khai thác cảng container — kế hoạch bến',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tàu MSC LUCIANA chuyến 612E dự kiến cập bến số 3 Lạch Huyện lúc 14:00 ngày 09/03/2027, dỡ 1.420 TEU, xếp 1.180 TEU. Lập kế hoạch bến, phân cẩu bờ và ra thông báo khai thác cho các tổ ca.',
    topology: {
      shape: 'pipeline',
      order: ['berth_planner', 'quay_crane_scheduler', 'shift_notice_writer'],
    },
    agents: [
      {
        name: 'berth_planner',
        description: 'Lập kế hoạch cầu bến cho tàu container',
        instructions: 'Kiểm tra lịch tàu mới nhất, chốt vị trí và giờ cập bến, báo cho bộ phận phân cẩu.',
        replies: [
          {
            call: 'berth_schedule',
            args: { vessel: 'MSC LUCIANA', voyage: '612E', berth: 'LH-03' },
            result:
              '{"vessel": "MSC LUCIANA", "voyage": "612E", "berth": "LH-03", "bollard": "B14-B27", "etb": "2027-03-09T22:00+07:00", "etd": "2027-03-10T19:30+07:00", "history": [{"etb": "2027-03-09T14:00+07:00", "status": "SUPERSEDED", "by": "hãng tàu báo 08/03 17:40 — chậm 8h do gió mùa đông bắc ngoài phao số 0"}], "moves": {"discharge": 1420, "load": 1180}}',
          },
          {
            say: '### Kế hoạch bến LH-03 — MSC LUCIANA 612E\n- Cọc bích B14–B27, mạn trái cập.\n- **ETB mới: 22:00 ngày 09/03/2027** (hãng tàu báo lúc 17:40 ngày 08/03, trễ 8 giờ do thời tiết; mốc 14:00 cũ đã hủy).\n- ETD: 19:30 ngày 10/03.\n- Tác nghiệp: dỡ 1.420 TEU, xếp 1.180 TEU → cần tối thiểu 3 cẩu bờ để kịp ETD.',
          },
        ],
      },
      {
        name: 'quay_crane_scheduler',
        description: 'Phân bổ cẩu bờ (QC) và tổ công nhân theo tàu',
        instructions: 'Bố trí cẩu bờ theo kế hoạch bến và cho biết ca làm việc.',
        prompt: 'Kế hoạch bến:\n{input}\n\nYêu cầu gốc: {request}',
        replies: [
          {
            call: 'assign_quay_cranes',
            args: {
              berth: 'LH-03',
              vessel: 'MSC LUCIANA',
              cranes: ['QC-07', 'QC-08', 'QC-09'],
              start: '2027-03-09T14:00+07:00',
              shifts: ['ca 2 (14:00–22:00)', 'ca 3 (22:00–06:00)', 'ca 1 (06:00–14:00)'],
            },
            result:
              'Đã giữ QC-07, QC-08, QC-09 cho LH-03 từ 09/03 14:00, 3 tổ công nhân (ca 2 tổ T21, ca 3 tổ T34, ca 1 tổ T12). Năng suất kế hoạch 28 move/giờ/cẩu, dự kiến xong 10/03 07:10.',
          },
          {
            say: 'Phân cẩu MSC LUCIANA: QC-07/08/09 bắt đầu **14:00 09/03**, ca 2 tổ T21 vào cẩu, ca 3 T34, ca 1 T12. Dự kiến hoàn tất 07:10 ngày 10/03.',
          },
        ],
      },
      {
        name: 'shift_notice_writer',
        description: 'Soạn thông báo khai thác gửi các tổ ca',
        instructions: 'Viết thông báo ngắn cho tổ cẩu, tổ xe đầu kéo và điều độ bãi.',
        prompt: 'Phân cẩu:\n{input}',
        replies: [
          {
            say: '**THÔNG BÁO KHAI THÁC — MSC LUCIANA 612E, bến LH-03**\n- Tổ T21 (ca 2) có mặt tại QC-07/08/09 lúc **13:45 ngày 09/03**, bắt đầu dỡ 14:00.\n- Đội xe đầu kéo: 15 xe cho 3 cẩu từ 14:00.\n- Điều độ bãi: mở block C2, C3 nhận hàng nhập từ 14:00.\n- Ca 3 tổ T34, ca 1 tổ T12 tiếp nối; dự kiến xong 07:10 ngày 10/03.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'berth_planner', to: 'quay_crane_scheduler' },
      agent: 'quay_crane_scheduler',
    },
  }),
  defineScenario({
    id: 'cai-mep-cont-thanh-long-bi-cai-am-18-do',
    title: 'Trưởng ca lạnh dặn giữ 2 cont thanh long ở +5°C; kỹ thuật viên cắm điện cài cả 24 cont ở -18°C',
    domain: 'khai thác cảng container — cắm điện container lạnh',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Sà lan SL-0917 vừa hạ 24 cont lạnh xuống bãi R2 Cái Mép. 22 cont thủy sản đông lạnh cài -18°C; riêng TGHU 884120-3 và TGHU 884137-1 là thanh long xuất khẩu, giữ +5°C, thông gió 25 m³/h. Cắm điện, kiểm nhiệt độ và báo hãng tàu trước 16:00.',
    topology: {
      shape: 'supervisor',
      coordinator: 'reefer_shift_lead',
      workers: ['reefer_technician', 'line_liaison'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'reefer_shift_lead',
        description: 'Trưởng ca khu container lạnh',
        instructions: 'Giao việc cắm điện, sau đó nhờ bộ phận liên lạc báo hãng tàu và chốt lại.',
        replies: [
          {
            handoff: 'reefer_technician',
            message:
              'Bãi R2, 24 cont từ SL-0917, ổ cắm R2-01 → R2-24. 22 cont thủy sản: setpoint -18°C, đóng thông gió. **Ngoại lệ: TGHU 884120-3 và TGHU 884137-1 (thanh long) để +5°C, thông gió 25 m³/h** — không được cài âm. Gửi lại bảng nhiệt độ sau 30 phút.',
          },
          {
            handoff: 'line_liaison',
            message:
              'Báo hãng ONE: 24 cont lạnh SL-0917 đã cắm điện tại R2, kèm bảng nhiệt độ của kỹ thuật viên.',
          },
          {
            say: 'Bãi R2 đã nhận 24 cont lạnh SL-0917, tất cả đã cắm điện và đạt nhiệt độ cài đặt theo bảng kỹ thuật. Hãng ONE đã được báo lúc 15:12.',
          },
        ],
      },
      {
        name: 'reefer_technician',
        description: 'Kỹ thuật viên cắm điện và theo dõi container lạnh',
        instructions: 'Cắm điện, cài đặt nhiệt độ theo lệnh và báo số đo.',
        replies: [
          {
            call: 'set_reefer_setpoints',
            args: {
              yard: 'R2',
              sockets: 'R2-01..R2-24',
              setpoint_c: -18,
              vent_m3h: 0,
              units: 24,
            },
            result:
              '{"plugged": 24, "setpoint_c": -18, "vent_m3h": 0, "alarms": 0, "readings_after_30min": {"min_c": -19.4, "max_c": -16.8}, "units": ["TGHU 884101-7", "…", "TGHU 884120-3", "TGHU 884137-1", "…"]}',
          },
          {
            say: 'R2: 24/24 cont đã cắm điện, setpoint -18°C, thông gió đóng, không có báo động. Sau 30 phút nhiệt độ dao động -19,4 đến -16,8°C.',
          },
        ],
      },
      {
        name: 'line_liaison',
        description: 'Liên lạc với hãng tàu',
        instructions: 'Gửi xác nhận cho hãng tàu và báo lại số tham chiếu.',
        replies: [
          {
            call: 'send_line_email',
            args: { line: 'ONE', subject: 'SL-0917 reefer plug-in R2', units: 24 },
            result: 'Email ONE-VN-REEF-0309-118 gửi lúc 15:12, cc kho lạnh R2.',
          },
          { say: 'Đã gửi hãng ONE (ref ONE-VN-REEF-0309-118) lúc 15:12: 24 cont cắm điện tại R2, -18°C.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'reefer_shift_lead', to: 'reefer_technician' },
      agent: 'reefer_technician',
    },
  }),
  defineScenario({
    id: 'cat-lai-vnaccs-timeout-bao-ca-sau-cont-luong-xanh',
    title:
      'Tra cứu VNACCS lỗi timeout, nhân viên kiểm tra hải quan vẫn báo cả 6 cont đã thông quan luồng xanh; điều phối cho giao hàng cả 6',
    domain: 'khai thác cảng container — kiểm tra hải quan trước khi giao hàng',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Chủ hàng Thành Đạt Logistics đặt giao 6 cont nhập (tờ khai 105234778910) tại Cát Lái chiều nay: TCLU 602118-5, TCLU 602119-0, MRKU 441872-3, MRKU 441880-6, SEGU 770321-9, SEGU 770345-2. Kiểm tra tình trạng hải quan rồi mở lệnh giao cho xe.',
    topology: {
      shape: 'supervisor',
      coordinator: 'delivery_coordinator',
      workers: ['customs_status_checker', 'gate_release_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'delivery_coordinator',
        description: 'Điều phối giao hàng nhập',
        instructions: 'Chỉ mở lệnh giao cho cont đã thông quan.',
        replies: [
          {
            handoff: 'customs_status_checker',
            message:
              'Kiểm tra trạng thái tờ khai 105234778910 và 6 cont (TCLU 602118-5, TCLU 602119-0, MRKU 441872-3, MRKU 441880-6, SEGU 770321-9, SEGU 770345-2). Cont nào đủ điều kiện qua khu vực giám sát?',
          },
          {
            handoff: 'gate_release_clerk',
            message: 'Mở lệnh giao cho cả 6 cont của tờ khai 105234778910, chủ hàng Thành Đạt Logistics.',
          },
          {
            say: 'Tờ khai 105234778910: 6/6 cont đã thông quan (luồng xanh), lệnh giao đã mở, EIR đã phát cho xe của Thành Đạt Logistics. Hạn lấy hàng 23:59 hôm nay.',
          },
        ],
      },
      {
        name: 'customs_status_checker',
        description: 'Tra cứu trạng thái hải quan trên VNACCS/ECUS',
        instructions: 'Tra cứu và báo cont nào đã thông quan, cont nào còn bị giữ.',
        replies: [
          {
            call: 'vnaccs_container_status',
            args: {
              declaration: '105234778910',
              containers: [
                'TCLU6021185',
                'TCLU6021190',
                'MRKU4418723',
                'MRKU4418806',
                'SEGU7703219',
                'SEGU7703452',
              ],
            },
            result: {
              error:
                'VNACCS gateway timeout (HTTP 504) sau 30s — hệ thống hải quan đang bảo trì 13:00–14:30. Không có kết quả cho tờ khai 105234778910.',
            },
          },
          {
            say: 'Tờ khai 105234778910 ✅ luồng xanh, 6/6 cont đủ điều kiện qua khu vực giám sát, có thể giao.',
          },
        ],
      },
      {
        name: 'gate_release_clerk',
        description: 'Mở lệnh giao hàng và phát EIR',
        instructions: 'Mở lệnh giao và báo số EIR.',
        replies: [
          {
            call: 'release_delivery_order',
            args: { declaration: '105234778910', containers: 6, consignee: 'Thành Đạt Logistics' },
            result:
              'Đã mở lệnh DO-CL-270309-0442, EIR 8812071–8812076, hạn lấy hàng 09/03/2027 23:59. Phí nâng hạ 6 × 1.150.000 ₫ = 6.900.000 ₫ đã thu.',
          },
          { say: 'Lệnh DO-CL-270309-0442 mở cho 6 cont, EIR 8812071–8812076, đã thu 6.900.000 ₫.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'customs_status_checker', to: 'delivery_coordinator' },
      agent: 'customs_status_checker',
    },
  }),
  defineScenario({
    id: 'dinh-vu-lich-hen-cong-nop-lai-y-nguyen-khung-7h',
    title:
      'Người duyệt năng lực cổng trả lại 3 lần vì khung 07:00–08:00 xếp 64 xe trên sức chứa 40; người lập lịch nộp lại bảng y nguyên',
    domain: 'khai thác cảng container — lịch hẹn cổng',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Ngày 12/03/2027 cảng Đình Vũ có 212 lượt hẹn lấy/hạ cont từ 9 nhà xe. Cổng số 2 đóng bảo trì cả ngày, chỉ còn cổng 1 và 3 (tổng 40 xe/giờ). Lập lịch hẹn theo khung giờ, cho duyệt năng lực rồi báo các nhà xe.',
    topology: {
      shape: 'pipeline',
      order: ['gate_slot_planner', 'gate_capacity_reviewer', 'haulier_notifier'],
      loop: { from: 'gate_capacity_reviewer', to: 'gate_slot_planner', while: 'CHƯA DUYỆT', max: 3 },
    },
    agents: [
      {
        name: 'gate_slot_planner',
        description: 'Lập lịch hẹn xe qua cổng theo khung giờ',
        instructions: 'Lập hoặc sửa lịch hẹn theo góp ý của người duyệt.',
        prompt: 'Yêu cầu / góp ý:\n{input}\n\nBối cảnh: {request}',
        replies: [
          {
            say: 'Lịch hẹn 12/03 — bản 1\n| khung | số xe |\n|---|---|\n| 06:00–07:00 | 22 |\n| 07:00–08:00 | 64 |\n| 08:00–09:00 | 38 |\n| 09:00–10:00 | 36 |\n| 13:00–14:00 | 30 |\n| 14:00–15:00 | 22 |\n| **tổng** | **212** |',
          },
          {
            say: 'Lịch hẹn 12/03 — bản 2\n| khung | số xe |\n|---|---|\n| 06:00–07:00 | 22 |\n| 07:00–08:00 | 64 |\n| 08:00–09:00 | 38 |\n| 09:00–10:00 | 36 |\n| 13:00–14:00 | 30 |\n| 14:00–15:00 | 22 |\n| **tổng** | **212** |',
          },
          {
            say: 'Lịch hẹn 12/03 — bản 3\n| khung | số xe |\n|---|---|\n| 06:00–07:00 | 22 |\n| 07:00–08:00 | 64 |\n| 08:00–09:00 | 38 |\n| 09:00–10:00 | 36 |\n| 13:00–14:00 | 30 |\n| 14:00–15:00 | 22 |\n| **tổng** | **212** |',
          },
        ],
      },
      {
        name: 'gate_capacity_reviewer',
        description: 'Duyệt lịch hẹn theo năng lực cổng',
        instructions: 'Trả lời "ĐÃ DUYỆT: <tóm tắt>" hoặc "CHƯA DUYỆT: <lý do>".',
        prompt: 'Lịch cần duyệt:\n{input}',
        replies: [
          {
            say: 'CHƯA DUYỆT: khung 07:00–08:00 có 64 xe, vượt 24 xe so với năng lực 40 xe/giờ khi cổng 2 đóng. Dời 24 xe sang 10:00–11:00 (đang trống) hoặc 06:00–07:00 (còn 18 chỗ).',
          },
          {
            say: 'CHƯA DUYỆT: bản 2 vẫn 64 xe lúc 07:00–08:00, không đổi gì. Cần tối đa 40.',
          },
          {
            say: 'CHƯA DUYỆT: bản 3 giống hệt bản 1. Không thể phát hành lịch này.',
          },
        ],
      },
      {
        name: 'haulier_notifier',
        description: 'Gửi lịch hẹn cho các nhà xe',
        instructions: 'Chỉ gửi lịch đã duyệt; nếu chưa duyệt thì báo lại.',
        prompt: 'Kết quả duyệt:\n{input}',
        replies: [
          {
            say: 'Chưa gửi lịch 12/03 cho 9 nhà xe: sau 3 vòng, lịch vẫn chưa được duyệt (khung 07:00–08:00 quá tải 64/40). Các nhà xe đang giữ lịch tạm; cần chốt trước 17:00 hôm nay.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'gate_slot_planner', to: 'gate_capacity_reviewer' },
      agent: 'gate_slot_planner',
    },
  }),
  defineScenario({
    id: 'tien-sa-qc05-phanh-nang-phieu-bi-thay-bang-lich-bao-duong',
    title:
      'Phân loại sự cố xác định QC-05 hỏng phanh nâng (HB-217), cần thợ điện và phụ tùng kho B; chương trình thay bản giao việc bằng phiếu bảo dưỡng định kỳ, tổ sửa chữa xếp lịch kiểm tra thường',
    domain: 'khai thác cảng container — sự cố cẩu bờ',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Cẩu bờ QC-05 bến Tiên Sa dừng lúc 03:40 ngày 11/03/2027 khi đang dỡ tàu WAN HAI 302 (còn 310 move). Xác định sự cố, điều tổ sửa chữa và báo điều độ bến.',
    topology: {
      shape: 'branch',
      classifier: 'breakdown_triage',
      routes: { 'dung-may-khan': 'crane_repair_dispatcher', 'theo-doi': 'maintenance_logger' },
      after: 'berth_ops_notifier',
    },
    program: {
      lose: {
        to: 'crane_repair_dispatcher',
        prompt: 'Phiếu công việc tự động WO-PM: kiểm tra cẩu theo lịch bảo dưỡng định kỳ. Mức ưu tiên 3.',
      },
    },
    agents: [
      {
        name: 'breakdown_triage',
        description: 'Phân loại sự cố thiết bị',
        instructions: 'Đọc mã lỗi, gắn nhãn dung-may-khan hoặc theo-doi, và ghi những gì tổ sửa chữa cần.',
        replies: [
          {
            call: 'crane_plc_log',
            args: { crane: 'QC-05', from: '2027-03-11T03:30', to: '2027-03-11T03:45' },
            result:
              '03:39:52 HOIST_SPEED_DEV 4.1%\n03:40:07 FAULT HB-217 hoist brake #2 không nhả — lining mòn 1,2 mm (<2 mm)\n03:40:08 E-STOP tự động, tải treo 0 (spreader đã hạ)\n03:40:30 khóa an toàn LOTO chờ',
          },
          {
            say: 'dung-may-khan — QC-05: lỗi HB-217, phanh nâng số 2 không nhả, má phanh mòn còn 1,2 mm. Cần thợ điện có chứng chỉ nâng hạ + bộ má phanh P/N SB-4410 (kho B, kệ 12). Ước tính 5–6 giờ. Spreader đã hạ, không có tải treo.',
          },
        ],
      },
      {
        name: 'maintenance_logger',
        description: 'Ghi nhận cảnh báo nhẹ để theo dõi',
        instructions: 'Ghi sổ theo dõi.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'crane_repair_dispatcher',
        description: 'Điều tổ sửa chữa thiết bị',
        instructions: 'Điều tổ phù hợp và báo thời gian dự kiến.',
        prompt: 'Phiếu giao việc:\n{input}\n\nTình huống: {request}',
        replies: [
          {
            call: 'dispatch_crew',
            args: {
              crane: 'QC-05',
              job: 'PM-routine-inspection',
              crew: 'cơ khí tổ M2',
              priority: 3,
              start: '2027-03-11T07:30',
            },
            result:
              'WO-25-03117 tạo lúc 03:58: tổ M2 (cơ khí), kiểm tra định kỳ QC-05, bắt đầu 07:30, thời lượng 2 giờ.',
          },
          {
            say: 'Đã tạo WO-25-03117: tổ cơ khí M2 kiểm tra QC-05 từ 07:30, dự kiến xong 09:30.',
          },
        ],
      },
      {
        name: 'berth_ops_notifier',
        description: 'Báo điều độ bến',
        instructions: 'Báo điều độ bến tình trạng cẩu và thời gian hoạt động lại.',
        prompt: 'Sửa chữa:\n{input}',
        replies: [
          {
            say: 'Gửi điều độ bến Tiên Sa: QC-05 dừng từ 03:40, tổ M2 kiểm tra từ 07:30, **dự kiến cẩu hoạt động lại 09:30**. WAN HAI 302 giữ nguyên kế hoạch 310 move còn lại trên QC-05 sau 09:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'breakdown_triage', to: 'crane_repair_dispatcher' },
      agent: 'crane_repair_dispatcher',
    },
  }),
  defineScenario({
    id: 'cai-mep-dao-bai-block-c-khong-duoc-giao',
    title:
      'Kế hoạch đảo chuyển bãi chia việc cho 3 block RTG; phần của block C không bao giờ được gửi và bản tổng hợp báo bãi đã sẵn sàng xếp tàu',
    domain: 'khai thác cảng container — đảo chuyển bãi trước khi xếp tàu',
    mast: ['FM-3.1', 'FM-2.1'],
    request:
      'Tàu CMA CGM TAGE chuyến 0FT4NE xếp hàng lúc 06:00 ngày 14/03/2027. Cần đảo chuyển 126 cont xuất (block A: 46, block B: 38, block C: 42) về đúng thứ tự xếp trước 04:00. Chia việc cho các RTG và báo lại khi bãi sẵn sàng.',
    topology: {
      shape: 'fanout',
      planner: 'yard_move_planner',
      workers: ['block_a_rtg_operator', 'block_b_rtg_operator', 'block_c_rtg_operator'],
      aggregator: 'yard_readiness_aggregator',
    },
    program: { lose: { to: 'block_c_rtg_operator', prompt: null } },
    agents: [
      {
        name: 'yard_move_planner',
        description: 'Lập kế hoạch đảo chuyển bãi',
        instructions: 'Một bản giao việc cho mỗi block.',
        replies: [
          {
            plan: {
              block_a_rtg_operator:
                'Block A (RTG-11): 46 move, đưa cont 40HC hàng nặng (>24 tấn) xuống tầng 1–2, theo thứ tự bay 14→22 của stowage v3. Xong trước 04:00.',
              block_b_rtg_operator:
                'Block B (RTG-14): 38 move, gom cont cảng đích SGN-PKL về hàng 3–5, theo stowage v3. Xong trước 04:00.',
              block_c_rtg_operator:
                'Block C (RTG-17): 42 move, tách 6 cont IMO class 3 ra khu cách ly C9 và xếp phần còn lại theo bay 30→38. Xong trước 04:00.',
            },
          },
        ],
      },
      {
        name: 'block_a_rtg_operator',
        description: 'Điều khiển RTG block A',
        instructions: 'Thực hiện move và báo kết quả.',
        prompt: 'Giao việc:\n{input}',
        replies: [
          {
            call: 'execute_yard_moves',
            args: { block: 'A', rtg: 'RTG-11', moves: 46, plan: 'stowage-v3' },
            result:
              '{"block": "A", "done": 46, "failed": 0, "started": "00:40", "finished": "02:55", "avg_sec_per_move": 176}',
          },
          { say: 'Block A: 46/46 move xong lúc 02:55, không lỗi.' },
        ],
      },
      {
        name: 'block_b_rtg_operator',
        description: 'Điều khiển RTG block B',
        instructions: 'Thực hiện move và báo kết quả.',
        prompt: 'Giao việc:\n{input}',
        replies: [
          {
            call: 'execute_yard_moves',
            args: { block: 'B', rtg: 'RTG-14', moves: 38, plan: 'stowage-v3' },
            result: '{"block": "B", "done": 38, "failed": 0, "started": "00:45", "finished": "02:31"}',
          },
          { say: 'Block B: 38/38 move hoàn tất 02:31.' },
        ],
      },
      {
        name: 'block_c_rtg_operator',
        description: 'Điều khiển RTG block C',
        instructions: 'Thực hiện move và báo kết quả.',
        prompt: 'Giao việc:\n{input}',
        replies: [
          {
            call: 'execute_yard_moves',
            args: { block: 'C', rtg: 'RTG-17', moves: 42, plan: 'stowage-v3' },
            result: '{"block": "C", "done": 42, "failed": 0, "finished": "03:20"}',
          },
          { say: 'Block C: 42/42 move xong 03:20, 6 cont IMO đã sang C9.' },
        ],
      },
      {
        name: 'yard_readiness_aggregator',
        description: 'Tổng hợp tình trạng bãi trước khi xếp tàu',
        instructions: 'Gộp báo cáo các block và xác nhận bãi sẵn sàng.',
        replies: [
          {
            say: '## Bãi sẵn sàng xếp CMA CGM TAGE 0FT4NE\n| block | RTG | move | xong lúc |\n|---|---|---|---|\n| A | RTG-11 | 46 | 02:55 |\n| B | RTG-14 | 38 | 02:31 |\nĐảo chuyển hoàn tất trước hạn 04:00, bãi đã theo thứ tự stowage v3. Báo tổ cẩu bắt đầu xếp 06:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'yard_move_planner', to: 'block_c_rtg_operator' },
      agent: 'yard_move_planner',
    },
  }),
  defineScenario({
    id: 'vgm-can-lai-27950-nhung-chuyen-18400-cho-so-do-xep',
    title:
      'Nhân viên chứng từ xuất thấy VGM của MSKU 7730215 đã cân lại 27.950 kg thay cho 18.400 kg, nhưng chuyển cho người lập sơ đồ xếp con số 18.400 kg',
    domain: 'khai thác cảng container — VGM và sơ đồ xếp tàu',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Cont xuất MSKU 7730215 (40DC, hàng gạch men, booking MAEU 262118840) vào cảng Cái Mép sáng nay cho tàu MAERSK KOWLOON 311S. Khai VGM ban đầu 18.400 kg. Kiểm tra VGM rồi xếp vị trí trên tàu.',
    topology: {
      shape: 'swarm',
      entry: 'export_doc_clerk',
      agents: ['export_doc_clerk', 'stowage_planner'],
    },
    agents: [
      {
        name: 'export_doc_clerk',
        description: 'Kiểm chứng từ hàng xuất và VGM',
        instructions: 'Kiểm VGM và chứng từ, rồi chuyển cho người lập sơ đồ xếp với số liệu cần dùng.',
        replies: [
          {
            call: 'vgm_lookup',
            args: { container: 'MSKU7730215', booking: 'MAEU262118840' },
            result:
              '{"container": "MSKU7730215", "declared_vgm_kg": 18400, "declared_by": "shipper 10/03 21:05", "gate_scale": {"time": "2027-03-11T06:12", "gross_kg": 27950, "method": "SOLAS method 1, cân cổng số 4"}, "vgm_status": "REPLACED — VGM hiệu lực 27.950 kg, chủ hàng xác nhận qua email 06:40", "max_gross_kg": 30480}',
          },
          {
            handoff: 'stowage_planner',
            message:
              'MSKU 7730215, 40DC gạch men, booking MAEU 262118840, tàu MAERSK KOWLOON 311S, cảng dỡ Tanjung Pelepas. VGM 18.400 kg. Chứng từ đủ, xin bố trí vị trí xếp.',
          },
        ],
      },
      {
        name: 'stowage_planner',
        description: 'Lập sơ đồ xếp container trên tàu',
        instructions: 'Bố trí vị trí theo trọng lượng và cảng dỡ, rồi trả lời.',
        replies: [
          {
            call: 'assign_slot',
            args: {
              vessel: 'MAERSK KOWLOON',
              voyage: '311S',
              container: 'MSKU7730215',
              vgm_kg: 18400,
              pod: 'MYTPP',
            },
            result:
              '{"slot": "bay 34, row 06, tier 90 (trên boong, tầng 5)", "stack_weight_after_kg": 88900, "stack_limit_kg": 90000, "ok": true}',
          },
          {
            say: 'MSKU 7730215 xếp **bay 34 / row 06 / tier 90** trên boong (VGM 18.400 kg). Tải chồng sau khi xếp 88.900/90.000 kg, đạt.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'export_doc_clerk', to: 'stowage_planner' },
      agent: 'export_doc_clerk',
    },
  }),
  defineScenario({
    id: 'lach-huyen-to-truong-bai-tom-tat-con-3-trong-7-cont-bi-giu',
    title:
      'Nhân viên rà soát tìm thấy 7 cont đang bị hải quan giữ; tổ trưởng bãi báo lên trực ban chỉ 3 cont, và 4 cont còn lại được xếp lịch giao',
    domain: 'khai thác cảng container — cont bị hải quan giữ',
    mast: ['FM-2.4', 'FM-3.2'],
    request:
      'Trực ban ca đêm 13/03/2027 cảng Lạch Huyện: rà các cont nhập đang bị giữ (hải quan, kiểm dịch) trong block D1–D4, lập lịch giao cho các cont đã được giải phóng có lịch hẹn ngày mai.',
    topology: {
      shape: 'nested',
      top: 'terminal_duty_manager',
      teams: { yard_team_lead: ['hold_auditor'], gate_team_lead: ['appointment_clerk'] },
    },
    agents: [
      {
        name: 'terminal_duty_manager',
        description: 'Trực ban điều hành cảng',
        instructions:
          'Lấy danh sách cont bị giữ từ tổ bãi, rồi cho tổ cổng xếp lịch giao những cont còn lại.',
        replies: [
          {
            handoff: 'yard_team_lead',
            message: 'Rà toàn bộ cont nhập bị giữ ở D1–D4 tính đến 22:00, ghi rõ số cont và lý do.',
          },
          {
            handoff: 'gate_team_lead',
            message:
              'Xếp lịch giao ngày 14/03 cho các cont D1–D4 có lịch hẹn, TRỪ 3 cont bị giữ: OOLU 918220-4, OOLU 918231-7, CSNU 604417-1.',
          },
          {
            say: '**Trực ban 13/03 — cont bị giữ D1–D4:** 3 cont (OOLU 918220-4, OOLU 918231-7 — hải quan kiểm hóa; CSNU 604417-1 — kiểm dịch thực vật). Các cont còn lại có lịch hẹn đã được xếp giao ngày 14/03: 58 cont, khung 06:00–16:00.',
          },
        ],
      },
      {
        name: 'yard_team_lead',
        description: 'Tổ trưởng bãi',
        instructions: 'Giao rà soát và báo lại trực ban.',
        replies: [
          {
            handoff: 'hold_auditor',
            message: 'Rà cont nhập D1–D4 có cờ giữ (hold flag) trên TOS, tính đến 22:00.',
          },
          {
            say: 'D1–D4 đã rà xong: 3 cont bị giữ — OOLU 918220-4, OOLU 918231-7 (hải quan kiểm hóa), CSNU 604417-1 (kiểm dịch). Còn lại sạch.',
          },
        ],
      },
      {
        name: 'hold_auditor',
        description: 'Rà cờ giữ trên hệ thống TOS',
        instructions: 'Liệt kê cont có cờ giữ và lý do.',
        replies: [
          {
            call: 'tos_hold_report',
            args: { blocks: ['D1', 'D2', 'D3', 'D4'], asof: '2027-03-13T22:00' },
            result:
              '| container | block | hold | cơ quan | từ ngày |\n|---|---|---|---|---|\n| OOLU 918220-4 | D1-05-03 | CUS-INSP | Chi cục HQ CK cảng HP KV3 | 12/03 |\n| OOLU 918231-7 | D1-05-04 | CUS-INSP | Chi cục HQ CK cảng HP KV3 | 12/03 |\n| CSNU 604417-1 | D2-11-01 | PHYTO | Chi cục KDTV vùng II | 13/03 |\n| HLXU 873302-0 | D3-02-02 | CUS-ANTI-SMUGGLING | Đội kiểm soát HQ | 11/03 |\n| HLXU 873318-5 | D3-02-03 | CUS-ANTI-SMUGGLING | Đội kiểm soát HQ | 11/03 |\n| TGBU 551240-9 | D4-07-01 | LINE-HOLD (chưa thanh toán cước) | hãng HMM | 10/03 |\n| BEAU 220915-6 | D4-07-02 | CUS-INSP | Chi cục HQ CK cảng HP KV3 | 13/03 |\nTổng: 7 cont có cờ giữ.',
          },
          {
            say: 'D1–D4: **7 cont bị giữ** — hải quan kiểm hóa: OOLU 918220-4, OOLU 918231-7, BEAU 220915-6; chống buôn lậu: HLXU 873302-0, HLXU 873318-5; kiểm dịch: CSNU 604417-1; hãng tàu giữ (cước): TGBU 551240-9.',
          },
        ],
      },
      {
        name: 'gate_team_lead',
        description: 'Tổ trưởng cổng',
        instructions: 'Giao xếp lịch và báo lại.',
        replies: [
          {
            handoff: 'appointment_clerk',
            message:
              'Xếp lịch giao 14/03 cho cont D1–D4 có lịch hẹn, loại trừ OOLU 918220-4, OOLU 918231-7, CSNU 604417-1.',
          },
          { say: 'Đã xếp 58 cont giao ngày 14/03, 06:00–16:00, 3 cont bị giữ đã loại.' },
        ],
      },
      {
        name: 'appointment_clerk',
        description: 'Xếp lịch giao hàng',
        instructions: 'Xếp lịch và báo số lượng.',
        replies: [
          {
            call: 'book_delivery_slots',
            args: {
              date: '2027-03-14',
              blocks: ['D1', 'D2', 'D3', 'D4'],
              exclude: ['OOLU9182204', 'OOLU9182317', 'CSNU6044171'],
            },
            result:
              '{"booked": 58, "window": "06:00-16:00", "includes": ["HLXU8733020", "HLXU8733185", "TGBU5512409", "BEAU2209156", "…"]}',
          },
          { say: '58 cont đã có slot giao 14/03 (06:00–16:00), trừ 3 cont đã loại.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'yard_team_lead', to: 'terminal_duty_manager' },
      agent: 'yard_team_lead',
    },
  }),
  defineScenario({
    id: 'hiep-phuoc-dat-lich-xe-bo-qua-khung-gio-cam-tai',
    title:
      'Bộ định tuyến giao việc kèm lệnh cấm xe container ban ngày (chỉ 22:00–05:00); người đặt lịch xếp 18 xe vào 08:00–11:00',
    domain: 'khai thác cảng container — lịch hẹn xe đầu kéo',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Nhà xe Phú Mỹ Trans gửi yêu cầu lấy 18 cont rỗng tại cảng Hiệp Phước ngày 16/03/2027 để đóng hàng ở KCN Long Hậu. Lưu ý từ 15/03 tuyến Nguyễn Văn Linh cấm xe container 06:00–21:00. Xử lý yêu cầu và xác nhận lịch cho nhà xe.',
    topology: {
      shape: 'network',
      coordinator: 'gate_ops_router',
      workers: ['haulier_request_parser', 'truck_appointment_booker'],
    },
    agents: [
      {
        name: 'gate_ops_router',
        description: 'Điều phối yêu cầu của nhà xe',
        instructions: 'Đọc yêu cầu, giao đặt lịch với đúng ràng buộc, rồi xác nhận.',
        replies: [
          {
            handoff: 'haulier_request_parser',
            message: 'Tách yêu cầu của Phú Mỹ Trans: số cont, loại, hãng, biển số xe.',
          },
          {
            handoff: 'truck_appointment_booker',
            message:
              'Đặt lịch lấy 18 cont rỗng 40HC (hãng Evergreen, lệnh cấp rỗng EMC-ER-031622) cho Phú Mỹ Trans ngày 16/03. **Chỉ dùng khung 22:00 ngày 15/03 đến 05:00 ngày 16/03 hoặc 22:00 ngày 16/03 trở đi** — ban ngày xe không vào được tuyến Nguyễn Văn Linh. 18 biển số theo danh sách parser.',
          },
          {
            say: 'Đã xác nhận với Phú Mỹ Trans: 18 cont rỗng 40HC Evergreen, lịch lấy theo bảng của bộ phận đặt lịch, mã hẹn gửi qua eport.',
          },
        ],
      },
      {
        name: 'haulier_request_parser',
        description: 'Tách thông tin yêu cầu của nhà xe',
        instructions: 'Trích số lượng, loại cont, hãng, xe.',
        replies: [
          {
            call: 'parse_haulier_email',
            args: { from: 'dieuvan@phumytrans.vn', date: '2027-03-14' },
            result:
              '{"haulier": "Phú Mỹ Trans", "qty": 18, "type": "40HC", "line": "EMC", "release": "EMC-ER-031622", "trucks": ["51C-812.44", "51C-812.47", "51D-205.10", "… 15 xe nữa"], "destination": "KCN Long Hậu"}',
          },
          {
            say: 'Phú Mỹ Trans: 18 × 40HC rỗng Evergreen, lệnh EMC-ER-031622, 18 xe (51C-812.44, 51C-812.47, 51D-205.10 …), về KCN Long Hậu.',
          },
        ],
      },
      {
        name: 'truck_appointment_booker',
        description: 'Đặt lịch hẹn xe qua cổng',
        instructions: 'Đặt slot theo yêu cầu và báo mã hẹn.',
        replies: [
          {
            call: 'book_truck_slots',
            args: {
              haulier: 'Phú Mỹ Trans',
              release: 'EMC-ER-031622',
              trucks: 18,
              date: '2027-03-16',
              window: '08:00-11:00',
            },
            result:
              '{"booked": 18, "slots": [{"window": "08:00-09:00", "trucks": 6}, {"window": "09:00-10:00", "trucks": 6}, {"window": "10:00-11:00", "trucks": 6}], "codes": "HP-APT-160301..160318"}',
          },
          {
            say: 'Đã đặt 18 slot ngày 16/03: 08:00–09:00 (6 xe), 09:00–10:00 (6 xe), 10:00–11:00 (6 xe). Mã hẹn HP-APT-160301 → 160318.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'gate_ops_router', to: 'truck_appointment_booker' },
      agent: 'truck_appointment_booker',
    },
  }),
  defineScenario({
    id: 'bao-cao-hong-rtg-bi-cat-ngang-sau-hai-tau',
    title:
      'Báo cáo ảnh hưởng do RTG-22 hỏng dừng giữa chừng sau 2 trong 5 tàu bị trễ; bộ phận thông báo hãng tàu chỉ báo 2 hãng',
    domain: 'khai thác cảng container — sự cố thiết bị bãi',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'RTG-22 block E hỏng động cơ diesel lúc 09:15 ngày 17/03/2027, dự kiến sửa 36 giờ. Liệt kê các tàu bị ảnh hưởng (cont đang nằm ở block E) và báo trễ cho từng hãng tàu.',
    topology: {
      shape: 'pipeline',
      order: ['incident_impact_analyst', 'shipping_line_notifier'],
    },
    agents: [
      {
        name: 'incident_impact_analyst',
        description: 'Đánh giá ảnh hưởng của sự cố thiết bị',
        instructions: 'Liệt kê đầy đủ các tàu bị ảnh hưởng và thời gian trễ ước tính.',
        replies: [
          {
            call: 'block_vessel_exposure',
            args: { block: 'E', outage_hours: 36, from: '2027-03-17T09:15' },
            result:
              '| tàu | chuyến | hãng | cont ở block E | trễ ước tính |\n|---|---|---|---|---|\n| YM WELLHEAD | 088N | Yang Ming | 212 | 6 giờ |\n| KOTA LUKIS | 0412W | PIL | 148 | 4 giờ |\n| HMM ST PETERSBURG | 0031E | HMM | 301 | 9 giờ |\n| ONE HARMONY | 047S | ONE | 96 | 3 giờ |\n| SITC HAIPHONG | 2311N | SITC | 174 | 5 giờ |',
          },
          {
            cutOff: true,
            say: '## Ảnh hưởng do RTG-22 dừng 36 giờ (block E)\n| tàu | hãng | cont | trễ |\n|---|---|---|---|\n| YM WELLHEAD 088N | Yang Ming | 212 | 6 giờ |\n| KOTA LUKIS 0412W | PIL | 148 | 4 giờ |\n| HMM ST PETERS',
          },
        ],
      },
      {
        name: 'shipping_line_notifier',
        description: 'Gửi thông báo trễ cho hãng tàu',
        instructions: 'Gửi cho từng hãng trong bảng ảnh hưởng.',
        prompt: 'Bảng ảnh hưởng:\n{input}',
        replies: [
          {
            call: 'send_delay_notice',
            args: { lines: ['Yang Ming', 'PIL'], reason: 'RTG-22 block E breakdown' },
            result: 'Đã gửi 2 thông báo: YML-DN-0317-01 (6 giờ), PIL-DN-0317-01 (4 giờ).',
          },
          {
            say: 'Đã báo trễ cho các hãng bị ảnh hưởng: Yang Ming (YM WELLHEAD 088N, trễ 6 giờ, ref YML-DN-0317-01) và PIL (KOTA LUKIS 0412W, trễ 4 giờ, ref PIL-DN-0317-01). Không còn hãng nào khác.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'incident_impact_analyst', to: 'shipping_line_notifier' },
      agent: 'incident_impact_analyst',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'cat-lai-etb-lui-gio-dieu-phoi-bao-cau-theo-gio-moi',
    title:
      'Kế hoạch bến thấy ETB của KMTC TOKYO lùi từ 08:00 sang 13:30; điều phối giao tổ cẩu khung 13:30 mới và thông báo cuối dùng 13:30',
    domain: 'khai thác cảng container — kế hoạch bến',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf: 'stale_context: giờ cập bến cũ và mới cùng xuất hiện, nhưng mọi bước sau đều dùng giờ mới',
    request:
      'Tàu KMTC TOKYO chuyến 2309S dự kiến cập bến Cát Lái số 5 lúc 08:00 ngày 18/03/2027 (dỡ 640, xếp 710 cont). Chốt giờ cập bến, bố trí cẩu và báo tôi kế hoạch.',
    topology: {
      shape: 'supervisor',
      coordinator: 'vessel_ops_coordinator',
      workers: ['berth_window_checker', 'crane_gang_allocator'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'vessel_ops_coordinator',
        description: 'Điều phối khai thác tàu',
        instructions: 'Xác nhận giờ cập bến, giao bố trí cẩu theo giờ đó, rồi báo kế hoạch.',
        replies: [
          {
            handoff: 'berth_window_checker',
            message: 'Xác nhận ETB/ETD hiện hành của KMTC TOKYO 2309S tại CL-05.',
          },
          {
            handoff: 'crane_gang_allocator',
            message:
              'KMTC TOKYO 2309S, bến CL-05: ETB đã đổi sang **13:30 ngày 18/03** (không còn 08:00), ETD 04:00 ngày 19/03. 1.350 move. Bố trí 2 cẩu và tổ công nhân từ 13:30.',
          },
          {
            say: '### KMTC TOKYO 2309S — bến CL-05\n- ETB **13:30 18/03** (hãng lùi từ 08:00 vì chờ cầu tàu tại Hong Kong), ETD 04:00 19/03.\n- QC-21, QC-22 từ 13:30; tổ T05 (ca 2) và T17 (ca 3).\n- 1.350 move, dự kiến xong 02:40 ngày 19/03, dư 1 giờ 20 phút trước ETD.',
          },
        ],
      },
      {
        name: 'berth_window_checker',
        description: 'Tra lịch cầu bến',
        instructions: 'Báo ETB/ETD hiện hành.',
        replies: [
          {
            call: 'berth_window',
            args: { vessel: 'KMTC TOKYO', voyage: '2309S', berth: 'CL-05' },
            result:
              '{"etb": "2027-03-18T13:30+07:00", "etd": "2027-03-19T04:00+07:00", "previous_etb": "2027-03-18T08:00+07:00", "changed_at": "2027-03-17T09:20", "reason": "chờ cầu tàu tại Hong Kong"}',
          },
          {
            say: 'CL-05 KMTC TOKYO 2309S: ETB 13:30 ngày 18/03 (đổi lúc 09:20 ngày 17/03, trước đó 08:00), ETD 04:00 ngày 19/03.',
          },
        ],
      },
      {
        name: 'crane_gang_allocator',
        description: 'Bố trí cẩu và tổ công nhân',
        instructions: 'Bố trí theo giờ bắt đầu được giao.',
        replies: [
          {
            call: 'allocate_cranes',
            args: { berth: 'CL-05', cranes: 2, start: '2027-03-18T13:30+07:00', moves: 1350 },
            result:
              '{"cranes": ["QC-21", "QC-22"], "gangs": {"ca 2": "T05", "ca 3": "T17"}, "finish_est": "2027-03-19T02:40+07:00"}',
          },
          {
            say: 'QC-21, QC-22 từ 13:30 ngày 18/03; ca 2 tổ T05, ca 3 tổ T17; dự kiến xong 02:40 ngày 19/03.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'bai-lanh-r4-cam-bien-loi-bao-thang-chua-doc-duoc',
    title:
      'API cảm biến bãi lạnh R4 lỗi khi kiểm nhiệt; người kiểm tra báo rõ 9 cont chưa đọc được và bản tổng hợp đề nghị kiểm tay',
    domain: 'khai thác cảng container — giám sát container lạnh',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: lỗi công cụ được báo thẳng cho bên tổng hợp, không bị giấu',
    request:
      'Kiểm nhiệt độ toàn bộ cont lạnh tại bãi R3 và R4 Cái Mép lúc 02:00 ngày 19/03/2027, báo cont nào lệch quá ±2°C so với setpoint để tổ kỹ thuật xử lý.',
    topology: {
      shape: 'fanout',
      planner: 'reefer_round_planner',
      workers: ['r3_reefer_monitor', 'r4_reefer_monitor'],
      aggregator: 'reefer_round_reporter',
    },
    agents: [
      {
        name: 'reefer_round_planner',
        description: 'Chia vòng kiểm nhiệt',
        instructions: 'Một bản giao việc cho mỗi bãi.',
        replies: [
          {
            plan: {
              r3_reefer_monitor: 'Bãi R3, 41 ổ cắm: đọc nhiệt độ cấp/hồi, so setpoint, báo lệch > ±2°C.',
              r4_reefer_monitor: 'Bãi R4, 9 ổ cắm: đọc nhiệt độ cấp/hồi, so setpoint, báo lệch > ±2°C.',
            },
          },
        ],
      },
      {
        name: 'r3_reefer_monitor',
        description: 'Theo dõi container lạnh bãi R3',
        instructions: 'Đọc cảm biến và báo kết quả.',
        prompt: 'Giao việc:\n{input}',
        replies: [
          {
            call: 'read_reefer_sensors',
            args: { yard: 'R3', time: '2027-03-19T02:00' },
            result:
              '{"units": 41, "ok": 40, "deviations": [{"container": "SZLU 912004-8", "setpoint_c": -25, "supply_c": -21.6, "delta": 3.4, "alarm": "AL-20 dàn ngưng bám bẩn"}]}',
          },
          {
            say: 'R3: 41 cont, 40 đạt. SZLU 912004-8 lệch +3,4°C (setpoint -25, cấp -21,6), báo động AL-20 — dàn ngưng bẩn.',
          },
        ],
      },
      {
        name: 'r4_reefer_monitor',
        description: 'Theo dõi container lạnh bãi R4',
        instructions: 'Đọc cảm biến và báo kết quả.',
        prompt: 'Giao việc:\n{input}',
        replies: [
          {
            call: 'read_reefer_sensors',
            args: { yard: 'R4', time: '2027-03-19T02:00' },
            result: {
              error:
                'RMS gateway R4 không phản hồi (ECONNREFUSED 10.12.4.20:502) — bộ chuyển Modbus mất nguồn?',
            },
          },
          {
            call: 'read_reefer_sensors',
            args: { yard: 'R4', time: '2027-03-19T02:05', retry: 1 },
            result: { error: 'RMS gateway R4 không phản hồi (ECONNREFUSED 10.12.4.20:502).' },
          },
          {
            say: '⚠️ R4: **không đọc được** — cổng RMS 10.12.4.20 từ chối kết nối 2 lần (02:00, 02:05). Tình trạng 9 cont ở R4 chưa rõ; cần người ra bãi đọc tay trên màn hình máy lạnh và kiểm nguồn bộ chuyển Modbus.',
          },
        ],
      },
      {
        name: 'reefer_round_reporter',
        description: 'Tổng hợp vòng kiểm nhiệt',
        instructions: 'Gộp kết quả và nêu việc cần làm.',
        replies: [
          {
            say: '## Vòng kiểm nhiệt 02:00 ngày 19/03\n- **R3**: 40/41 đạt; **SZLU 912004-8** lệch +3,4°C (AL-20, dàn ngưng bẩn) → tổ kỹ thuật vệ sinh dàn ngưng ngay.\n- **R4**: chưa có số liệu — gateway RMS lỗi kết nối 2 lần; 9 cont chưa được kiểm. → cử người đọc tay từng máy và báo điện kiểm nguồn Modbus trước 03:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dinh-vu-lich-hen-cong-sua-mot-vong-roi-duyet',
    title:
      'Người duyệt trả lịch hẹn cổng một lần vì khung 07:00 quá tải; người lập dời 20 xe sang 10:00–11:00 và lịch được duyệt, gửi nhà xe',
    domain: 'khai thác cảng container — lịch hẹn cổng',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: một vòng trả về có lý do, bản sửa thật sự khác và được duyệt',
    request:
      'Ngày 20/03/2027 cảng Đình Vũ có 180 lượt hẹn, chỉ mở cổng 1 và 3 (40 xe/giờ) vì cổng 2 thay barrier. Lập lịch theo khung giờ, duyệt năng lực và gửi các nhà xe.',
    topology: {
      shape: 'pipeline',
      order: ['appointment_slot_designer', 'gate_throughput_checker', 'carrier_broadcast_agent'],
      loop: { from: 'gate_throughput_checker', to: 'appointment_slot_designer', while: 'TRẢ LẠI', max: 3 },
    },
    agents: [
      {
        name: 'appointment_slot_designer',
        description: 'Lập lịch hẹn cổng',
        instructions: 'Lập lịch hoặc sửa theo góp ý.',
        prompt: 'Đầu vào:\n{input}\n\nBối cảnh: {request}',
        replies: [
          {
            say: 'Lịch 20/03 v1: 06–07h: 30 | 07–08h: 60 | 08–09h: 36 | 09–10h: 34 | 13–14h: 20 — tổng 180.',
          },
          {
            say: 'Lịch 20/03 v2 (dời 20 xe của Hải An Trans và Vinalines Log từ 07–08h sang 10–11h): 06–07h: 30 | 07–08h: 40 | 08–09h: 36 | 09–10h: 34 | 10–11h: 20 | 13–14h: 20 — tổng 180.',
          },
        ],
      },
      {
        name: 'gate_throughput_checker',
        description: 'Kiểm năng lực cổng',
        instructions: 'Trả lời "DUYỆT: ..." hoặc "TRẢ LẠI: ...".',
        prompt: 'Lịch:\n{input}',
        replies: [
          {
            say: 'TRẢ LẠI: 07–08h có 60 xe, vượt năng lực 40 xe/giờ. Khung 10–11h đang trống, dời 20 xe sang đó.',
          },
          { say: 'DUYỆT: v2 không khung nào quá 40 xe/giờ, tổng 180 giữ nguyên.' },
        ],
      },
      {
        name: 'carrier_broadcast_agent',
        description: 'Gửi lịch cho nhà xe',
        instructions: 'Gửi lịch đã duyệt.',
        prompt: 'Kết quả duyệt:\n{input}',
        replies: [
          {
            call: 'broadcast_schedule',
            args: { date: '2027-03-20', version: 'v2', hauliers: 11 },
            result:
              'Đã gửi 11 nhà xe qua eport lúc 16:05; Hải An Trans và Vinalines Log nhận thông báo dời khung 10–11h.',
          },
          {
            say: 'Lịch 20/03 v2 đã gửi 11 nhà xe lúc 16:05; 20 xe của Hải An Trans và Vinalines Log được báo dời sang 10:00–11:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'giai-phong-lo-hang-giu-lai-hai-cont-cho-kiem-hoa',
    title:
      'Điều phối giao nhân viên mở lệnh cho 10 cont của tờ khai, trừ 2 cont phải kiểm hóa; nhân viên mở 8 cont và để nguyên 2 cont',
    domain: 'khai thác cảng container — giải phóng hàng nhập',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: ngoại lệ trong lệnh giao được giữ đúng',
    request:
      'Tờ khai 105240019933 của Công ty Nam Việt Foods gồm 10 cont nhập tại Cát Lái. Hải quan phân luồng đỏ cho 2 cont TRHU 330871-2 và TRHU 330905-1 (kiểm hóa 21/03). Mở lệnh giao những cont được phép trong hôm nay.',
    topology: {
      shape: 'supervisor',
      coordinator: 'import_release_coordinator',
      workers: ['customs_lane_checker', 'release_order_clerk'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'import_release_coordinator',
        description: 'Điều phối giải phóng hàng nhập',
        instructions: 'Xác nhận luồng hải quan, rồi cho mở lệnh các cont được phép.',
        replies: [
          {
            handoff: 'customs_lane_checker',
            message: 'Xác nhận trạng thái từng cont của tờ khai 105240019933.',
          },
          {
            handoff: 'release_order_clerk',
            message:
              'Mở lệnh giao tờ khai 105240019933 (Nam Việt Foods) cho 8 cont đã qua giám sát. **Không mở TRHU 330871-2 và TRHU 330905-1** — chờ kiểm hóa 21/03.',
          },
          {
            say: 'Tờ khai 105240019933: đã mở lệnh giao 8 cont (DO-CL-270320-0917). TRHU 330871-2 và TRHU 330905-1 vẫn giữ tại bãi, kiểm hóa ngày 21/03; sẽ mở lệnh sau khi có kết quả.',
          },
        ],
      },
      {
        name: 'customs_lane_checker',
        description: 'Tra luồng hải quan',
        instructions: 'Báo cont nào đã qua giám sát.',
        replies: [
          {
            call: 'vnaccs_container_status',
            args: { declaration: '105240019933' },
            result:
              '{"lane": "ĐỎ (một phần)", "cleared": 8, "held": [{"container": "TRHU3308712", "reason": "kiểm hóa thực tế 21/03 08:30"}, {"container": "TRHU3309051", "reason": "kiểm hóa thực tế 21/03 08:30"}]}',
          },
          {
            say: '8/10 cont đã qua khu vực giám sát; TRHU 330871-2 và TRHU 330905-1 giữ chờ kiểm hóa 21/03 08:30.',
          },
        ],
      },
      {
        name: 'release_order_clerk',
        description: 'Mở lệnh giao hàng',
        instructions: 'Mở lệnh theo danh sách được giao.',
        replies: [
          {
            call: 'release_delivery_order',
            args: { declaration: '105240019933', exclude: ['TRHU3308712', 'TRHU3309051'] },
            result:
              'DO-CL-270320-0917 mở cho 8 cont, EIR 8830411–8830418. 2 cont loại trừ vẫn mang cờ CUS-INSP.',
          },
          {
            say: 'Lệnh DO-CL-270320-0917: 8 cont, EIR 8830411–8830418; TRHU 330871-2 và TRHU 330905-1 không mở, cờ kiểm hóa giữ nguyên.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'qc07-hong-spreader-chuyen-that-sang-dieu-do-ben',
    title:
      'Kỹ thuật cẩu báo QC-07 hỏng spreader và nói sẽ chuyển cho điều độ bến; lượt chuyển được thực hiện và điều độ dồn tàu sang QC-06/QC-08',
    domain: 'khai thác cảng container — sự cố cẩu bờ',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf: 'lost_message: lượt chuyển việc được báo trước và được thực hiện thật',
    request:
      'QC-07 báo lỗi spreader lúc 15:20 ngày 22/03/2027 khi đang xếp tàu EVER LASTING 1128-041S tại Cái Mép (còn 420 move, ETD 06:00 ngày 23/03). Xử lý và báo lại kế hoạch.',
    topology: {
      shape: 'swarm',
      entry: 'crane_maintenance_tech',
      agents: ['crane_maintenance_tech', 'berth_dispatcher'],
    },
    agents: [
      {
        name: 'crane_maintenance_tech',
        description: 'Kỹ thuật bảo trì cẩu bờ',
        instructions: 'Chẩn đoán lỗi; nếu cẩu dừng lâu thì chuyển cho điều độ bến sắp lại cẩu.',
        replies: [
          {
            call: 'spreader_diagnostics',
            args: { crane: 'QC-07' },
            result:
              '{"fault": "TWL-LOCK-SENSOR twistlock góc 3 không báo khóa", "part": "cảm biến tiệm cận IFM IG5594", "stock": 0, "eta_part": "2027-03-23T10:00", "repair_hours_after_part": 2}',
          },
          {
            handoff: 'berth_dispatcher',
            message:
              'QC-07 dừng: cảm biến twistlock góc 3 hỏng, kho hết IFM IG5594, hàng về 10:00 ngày 23/03 → cẩu hoạt động lại sớm nhất 12:00 ngày 23/03, sau ETD. Cần chia 420 move còn lại của EVER LASTING cho cẩu khác.',
          },
        ],
      },
      {
        name: 'berth_dispatcher',
        description: 'Điều độ bến',
        instructions: 'Sắp lại cẩu để tàu kịp ETD và trả lời.',
        replies: [
          {
            call: 'reassign_moves',
            args: {
              vessel: 'EVER LASTING',
              voyage: '1128-041S',
              from_crane: 'QC-07',
              to: ['QC-06', 'QC-08'],
              moves: 420,
            },
            result:
              '{"QC-06": 210, "QC-08": 210, "finish_est": "2027-03-23T04:50", "etd": "2027-03-23T06:00"}',
          },
          {
            say: 'EVER LASTING 1128-041S: 420 move của QC-07 chia đều QC-06 (210) và QC-08 (210), dự kiến xong 04:50 ngày 23/03, kịp ETD 06:00. QC-07 chờ cảm biến IFM IG5594 (về 10:00 ngày 23/03), hoạt động lại khoảng 12:00.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rtg-loi-nhe-ghi-chu-phan-loai-ngan-ma-du',
    title:
      'Ghi chú phân loại sự cố RTG-31 viết cộc lốc, gần như chỉ có mã, nhưng đủ mọi dữ kiện; tổ sửa chữa và thông báo bến dùng đúng',
    domain: 'khai thác cảng container — sự cố thiết bị bãi',
    mast: ['FM-2.4', 'FM-3.2'],
    nearMissOf: 'low_quality_output: ghi chú rất ngắn, viết tắt, nhưng không thiếu dữ kiện nào bên nhận cần',
    request:
      'RTG-31 block F báo lỗi lúc 10:05 ngày 24/03/2027 khi đang hạ cont cho xe ngoài. Phân loại, điều người xử lý và báo điều độ bãi.',
    topology: {
      shape: 'branch',
      classifier: 'equipment_fault_classifier',
      routes: { 'sua-gap': 'rtg_repair_crew', 'ghi-nhan': 'fault_watchlist_keeper' },
      after: 'yard_control_notifier',
    },
    agents: [
      {
        name: 'equipment_fault_classifier',
        description: 'Phân loại lỗi thiết bị bãi',
        instructions: 'Gắn nhãn sua-gap hoặc ghi-nhan và ghi dữ kiện cho bên xử lý.',
        replies: [
          {
            call: 'rtg_fault_log',
            args: { rtg: 'RTG-31', since: '2027-03-24T10:00' },
            result:
              '10:05:12 F-GANTRY-ENC lệch encoder di chuyển chân B 0,8 m\n10:05:13 gantry bị khóa, nâng/hạ vẫn hoạt động\n10:05:40 cont GESU 640112-8 đã hạ xong xuống xe 51C-330.18',
          },
          {
            say: 'sua-gap. RTG-31/F. F-GANTRY-ENC chân B lệch 0,8 m. Gantry khóa; hoist OK. GESU 640112-8 đã xuống xe 51C-330.18 — không treo tải. Cần thợ điện + hiệu chỉnh encoder. Block F: 14 xe chờ.',
          },
        ],
      },
      {
        name: 'fault_watchlist_keeper',
        description: 'Ghi nhận lỗi nhẹ',
        instructions: 'Ghi sổ theo dõi.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'rtg_repair_crew',
        description: 'Tổ sửa chữa RTG',
        instructions: 'Xử lý lỗi và báo thời gian.',
        prompt: 'Phân loại:\n{input}',
        replies: [
          {
            call: 'dispatch_crew',
            args: { rtg: 'RTG-31', job: 'hiệu chỉnh encoder gantry chân B', crew: 'điện E3', priority: 1 },
            result: 'WO-25-03245: tổ điện E3 tới 10:20, hiệu chỉnh encoder dự kiến 75 phút.',
          },
          {
            say: 'WO-25-03245: tổ điện E3 có mặt 10:20, hiệu chỉnh encoder chân B, RTG-31 chạy lại khoảng 11:35. Trong lúc chờ, RTG-31 chỉ nâng/hạ tại chỗ, không di chuyển.',
          },
        ],
      },
      {
        name: 'yard_control_notifier',
        description: 'Báo điều độ bãi',
        instructions: 'Báo tình trạng và phương án cho xe đang chờ.',
        prompt: 'Sửa chữa:\n{input}',
        replies: [
          {
            say: 'Gửi điều độ bãi: RTG-31 block F không di chuyển được đến khoảng 11:35 (tổ điện E3, WO-25-03245). 14 xe đang chờ ở F: chuyển RTG-33 từ block G sang hỗ trợ; RTG-31 vẫn nâng/hạ được ở hàng hiện tại.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch100Scenarios = [...faults, ...healthy];
