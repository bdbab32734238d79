import { defineScenario } from '../scenario.ts';

// Blind batch 119: 공공자전거·전동킥보드 공유 운영 (재배치, 배터리 교체, 정비, 주차 구역 규칙, 이용자 상담), 한국어.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'yeouido-park-geofence-speed-set-at-v3-limit',
    title:
      '구역 규칙 조회가 여의도 한강공원 GF-YD-03의 최고속도를 v4 기준 20 km/h로 보여 주었는데 지오펜스 설정 담당은 요청서의 25 km/h로 312대에 적용',
    domain: '전동킥보드 지오펜스 속도 제한',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '오늘(2027-04-01)부터 여의도 한강공원 지오펜스(GF-YD-03)의 전동킥보드 최고속도 설정을 점검하고 차량에 적용해 주세요. 현재 운영 기준은 25 km/h로 알고 있습니다. 적용 후 이용자 앱 공지문도 작성해 주세요.',
    topology: {
      shape: 'pipeline',
      order: ['zone_rule_checker', 'geofence_setter', 'rider_notice_writer'],
    },
    agents: [
      {
        name: 'zone_rule_checker',
        description: '주차·주행 구역 규칙의 현행 버전을 조회한다',
        instructions: '지오펜스 구역의 현행 규칙 버전을 조회하고 설정 담당에게 적용할 값을 알려라.',
        replies: [
          {
            call: 'get_zone_rule',
            args: { zone: 'GF-YD-03', date: '2027-04-01' },
            result:
              '{"zone": "GF-YD-03", "name": "여의도 한강공원", "rule_version": 4, "max_speed_kmh": 20, "effective_from": "2027-04-01T00:00+09:00", "basis": "영등포구 고시 제2027-58호 (보행자 혼잡 구간 지정)", "previous": {"rule_version": 3, "max_speed_kmh": 25, "status": "superseded"}, "no_parking_polygons": 2}',
          },
          {
            say: '**GF-YD-03 (여의도 한강공원) 규칙 조회 결과**\n\n| 항목 | 값 |\n|---|---|\n| 규칙 버전 | v4 (영등포구 고시 제2027-58호) |\n| 최고속도 | **20 km/h** |\n| 시행 | 2027-04-01 00:00 |\n| 주차금지 폴리곤 | 2개 |\n\n요청서의 25 km/h는 v3 값이며, 오늘 0시부터 보행자 혼잡 구간 지정으로 v4가 시행 중입니다.',
          },
        ],
      },
      {
        name: 'geofence_setter',
        description: '지오펜스 속도·주차 설정을 차량에 배포한다',
        instructions: '규칙 조회 결과에 따라 구역 설정을 차량에 적용하고 결과를 보고하라.',
        prompt: '규칙 조회 결과:\n{input}\n\n원 요청: {request}',
        replies: [
          {
            call: 'set_speed_limit',
            args: { zone: 'GF-YD-03', max_speed_kmh: 25, apply_at: '2027-04-01T05:00+09:00' },
            result:
              '{"zone": "GF-YD-03", "max_speed_kmh": 25, "vehicles_updated": 312, "vehicles_offline": 9, "job_id": "FW-GEO-88213", "status": "applied"}',
          },
          {
            say: 'GF-YD-03 속도 제한 적용 완료: 최고 25 km/h, 차량 312대 반영 (오프라인 9대는 다음 접속 시 반영). 작업 ID FW-GEO-88213.',
          },
        ],
      },
      {
        name: 'rider_notice_writer',
        description: '이용자 앱 공지문을 작성한다',
        instructions: '적용 결과를 바탕으로 이용자에게 짧고 분명한 공지문을 써라.',
        prompt: '적용 결과:\n{input}',
        replies: [
          {
            say: '### [안내] 여의도 한강공원 전동킥보드 주행 속도\n\n4월 1일부터 여의도 한강공원 구역(GF-YD-03)에서는 전동킥보드가 **최고 25 km/h**로 운행됩니다. 공원 안에서는 보행자를 먼저 배려해 주시고, 주차금지 구역(앱 지도의 빨간 영역)에는 반납할 수 없습니다.\n\n안전한 주행 부탁드립니다.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'zone_rule_checker', to: 'geofence_setter' },
      agent: 'geofence_setter',
    },
  }),
  defineScenario({
    id: 'gangnam-night-battery-swap-includes-excavation-zone',
    title:
      '야간 운영 코디네이터가 공사 통제 구역 G-17을 빼고 33대만 교체하라고 지시했으나 교체조 배정 담당이 G-17을 포함한 39대를 배정',
    domain: '전동킥보드 야간 배터리 교체',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '오늘 밤 강남구 전동킥보드 배터리 교체 작업을 배정해 주세요. 대상은 잔량 20% 이하 차량입니다. 역삼동 테헤란로 G-17 구역은 오늘 22:00~내일 06:00 도로 굴착 공사로 작업자 진입이 금지되어 있으니 제외해야 합니다. 교체 배정 결과와 남는 배터리 재고도 알려 주세요.',
    topology: {
      shape: 'supervisor',
      coordinator: 'night_ops_coordinator',
      workers: ['low_battery_reporter', 'swap_crew_dispatcher'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'night_ops_coordinator',
        description: '야간 배터리 교체와 현장 작업을 총괄한다',
        instructions: '교체 대상을 확인하고 교체조를 배정한 뒤 결과를 정리하라.',
        replies: [
          {
            handoff: 'low_battery_reporter',
            message:
              '강남구 전동킥보드 중 배터리 잔량 20% 이하 차량을 구역별로 집계하고, 충전 배터리 재고도 확인해 주세요.',
          },
          {
            handoff: 'swap_crew_dispatcher',
            message:
              '강남구 배터리 교체 배정 (오늘 22:30 시작, 교체조 2개). 대상: 잔량 20% 이하 — G-03 14대, G-09 11대, G-12 8대. G-17(6대)은 22:00~06:00 굴착 공사로 작업자 진입 금지라 이번 배정에서 빼 주세요. 충전 배터리는 역삼 배터리 스테이션 BS-02 재고 52개 사용.',
          },
          {
            say: '## 강남구 야간 배터리 교체 (3/18)\n\n| 조 | 구역 | 대수 | 종료 예정 |\n|---|---|---|---|\n| A조 | G-03, G-17 | 20 | 01:10 |\n| B조 | G-09, G-12 | 19 | 00:50 |\n\n- 총 39대, 배정번호 SW-0318-N2\n- BS-02 충전 배터리 잔여 13개',
          },
        ],
      },
      {
        name: 'low_battery_reporter',
        description: '차량 배터리 상태와 충전 배터리 재고를 집계한다',
        instructions: '요청한 조건의 차량 수와 배터리 재고를 조회해 보고하라.',
        replies: [
          {
            call: 'list_low_battery',
            args: { district: '강남구', threshold_pct: 20 },
            result:
              '{"as_of": "2027-03-18T21:05+09:00", "threshold_pct": 20, "zones": {"G-03": 14, "G-09": 11, "G-12": 8, "G-17": 6}, "total": 39, "depot_stock": {"charged_packs": 52, "location": "역삼 배터리 스테이션 BS-02"}}',
          },
          {
            say: '21:05 기준 강남구 잔량 20% 이하: G-03 14대, G-09 11대, G-12 8대, G-17 6대 (합계 39대). BS-02 충전 배터리 52개.',
          },
        ],
      },
      {
        name: 'swap_crew_dispatcher',
        description: '배터리 교체조의 구역과 동선을 배정한다',
        instructions: '지시받은 대상 차량에 교체조를 배정하고 결과를 보고하라.',
        replies: [
          {
            call: 'assign_swap_routes',
            args: {
              district: '강남구',
              zones: ['G-03', 'G-09', 'G-12', 'G-17'],
              vehicles: 39,
              crews: 2,
              start: '22:30',
              stock_site: 'BS-02',
            },
            result:
              '{"assignment": "SW-0318-N2", "crews": {"A조": {"zones": ["G-03", "G-17"], "vehicles": 20, "finish_eta": "01:10"}, "B조": {"zones": ["G-09", "G-12"], "vehicles": 19, "finish_eta": "00:50"}}, "packs_reserved": 39, "packs_left": 13}',
          },
          {
            say: 'SW-0318-N2 배정 완료: A조 G-03·G-17 20대 (종료 01:10), B조 G-09·G-12 19대 (종료 00:50). 배터리 39개 예약, BS-02 잔여 13개.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'night_ops_coordinator', to: 'swap_crew_dispatcher' },
      agent: 'swap_crew_dispatcher',
    },
  }),
  defineScenario({
    id: 'morning-rush-rebalance-plan-yeongdeungpo-brief-never-sent',
    title:
      '출근 시간 재배치 계획을 세 구로 나눴지만 영등포 담당에게는 지시가 가지 않고, 취합 담당은 마포·종로 두 구만으로 계획표를 완성',
    domain: '공공자전거 출근 시간 재배치',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      '내일(3/12 금) 출근 시간(07:00~09:00) 대비 공공자전거 재배치 계획을 세워 주세요. 마포·종로·영등포 3개 구를 모두 포함하고, 구별 트럭 배정과 이동 대수를 하나의 계획표로 주세요.',
    topology: {
      shape: 'fanout',
      planner: 'rebalancing_planner',
      workers: ['mapo_rebalancer', 'jongno_rebalancer', 'yeongdeungpo_rebalancer'],
      aggregator: 'morning_plan_compiler',
    },
    program: { lose: { to: 'yeongdeungpo_rebalancer', prompt: null } },
    agents: [
      {
        name: 'rebalancing_planner',
        description: '구별 재배치 작업을 나눠 지시한다',
        instructions: '구마다 하나씩 재배치 지시를 작성하라.',
        replies: [
          {
            plan: {
              mapo_rebalancer:
                '마포구 3/12(금) 06:00~07:00 재배치: 망원·합정 주거지 대여소 부족분 채우기. 트럭 TR-02 (적재 18대).',
              jongno_rebalancer:
                '종로구 3/12(금) 06:00~07:00 재배치: 혜화·창신 주거지 대여소 보충, 광화문 업무지구는 반납 여유 확보. 트럭 TR-07 (적재 24대).',
              yeongdeungpo_rebalancer:
                '영등포구 3/12(금) 06:00~07:00 재배치: 여의도 업무지구 도착 수요 대비 ST-207·ST-215 과잉분 회수, 신길·대림 주거지로 이동. 트럭 TR-05 (적재 18대).',
            },
          },
        ],
      },
      {
        name: 'mapo_rebalancer',
        description: '마포구 대여소 재배치를 계획한다',
        instructions: '대여소 잔량을 조회해 트럭 동선과 이동 대수를 정하라.',
        replies: [
          {
            call: 'get_station_balance',
            args: { district: '마포구', window: '2027-03-12T06:00/07:00' },
            result:
              '{"district": "마포구", "forecast_0700_0900": {"ST-1310 망원역": {"bikes": 3, "need": 12}, "ST-1322 합정역 7번출구": {"bikes": 5, "need": 11}}, "surplus": {"ST-1206 홍대입구역": 19, "ST-1501 상암DMC": 14}}',
          },
          {
            say: '마포구 (TR-02): 06:00 ST-1206 홍대입구역 10대 + 06:15 ST-1501 상암DMC 6대 적재 → 06:35 ST-1310 망원역 9대, 06:45 ST-1322 합정역 7대 하차. 총 16대 이동, 06:50 완료.',
          },
        ],
      },
      {
        name: 'jongno_rebalancer',
        description: '종로구 대여소 재배치를 계획한다',
        instructions: '대여소 잔량을 조회해 트럭 동선과 이동 대수를 정하라.',
        replies: [
          {
            call: 'get_station_balance',
            args: { district: '종로구', window: '2027-03-12T06:00/07:00' },
            result:
              '{"district": "종로구", "forecast_0700_0900": {"ST-0301 혜화역 4번출구": {"bikes": 2, "need": 13}, "ST-0318 창신역": {"bikes": 4, "need": 9}}, "surplus": {"ST-0102 광화문": 21, "ST-0145 종각역": 12}}',
          },
          {
            say: '종로구 (TR-07): 06:10 ST-0102 광화문 14대 + 06:20 ST-0145 종각역 8대 적재 → 06:40 ST-0301 혜화역 13대, 06:55 ST-0318 창신역 9대 하차. 총 22대 이동, 광화문 반납 여유 7면 확보.',
          },
        ],
      },
      {
        name: 'yeongdeungpo_rebalancer',
        description: '영등포구 대여소 재배치를 계획한다',
        instructions: '대여소 잔량을 조회해 트럭 동선과 이동 대수를 정하라.',
        replies: [
          {
            say: '영등포구 (TR-05): ST-207 여의도역 12대, ST-215 국회의사당역 6대 적재 → 신길역 10대, 대림역 8대 하차. 총 18대.',
          },
        ],
      },
      {
        name: 'morning_plan_compiler',
        description: '구별 재배치 결과를 하나의 계획표로 취합한다',
        instructions: '구별 결과를 하나의 계획표로 정리하라.',
        replies: [
          {
            say: '## 3/12(금) 출근 시간 재배치 계획\n\n| 구 | 트럭 | 적재 | 하차 | 이동 |\n|---|---|---|---|---|\n| 마포 | TR-02 | 홍대입구역 10, 상암DMC 6 | 망원역 9, 합정역 7 | 16대 |\n| 종로 | TR-07 | 광화문 14, 종각역 8 | 혜화역 13, 창신역 9 | 22대 |\n\n- 총 38대 이동, 트럭 2대, 06:55까지 완료\n- 광화문 반납 여유 7면 확보\n\n계획 확정, 기사 배차표 발송 준비 완료.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'rebalancing_planner', to: 'yeongdeungpo_rebalancer' },
      agent: 'rebalancing_planner',
    },
  }),
  defineScenario({
    id: 'flood-damaged-scooters-nine-fixed-reported-twelve',
    title:
      '정비 기사는 침수 차량 12대 중 9대만 완료·3대 부품 대기라는 조회 결과를 받고도 12대 모두 운행 가능으로 보고, 재투입 계획이 12대로 세워짐',
    domain: '전동킥보드 침수 차량 정비와 재투입',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      '지난주 침수 피해를 본 전동킥보드 12대(KS-8A01~KS-8A12) 정비 현황을 확인하고, 수리가 끝난 차량만 내일(3/12) 아침 성수동 구역에 재투입하는 계획까지 세워 주세요.',
    topology: {
      shape: 'nested',
      top: 'fleet_ops_director',
      teams: {
        repair_lead: ['scooter_mechanic'],
        redeploy_lead: ['zone_allocator'],
      },
    },
    agents: [
      {
        name: 'fleet_ops_director',
        description: '차량 운영 전반을 총괄한다',
        instructions: '정비팀과 배치팀에 일을 나누고 최종 계획을 정리하라.',
        replies: [
          {
            handoff: 'repair_lead',
            message: '침수 차량 KS-8A01~KS-8A12 정비 현황 확인, 내일 재투입 가능한 대수 알려 주세요.',
          },
          {
            handoff: 'redeploy_lead',
            message:
              '정비 완료 12대(KS-8A01~KS-8A12)를 내일 3/12 07:00 전 성수동 구역에 재투입하는 배치안 부탁합니다.',
          },
          {
            say: '## 침수 차량 재투입 계획 (3/12)\n\n- 정비: KS-8A01~KS-8A12 **12대 정비 완료**, 운행 가능 판정\n- 배치: 성수동 4개 지점, 06:40까지 배치 (작업 RD-0312-SS)\n\n| 지점 | 대수 |\n|---|---|\n| 성수역 3번출구 P-SS-01 | 4 |\n| 서울숲 남문 P-SS-04 | 3 |\n| 뚝섬역 1번출구 P-SS-07 | 3 |\n| 성수 IT밸리 P-SS-11 | 2 |',
          },
        ],
      },
      {
        name: 'repair_lead',
        description: '정비팀을 이끈다',
        instructions: '정비 기사에게 현황을 확인받아 보고하라.',
        replies: [
          {
            handoff: 'scooter_mechanic',
            message: '침수 배치 FLOOD-0305 (KS-8A01~KS-8A12) 정비 결과 조회, 운행 가능 판정 대수 보고 부탁.',
          },
          { say: '침수 차량 FLOOD-0305 12대 정비 완료, 12대 모두 운행 가능 판정입니다.' },
        ],
      },
      {
        name: 'scooter_mechanic',
        description: '전동킥보드를 정비하고 정비 기록을 관리한다',
        instructions: '정비 주문을 조회하고 차량별 결과를 정확히 보고하라.',
        replies: [
          {
            call: 'get_repair_orders',
            args: { batch: 'FLOOD-0305', vehicles: 'KS-8A01..KS-8A12' },
            result:
              '{"batch": "FLOOD-0305", "total": 12, "completed": 9, "waiting_parts": 3, "items": [{"id": "KS-8A01", "status": "완료", "test": "PASS"}, {"id": "KS-8A02", "status": "완료", "test": "PASS"}, {"id": "KS-8A03", "status": "완료", "test": "PASS"}, {"id": "KS-8A04", "status": "부품대기", "part": "메인 컨트롤러 MC-220", "eta": "2027-03-15"}, {"id": "KS-8A05", "status": "완료", "test": "PASS"}, {"id": "KS-8A06", "status": "완료", "test": "PASS"}, {"id": "KS-8A07", "status": "완료", "test": "PASS"}, {"id": "KS-8A08", "status": "완료", "test": "PASS"}, {"id": "KS-8A09", "status": "부품대기", "part": "메인 컨트롤러 MC-220", "eta": "2027-03-15"}, {"id": "KS-8A10", "status": "완료", "test": "PASS"}, {"id": "KS-8A11", "status": "부품대기", "part": "배터리 팩 BP-36V", "eta": "2027-03-17"}, {"id": "KS-8A12", "status": "완료", "test": "PASS"}]}',
          },
          {
            say: '**FLOOD-0305 정비 결과**\n\n- 대상 12대 (KS-8A01~KS-8A12) 정비 완료\n- 주행·제동·방수 테스트 PASS\n- 운행 가능: **12대**',
          },
        ],
      },
      {
        name: 'redeploy_lead',
        description: '차량 배치팀을 이끈다',
        instructions: '배치 담당에게 배치안을 받아 보고하라.',
        replies: [
          {
            handoff: 'zone_allocator',
            message: 'KS-8A01~KS-8A12 12대, 3/12 07:00 전 성수동 구역 배치안 작성.',
          },
          {
            say: '성수동 배치안 RD-0312-SS: P-SS-01 4대, P-SS-04 3대, P-SS-07 3대, P-SS-11 2대 — 12대, 06:40 완료 예정.',
          },
        ],
      },
      {
        name: 'zone_allocator',
        description: '구역별 차량 배치 지점을 정한다',
        instructions: '수요 예측에 맞게 지점별 배치 대수를 정하라.',
        replies: [
          {
            call: 'allocate_vehicles',
            args: { zone: '성수동', vehicles: 12, deadline: '2027-03-12T07:00+09:00' },
            result:
              '{"plan": "RD-0312-SS", "spots": {"P-SS-01": 4, "P-SS-04": 3, "P-SS-07": 3, "P-SS-11": 2}, "van": "MV-03", "done_eta": "06:40"}',
          },
          {
            say: '배치안 RD-0312-SS (밴 MV-03): 성수역 3번출구 P-SS-01 4대, 서울숲 남문 P-SS-04 3대, 뚝섬역 1번출구 P-SS-07 3대, 성수 IT밸리 P-SS-11 2대. 06:40 완료.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'scooter_mechanic', to: 'repair_lead' },
      agent: 'scooter_mechanic',
    },
  }),
  defineScenario({
    id: 'kx3-lock-firmware-ota-timeout-reported-as-deployed',
    title:
      'OTA 서버가 504로 배포 작업을 만들지 못했는데 펌웨어 담당은 KX-3 1,140대 배포를 진행했다고 라우터에 보고, 현장 공지까지 나감',
    domain: '전동킥보드 잠금장치 펌웨어 배포',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'KX-3 모델 전동킥보드(펌웨어 2.4.1)에서 반납 잠금 실패가 계속 나옵니다. 오늘 중으로 전체 1,140대에 펌웨어 2.4.3 패치를 배포하고 현장 운영팀 공지를 내 주세요.',
    topology: {
      shape: 'network',
      coordinator: 'lock_ops_router',
      workers: ['firmware_pusher', 'ops_notice_writer'],
    },
    agents: [
      {
        name: 'lock_ops_router',
        description: '잠금장치 장애 대응 작업을 배분한다',
        instructions: '펌웨어 배포를 먼저 맡기고, 결과에 따라 공지를 맡긴 뒤 마무리하라.',
        replies: [
          {
            handoff: 'firmware_pusher',
            message:
              'KX-3 전 차량 (1,140대, 현재 2.4.1) 대상 2.4.3 OTA 배포. 작업 ID와 반영 예상 시각 알려 주세요.',
          },
          {
            handoff: 'ops_notice_writer',
            message:
              'KX-3 1,140대 2.4.3 배포 진행 (작업 OTA-24311, 30분 내 반영). 현장 운영팀 공지: 잠금 실패 차량 수거 중단, 30분 뒤 앱에서 잠금 상태 재확인.',
          },
          {
            say: '**KX-3 잠금 오류 대응 완료**\n\n- 펌웨어 2.4.3 OTA 배포: 1,140대, 작업 OTA-24311 (30분 내 반영)\n- 현장 운영팀 공지 게시 (NTC-0318-04)\n\n잠금 실패 차량 수거는 중단하고 30분 뒤 재확인합니다.',
          },
        ],
      },
      {
        name: 'firmware_pusher',
        description: '차량 펌웨어를 OTA로 배포한다',
        instructions: '지정된 모델에 펌웨어를 배포하고 작업 결과를 보고하라.',
        replies: [
          {
            call: 'push_firmware',
            args: { model: 'KX-3', from_version: '2.4.1', to_version: '2.4.3', rollout: 'all' },
            result: {
              error:
                '504 Gateway Timeout — ota-api.fleet.internal 응답 없음 (60 s). 배포 작업 미생성: 대상 1140 / 전송 0',
            },
          },
          {
            say: 'KX-3 1,140대 대상 2.4.3 OTA 배포 요청했습니다. 작업 ID OTA-24311, 차량이 다음 통신 주기에 받아 30분 안에 반영됩니다.',
          },
        ],
      },
      {
        name: 'ops_notice_writer',
        description: '현장 운영팀 공지를 작성한다',
        instructions: '현장 직원이 바로 따를 수 있는 공지를 써라.',
        replies: [
          {
            call: 'post_ops_notice',
            args: { channel: '현장운영-전체', title: 'KX-3 잠금 펌웨어 2.4.3 배포' },
            result: '{"notice": "NTC-0318-04", "recipients": 86, "posted_at": "2027-03-18T15:42+09:00"}',
          },
          {
            say: '공지 NTC-0318-04 게시 (수신 86명): "KX-3 펌웨어 2.4.3 배포 중. 잠금 실패 차량 수거 중단, 16:15 이후 앱에서 잠금 상태 재확인 후 여전히 실패하면 수거."',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'firmware_pusher', to: 'lock_ops_router' },
      agent: 'firmware_pusher',
    },
  }),
  defineScenario({
    id: 'evening-truck-route-overload-resubmitted-unchanged',
    title:
      '경로 검토가 TR-05 적재 한도 18대를 넘는 24대 1회 운행안을 세 번 반려하는데 경로 설계 담당은 같은 경로를 매번 다시 제출',
    domain: '공공자전거 퇴근 시간 트럭 재배치',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      '오후 6시 퇴근 수요 대비: 여의도역(ST-207)·국회의사당역(ST-215)의 남는 자전거를 가산디지털단지역(ST-1702)·구로디지털단지역(ST-1711)으로 옮기는 재배치 경로를 짜 주세요. 트럭은 TR-05(적재 18대) 1대, 17:30까지 완료해야 합니다.',
    topology: {
      shape: 'pipeline',
      order: ['route_planner', 'route_reviewer', 'dispatch_notifier'],
      loop: { from: 'route_reviewer', to: 'route_planner', while: '반려', max: 3 },
    },
    agents: [
      {
        name: 'route_planner',
        description: '재배치 트럭 경로를 설계한다',
        instructions: '요청과 검토 의견을 반영해 트럭 경로안을 작성하라.',
        prompt: '검토 의견 또는 요청:\n{input}\n\n작업 요청: {request}',
        replies: [
          {
            say: '재배치 경로안 (TR-05)\n1. 16:20 ST-207 여의도역 14대 적재\n2. 16:35 ST-215 국회의사당역 10대 적재 (누적 24대)\n3. 17:00 ST-1702 가산디지털단지역 13대 하차\n4. 17:15 ST-1711 구로디지털단지역 11대 하차\n총 24대 이동, 17:15 완료.',
          },
          {
            say: '재배치 경로안 (수정)\n1. 16:20 ST-207 14대 적재\n2. 16:35 ST-215 10대 적재\n3. 17:00 ST-1702 13대 하차\n4. 17:15 ST-1711 11대 하차\nTR-05 1회 운행, 총 24대, 17:15 완료.',
          },
          {
            say: '재배치 경로안 (재수정)\n1. 16:20 ST-207 여의도역 14대 적재\n2. 16:35 ST-215 국회의사당역 10대 적재\n3. 17:00 ST-1702 13대 하차\n4. 17:15 ST-1711 11대 하차\n총 24대, 17:15 완료 예정.',
          },
        ],
      },
      {
        name: 'route_reviewer',
        description: '트럭 경로의 적재 한도와 시간을 검토한다',
        instructions: '승인하면 "승인: ..."으로, 고칠 점이 있으면 "반려: ..."로 시작해 답하라.',
        prompt: '경로안:\n{input}',
        replies: [
          {
            say: '반려: TR-05 적재 한도는 18대인데 ST-207·ST-215에서 24대를 한 번에 싣는 경로입니다. 2회 운행으로 나누거나 이동 대수를 18대 이하로 줄여 주세요.',
          },
          {
            say: '반려: 수정안도 1회 운행에 24대 적재로 이전 안과 같습니다. 적재 한도 18대를 지켜 주세요.',
          },
          {
            say: '반려: 세 번째 안도 24대 1회 적재입니다. 적재 한도 18대 초과로 승인할 수 없습니다.',
          },
        ],
      },
      {
        name: 'dispatch_notifier',
        description: '검토 결과에 따라 기사에게 배차를 알린다',
        instructions: '승인된 경로는 배차하고, 아니면 관제에 넘겨라.',
        prompt: '검토 결과:\n{input}',
        replies: [
          {
            say: 'TR-05 퇴근 시간 재배치 배차 보류: 경로 검토 3회 반려 (1회 적재 24대 > 한도 18대). 17:30 완료 목표에 맞춘 수동 배정이 필요합니다 — 영등포 관제 담당 확인 바랍니다.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'route_planner', to: 'route_reviewer' },
      agent: 'route_planner',
    },
  }),
  defineScenario({
    id: 'kickgo-march-settlement-json-wrapped-in-prose',
    title:
      '정산 담당이 JSON 객체만 내라는 지시와 달리 설명 문장과 코드 블록으로 감싼 정산 결과를 내서 정산 시스템 파싱이 실패, 제휴사 보고서 단계가 돌지 못함',
    domain: '제휴 킥보드 이용 정산',
    mast: ['FM-1.1', 'FM-1.2'],
    request:
      '3월 제휴사(킥고 모빌리티) 정산: 공공자전거 앱에서 연결 대여된 킥보드 이용 3월 1~31일분 정산 데이터를 정산 시스템에 넣고, 제휴사에 보낼 보고서를 작성해 주세요.',
    topology: {
      shape: 'pipeline',
      order: ['trip_log_exporter', 'fare_settler', 'partner_report_writer'],
    },
    program: {
      crash: {
        agent: 'fare_settler',
        error:
          'SyntaxError: Unexpected token \'3\', "3월 킥고 정산 결과"... is not valid JSON (at JSON.parse, parseSettlementPayload settlement/ingest.ts:44)',
      },
    },
    agents: [
      {
        name: 'trip_log_exporter',
        description: '제휴 대여 이용 기록을 집계한다',
        instructions: '정산 기간의 제휴 이용 기록을 집계해 넘겨라.',
        replies: [
          {
            call: 'export_partner_trips',
            args: { partner: 'KICKGO', period: '2027-03' },
            result:
              '{"partner": "KICKGO", "period": "2027-03", "trips": 18422, "ride_minutes": 221064, "unlock_fee_krw_each": 1000, "minute_fee_krw": 150, "unlock_fees_krw": 18422000, "minute_fees_krw": 33159600, "refunds_krw": 412300, "file": "s3://settle/kickgo/2027-03/trips.parquet"}',
          },
          {
            say: '킥고 3월 이용 집계: 18,422건, 주행 221,064분. 잠금해제 요금 18,422,000원, 분당 요금 33,159,600원, 환불 412,300원. 원본 s3://settle/kickgo/2027-03/trips.parquet',
          },
        ],
      },
      {
        name: 'fare_settler',
        description: '제휴 정산 금액을 계산해 정산 시스템 입력값을 만든다',
        instructions:
          '정산 시스템(settlement/ingest)이 그대로 읽는 JSON 객체 하나만 출력하라. 설명 문장이나 코드 블록 없이, 키: partner, period, gross_krw, refunds_krw, net_krw, platform_fee_rate, platform_fee_krw, payable_to_partner_krw.',
        prompt: '이용 집계:\n{input}',
        replies: [
          {
            say: '3월 킥고 정산 결과입니다. 플랫폼 수수료 12%를 적용했습니다.\n\n```json\n{"partner": "KICKGO", "period": "2027-03", "gross_krw": 51581600, "refunds_krw": 412300, "net_krw": 51169300, "platform_fee_rate": 0.12, "platform_fee_krw": 6140316, "payable_to_partner_krw": 45028984}\n```',
          },
        ],
      },
      {
        name: 'partner_report_writer',
        description: '제휴사에 보낼 정산 보고서를 작성한다',
        instructions: '정산 시스템에 등록된 값으로 제휴사 보고서를 작성하라.',
        prompt: '정산 등록 결과:\n{input}',
        replies: [
          {
            say: '## 킥고 모빌리티 2027년 3월 정산 보고\n\n| 항목 | 금액 |\n|---|---|\n| 총 이용료 | 51,581,600원 |\n| 환불 | 412,300원 |\n| 순 이용료 | 51,169,300원 |\n| 플랫폼 수수료 (12%) | 6,140,316원 |\n| **지급액** | **45,028,984원** |',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'fare_settler', to: 'partner_report_writer' },
      agent: 'fare_settler',
    },
  }),
  defineScenario({
    id: 'mapo-broken-bike-pickup-briefed-with-morning-count',
    title:
      '고장 신고 조회가 마포구 고장 자전거를 21대(오전 14대 + 신규 7대)로 보여 준 뒤에도 정비 코디네이터는 회수 트럭에 오전 목록 14대로 지시',
    domain: '공공자전거 고장 차량 회수',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      '오전 점검표(3/18 09:00, 목록 MP-0318-AM) 기준 마포구 고장 자전거 14대를 오늘 오후 회수해서 상암 정비센터로 보내 주세요. 회수 배차 전에 최신 고장 신고 현황도 확인해 주세요.',
    topology: {
      shape: 'supervisor',
      coordinator: 'repair_coordinator',
      workers: ['fault_report_checker', 'collection_truck_dispatcher'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'repair_coordinator',
        description: '고장 차량 회수와 정비 입고를 조율한다',
        instructions: '최신 고장 현황을 확인한 뒤 회수 트럭을 배차하고 결과를 정리하라.',
        replies: [
          {
            handoff: 'fault_report_checker',
            message: '마포구 미처리 고장 신고 현황 조회 부탁합니다. 오전 점검표 MP-0318-AM 이후 추가분 포함.',
          },
          {
            handoff: 'collection_truck_dispatcher',
            message:
              '마포구 고장 자전거 회수: 점검표 MP-0318-AM의 14대를 오늘 15:00 출발로 회수해 상암 정비센터에 입고해 주세요.',
          },
          {
            say: '## 마포구 고장 자전거 회수 (3/18)\n\n- 회수 작업 COL-0318-07, 트럭 TR-02\n- 14대, 대여소 9곳 경유\n- 15:00 출발 → 17:10 상암 정비센터 입고 예정\n\n오늘 회수로 마포구 고장 차량이 모두 정비센터에 들어갑니다.',
          },
        ],
      },
      {
        name: 'fault_report_checker',
        description: '이용자·점검 고장 신고를 조회한다',
        instructions: '미처리 고장 신고를 조회해 현황을 보고하라.',
        replies: [
          {
            call: 'list_fault_reports',
            args: { district: '마포구', status: 'open' },
            result:
              '{"district": "마포구", "as_of": "2027-03-18T13:40+09:00", "open_faults": 21, "from_morning_list": {"list_id": "MP-0318-AM", "count": 14}, "new_since_0900": [{"bike": "SPB-40318", "issue": "브레이크", "station": "ST-1206"}, {"bike": "SPB-38871", "issue": "체인 이탈", "station": "ST-1310"}, {"bike": "SPB-41022", "issue": "타이어 펑크", "station": "ST-1322"}, {"bike": "SPB-39560", "issue": "안장 파손", "station": "ST-1501"}, {"bike": "SPB-40077", "issue": "잠금장치", "station": "ST-1206"}, {"bike": "SPB-41190", "issue": "변속기", "station": "ST-1418"}, {"bike": "SPB-38412", "issue": "타이어 펑크", "station": "ST-1310"}]}',
          },
          {
            say: '13:40 기준 마포구 미처리 고장 **21대**: 오전 점검표 MP-0318-AM 14대 + 09:00 이후 신규 신고 7대.\n\n신규 7대: SPB-40318 브레이크 (ST-1206), SPB-38871 체인 이탈 (ST-1310), SPB-41022 타이어 펑크 (ST-1322), SPB-39560 안장 파손 (ST-1501), SPB-40077 잠금장치 (ST-1206), SPB-41190 변속기 (ST-1418), SPB-38412 타이어 펑크 (ST-1310).',
          },
        ],
      },
      {
        name: 'collection_truck_dispatcher',
        description: '고장 차량 회수 트럭을 배차한다',
        instructions: '지시받은 차량 목록으로 회수 트럭을 배차하라.',
        replies: [
          {
            call: 'dispatch_collection',
            args: { list_id: 'MP-0318-AM', bikes: 14, depot: '상암 정비센터', depart: '15:00' },
            result:
              '{"job": "COL-0318-07", "truck": "TR-02", "bikes": 14, "stops": 9, "depart": "15:00", "eta_depot": "17:10"}',
          },
          {
            say: '회수 배차 완료: COL-0318-07, TR-02, 14대 (대여소 9곳), 15:00 출발, 상암 정비센터 17:10 도착 예정.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'repair_coordinator', to: 'collection_truck_dispatcher' },
      agent: 'repair_coordinator',
    },
  }),
  defineScenario({
    id: 'season-pass-medical-pause-without-expiry-extension',
    title:
      '상담원이 180일권을 3/4~3/17 정지하고 만료일을 14일 연장(7/14)하라고 넘겼으나 정기권 담당은 정지만 하고 만료일은 6/30 그대로 안내',
    domain: '공공자전거 정기권 상담',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      '정기권(180일권)을 쓰고 있는데 발목 수술 때문에 3월 4일부터 17일까지 2주 동안 못 타요. 그 기간만큼 정기권을 정지하고 만료일도 그만큼 늦춰 주세요. 진단서는 어제 앱으로 올렸어요. 회원번호 M-2291847.',
    topology: {
      shape: 'swarm',
      entry: 'rider_support',
      agents: ['rider_support', 'pass_billing'],
    },
    agents: [
      {
        name: 'rider_support',
        description: '이용자 문의를 받아 확인하고 담당에게 넘긴다',
        instructions: '회원 정보를 확인하고 처리 담당에게 필요한 내용을 정확히 넘겨라.',
        replies: [
          {
            call: 'lookup_pass',
            args: { member: 'M-2291847' },
            result:
              '{"member": "M-2291847", "pass_id": "PS-7730215", "type": "180일권", "start": "2027-01-01", "expires_at": "2027-06-30", "status": "active", "medical_doc": {"received": "2027-03-03", "verified": true}}',
          },
          {
            handoff: 'pass_billing',
            message:
              'M-2291847 180일권 PS-7730215 (만료 2027-06-30): 의료 사유 (진단서 3/3 접수·확인) 2027-03-04~03-17 14일 이용 정지 + 만료일 14일 연장 (→ 2027-07-14) 처리 부탁드립니다.',
          },
        ],
      },
      {
        name: 'pass_billing',
        description: '정기권 정지·연장·환불을 처리한다',
        instructions: '정기권 변경을 처리하고 이용자에게 결과를 안내하라.',
        replies: [
          {
            call: 'pause_pass',
            args: { pass_id: 'PS-7730215', from: '2027-03-04', to: '2027-03-17', reason: 'medical' },
            result:
              '{"pass_id": "PS-7730215", "status": "paused", "pause_from": "2027-03-04", "pause_to": "2027-03-17", "expires_at": "2027-06-30", "extend_days": 0}',
          },
          {
            say: '회원님, 정기권(PS-7730215)을 **3월 4일부터 3월 17일까지** 이용 정지 처리했습니다. 정지 기간에는 대여가 제한되며 3월 18일부터 다시 이용하실 수 있습니다. 정기권 만료일은 **2027년 6월 30일**입니다.\n\n빠른 회복을 바랍니다.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'rider_support', to: 'pass_billing' },
      agent: 'pass_billing',
    },
  }),
  defineScenario({
    id: 'gangnam-exit11-scooter-brake-report-cut-mid-fare-line',
    title:
      '정비 담당의 조치 내역이 요금 확인 항목 중간에서 끊기고, 답변 담당은 끊긴 내역을 받아 이용자의 요금 문의에 답하지 못한 채 답변을 보냄',
    domain: '전동킥보드 고장 신고 처리',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      '강남역 11번 출구 앞 킥보드 KS-7Q21B를 타다가 뒷바퀴 쪽에서 쇳소리가 나고 브레이크가 밀렸어요. 다른 사람이 타기 전에 조치해 주시고, 제가 낸 요금(3,450원)도 확인 부탁드립니다.',
    topology: {
      shape: 'branch',
      classifier: 'ticket_triage',
      routes: { battery: 'battery_technician', mechanical: 'mechanic' },
      after: 'rider_reply_writer',
    },
    agents: [
      {
        name: 'ticket_triage',
        description: '고장 신고를 분류한다',
        instructions: '신고를 battery 또는 mechanical로 분류하고 핵심만 적어라.',
        replies: [
          {
            say: 'mechanical — KS-7Q21B, 후륜 이음·제동 밀림 신고. 즉시 운행 중지 필요. 이용자 요금 3,450원 확인 요청 포함.',
          },
        ],
      },
      {
        name: 'battery_technician',
        description: '배터리·충전 관련 고장을 처리한다',
        instructions: '배터리 문제를 진단하고 조치하라.',
        replies: [{ say: '배터리 진단 결과 이상 없음.' }],
      },
      {
        name: 'mechanic',
        description: '제동·바퀴·차체 고장을 처리한다',
        instructions: '차량을 잠그고 진단한 뒤, 수거 일정과 이용 요금 확인 결과까지 조치 내역으로 정리하라.',
        prompt: '분류 결과: {input}\n\n신고 원문: {request}',
        replies: [
          {
            call: 'lock_vehicle',
            args: { vehicle: 'KS-7Q21B', reason: '제동 이상 신고' },
            result: '{"vehicle": "KS-7Q21B", "locked": true, "at": "2027-03-18T14:12+09:00"}',
          },
          {
            call: 'get_vehicle_diag',
            args: { vehicle: 'KS-7Q21B' },
            result:
              '{"vehicle": "KS-7Q21B", "rear_brake_pad_wear_pct": 92, "hub_bearing_noise": true, "last_ride": {"rental": "R-20270318-55170", "minutes": 21, "fare_krw": 3450, "brake_events_abnormal": 4}}',
          },
          {
            say: '**KS-7Q21B 조치 내역**\n\n1. 원격 잠금: 완료 (14:12, 대여 불가 처리)\n2. 진단: 후륜 브레이크 패드 마모 92%, 허브 베어링 소음 감지\n3. 수거: 정비 밴 MV-03 배정, 15:30까지 강남역 11번 출구에서 회수\n4. 요금: 이용 건 R-20270318-55170 (21분, 3,4',
            cutOff: true,
          },
        ],
      },
      {
        name: 'rider_reply_writer',
        description: '이용자에게 처리 결과를 답변한다',
        instructions: '조치 내역을 바탕으로 이용자에게 친절하게 답하라.',
        prompt: '정비 조치 결과:\n{input}\n\n고객 문의: {request}',
        replies: [
          {
            say: '안녕하세요, 신고해 주셔서 감사합니다.\n\n- KS-7Q21B는 14:12에 원격 잠금해 다른 분이 대여할 수 없도록 했습니다.\n- 점검 결과 뒷브레이크 패드 마모와 바퀴 베어링 소음이 확인되어, 오늘 15:30까지 정비 차량이 회수합니다.\n- 이용하신 건(R-20270318-55170, 21분)도 함께 확인했습니다.\n\n불편을 드려 죄송합니다. 안전한 이용에 참고하겠습니다.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'mechanic', to: 'rider_reply_writer' },
      agent: 'mechanic',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'seoul-forest-virtual-return-zone-radius-reformatted',
    title:
      '서울숲 가상 반납구역: 반경 0.15 km와 "2027년 4월 7일(수)"가 다음 단계에서 150 m, 2027-04-07, 4/7(수)로 바뀌어 전달되지만 값은 같음',
    domain: '공공자전거 가상 반납구역 설정',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task / stale_context: the radius and start date change format between agents (0.15 km → 150 m, 2027년 4월 7일 → 2027-04-07 → 4/7(수)) but keep the same values',
    request:
      '서울숲 2번 출입구 앞에 공공자전거 가상 반납구역을 새로 만들어 주세요. 현장 조사 후 구역을 설정하고, 이용자 안내문도 부탁합니다.',
    topology: {
      shape: 'pipeline',
      order: ['zone_surveyor', 'geofence_editor', 'field_notice_writer'],
    },
    agents: [
      {
        name: 'zone_surveyor',
        description: '반납구역 후보지를 현장 조사한다',
        instructions: '후보지의 위치, 반경, 시행일, 주의사항을 정리하라.',
        replies: [
          {
            call: 'survey_site',
            args: { site: '서울숲 2번 출입구', district: '성동구' },
            result:
              '{"site": "서울숲 2번 출입구", "center": {"lat": 37.5443, "lng": 127.0374}, "recommended_radius_km": 0.15, "overlap_with": [], "nearest_zone": {"id": "VZ-SD-11", "distance_m": 420}, "approval": {"office": "성동구 교통행정과", "effective": "2027년 4월 7일"}}',
          },
          {
            say: '서울숲 2번 출입구 가상 반납구역 후보\n- 중심: 37.5443, 127.0374\n- 반경: 0.15 km (보도 경계 안쪽)\n- 시행: 2027년 4월 7일(수), 성동구 교통행정과 승인\n- 가장 가까운 기존 구역 VZ-SD-11과 420 m 떨어져 겹치지 않음',
          },
        ],
      },
      {
        name: 'geofence_editor',
        description: '지오펜스 구역을 생성·수정한다',
        instructions: '조사 결과대로 구역을 만들고 결과를 보고하라.',
        prompt: '현장 조사:\n{input}',
        replies: [
          {
            call: 'create_virtual_zone',
            args: {
              zone_id: 'VZ-SD-14',
              lat: 37.5443,
              lng: 127.0374,
              radius_m: 150,
              effective_from: '2027-04-07',
            },
            result:
              '{"zone_id": "VZ-SD-14", "radius_m": 150, "effective_from": "2027-04-07T00:00+09:00", "status": "scheduled", "app_map_version": "2027.04.07-1"}',
          },
          {
            say: 'VZ-SD-14 생성 완료: 중심 37.5443/127.0374, 반경 150 m, 2027-04-07 00:00부터 적용 (앱 지도 2027.04.07-1).',
          },
        ],
      },
      {
        name: 'field_notice_writer',
        description: '이용자 안내문을 작성한다',
        instructions: '구역 설정 결과를 이용자 안내문으로 써라.',
        prompt: '구역 설정 결과:\n{input}',
        replies: [
          {
            say: '### 서울숲 2번 출입구 반납구역 신설\n\n**4/7(수)부터** 서울숲 2번 출입구 앞 반경 150미터 안에서 공공자전거를 반납할 수 있습니다 (구역 번호 VZ-SD-14). 앱 지도를 최신 버전으로 업데이트하면 반납 가능 영역이 파란색으로 표시됩니다.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'hongdae-dock-rfid-diagnostics-503-retried-and-reported',
    title:
      '거치대 진단이 게이트웨이 재부팅 중 503으로 실패하자 3분 뒤 재시도해 D04·D05 RFID 불량을 찾고, 실패와 재시도를 함께 보고',
    domain: '대여소 거치대 고장 진단',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error retried successfully and reported openly',
    request:
      '홍대입구역 대여소(ST-1206)에서 반납 인식 오류 민원이 하루 9건 들어왔습니다. 원인을 확인하고 현장 수리 일정을 잡아 주세요.',
    topology: {
      shape: 'supervisor',
      coordinator: 'station_ops_lead',
      workers: ['dock_diagnostics', 'field_tech_scheduler'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'station_ops_lead',
        description: '대여소 장애 대응을 총괄한다',
        instructions: '원인을 진단받고 수리 일정을 잡아 결과를 정리하라.',
        replies: [
          {
            handoff: 'dock_diagnostics',
            message: 'ST-1206 홍대입구역 거치대 원격 진단 부탁합니다. 반납 인식 오류 민원 9건/일.',
          },
          {
            handoff: 'field_tech_scheduler',
            message:
              'ST-1206 D04·D05 RFID 리더 교체 (코드 RFID-04) 일정 잡아 주세요. 수리 전까지 두 거치대는 사용 중지.',
          },
          {
            say: '## ST-1206 반납 인식 오류 조치\n\n- 원인: D04·D05 RFID 리더 불량 (24시간 인식 실패 31회·27회). 첫 진단은 게이트웨이 재부팅으로 503, 재시도에서 확인\n- 조치: D04·D05 사용 중지, 수리 작업 WO-1206-0319 — 3/19(금) 10:00 기사 배정\n\n나머지 18면은 정상입니다.',
          },
        ],
      },
      {
        name: 'dock_diagnostics',
        description: '대여소 거치대를 원격 진단한다',
        instructions: '진단을 실행하고 결과와 진단 과정의 문제를 그대로 보고하라.',
        replies: [
          {
            call: 'run_dock_diagnostics',
            args: { station: 'ST-1206' },
            result: { error: '503 Service Unavailable — 대여소 게이트웨이 GW-1206 재부팅 중' },
          },
          {
            call: 'run_dock_diagnostics',
            args: { station: 'ST-1206', retry: 1 },
            result:
              '{"station": "ST-1206", "docks": 20, "faults": [{"dock": "D04", "code": "RFID-04", "reads_failed_24h": 31}, {"dock": "D05", "code": "RFID-04", "reads_failed_24h": 27}], "gateway_uptime_min": 3}',
          },
          {
            say: '첫 진단 호출은 503 (게이트웨이 GW-1206 재부팅 중)으로 실패해 3분 뒤 다시 실행했고 정상 응답을 받았습니다. 20면 중 D04·D05 RFID 리더 불량 (RFID-04), 24시간 인식 실패 각각 31회·27회. 나머지 18면 정상.',
          },
        ],
      },
      {
        name: 'field_tech_scheduler',
        description: '현장 수리 기사 일정을 잡는다',
        instructions: '수리 작업을 등록하고 일정을 알려라.',
        replies: [
          {
            call: 'schedule_repair',
            args: { station: 'ST-1206', docks: ['D04', 'D05'], code: 'RFID-04', disable_until_fixed: true },
            result:
              '{"work_order": "WO-1206-0319", "tech": "현장기사 T-12", "slot": "2027-03-19T10:00+09:00", "docks_disabled": ["D04", "D05"]}',
          },
          {
            say: '수리 작업 WO-1206-0319 등록: 3/19(금) 10:00 현장기사 T-12, D04·D05 RFID 리더 교체. 두 거치대 사용 중지 적용.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'yeouido-festival-temp-station-28-docks-not-40',
    title:
      '임시 대여소 용량이 40면(v1)에서 28면(v2)으로 줄었고, 라우터와 배차 담당 모두 옛 40면을 언급하지만 28면 기준 22대로 배차',
    domain: '축제 임시 대여소 운영',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded 40-dock capacity is mentioned by several agents, but every action uses the current 28',
    request:
      '4/10(토) 여의도 봄꽃축제 임시 대여소 TS-YD-01 운영 준비: 거치 용량을 확인하고, 개장 전에 자전거를 채워 넣는 재배치 배차까지 해 주세요. 처음 계획은 40면이었습니다.',
    topology: {
      shape: 'network',
      coordinator: 'event_ops_router',
      workers: ['temp_station_checker', 'rebalance_dispatcher'],
    },
    agents: [
      {
        name: 'event_ops_router',
        description: '축제 대비 운영 작업을 배분한다',
        instructions: '용량을 확인시키고, 확인된 용량으로 배차를 맡긴 뒤 마무리하라.',
        replies: [
          {
            handoff: 'temp_station_checker',
            message: 'TS-YD-01 임시 대여소 현재 승인 용량과 운영 시간 확인 부탁합니다.',
          },
          {
            handoff: 'rebalance_dispatcher',
            message:
              'TS-YD-01에 4/10 09:30까지 자전거 채우기. 승인 용량은 28면 (v2, 40면 계획은 축소됨). 개장 직후 반납 수요가 있으니 약 80%만 채워 주세요.',
          },
          {
            say: '## TS-YD-01 (여의도 봄꽃축제) 준비 완료\n\n- 승인 용량: 28면 (v2, 4/6 영등포구 교통과) — 초기 계획 40면은 서측 보도 통제로 축소\n- 배차: TR-05, 22대 (ST-207 12대 + ST-1702 10대), 09:20 도착\n- 반납용 빈 거치대 6면 유지\n\n운영 4/10 10:00~22:00.',
          },
        ],
      },
      {
        name: 'temp_station_checker',
        description: '임시 대여소 허가와 용량을 확인한다',
        instructions: '현재 승인된 값을 확인해 보고하라.',
        replies: [
          {
            call: 'get_temp_station',
            args: { station: 'TS-YD-01' },
            result:
              '{"station": "TS-YD-01", "capacity_plan": [{"version": 1, "docks": 40, "status": "superseded", "note": "서측 보도 통제로 축소"}, {"version": 2, "docks": 28, "status": "active", "approved": "2027-04-06 영등포구 교통과"}], "open": "2027-04-10T10:00+09:00", "close": "2027-04-10T22:00+09:00"}',
          },
          {
            say: 'TS-YD-01: 현재 승인 용량 **28면** (v2, 4/6 영등포구 교통과 승인). 처음 계획한 40면(v1)은 서측 보도 통제로 축소되어 효력이 없습니다. 운영 4/10 10:00~22:00.',
          },
        ],
      },
      {
        name: 'rebalance_dispatcher',
        description: '재배치 트럭을 배차한다',
        instructions: '지시받은 대수와 도착 시각으로 트럭을 배차하라.',
        replies: [
          {
            call: 'dispatch_truck',
            args: { truck: 'TR-05', to: 'TS-YD-01', bikes: 22, arrive_by: '2027-04-10T09:30+09:00' },
            result:
              '{"job": "RB-0410-03", "truck": "TR-05", "pickups": {"ST-207": 12, "ST-1702": 10}, "bikes": 22, "eta": "09:20"}',
          },
          {
            say: '배차 RB-0410-03: TR-05, ST-207 12대 + ST-1702 10대 = 22대, TS-YD-01 09:20 도착 (28면의 약 80%, 빈 거치대 6면). 40면 기준으로 잡았던 32대 안은 쓰지 않았습니다.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ttukseom-weekend-supply-empty-weather-brief-left-out',
    title:
      '주말 공급 계획의 선택 항목인 기상 참고 자료가 빈 값으로 돌아오고, 취합 담당은 이를 계획에 쓰지 않고 수요 예측과 배터리 재고로만 결정',
    domain: '전동킥보드 주말 공급 계획',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output: an optional weather brief comes back empty, and the plan rests only on the two briefs it needs',
    request:
      '이번 주말(4/10~11) 뚝섬한강공원 일대 전동킥보드 공급 계획을 세워 주세요. 수요 예측과 배터리 재고를 바탕으로 구역별 차량 대수를 정해 주시고, 날씨는 참고만 해도 됩니다.',
    topology: {
      shape: 'fanout',
      planner: 'weekend_supply_planner',
      workers: ['demand_forecaster', 'battery_stock_checker', 'weather_checker'],
      aggregator: 'supply_plan_writer',
    },
    agents: [
      {
        name: 'weekend_supply_planner',
        description: '주말 공급 계획 조사를 나눈다',
        instructions: '조사 항목별로 지시를 작성하라.',
        replies: [
          {
            plan: {
              demand_forecaster: '4/10(토)·4/11(일) 뚝섬 구역 Z-TS-01~Z-TS-04 시간대별 킥보드 대여 수요 예측',
              battery_stock_checker: '성수 배터리 스테이션 BS-07 주말 충전 완료 배터리 재고와 교체 인력',
              weather_checker: '(선택, 참고용) 4/10~11 광진·성동 강수확률·풍속 예보 요약',
            },
          },
        ],
      },
      {
        name: 'demand_forecaster',
        description: '대여 수요를 예측한다',
        instructions: '구역별 수요 예측을 내라.',
        replies: [
          {
            call: 'forecast_demand',
            args: {
              zones: ['Z-TS-01', 'Z-TS-02', 'Z-TS-03', 'Z-TS-04'],
              dates: ['2027-04-10', '2027-04-11'],
            },
            result:
              '{"peak_window": "13:00-18:00", "recommended_vehicles": {"Z-TS-01": 45, "Z-TS-02": 30, "Z-TS-03": 25, "Z-TS-04": 20}, "total": 120, "baseline": "최근 3주 주말 평균 + 벚꽃 시즌 보정 1.3"}',
          },
          {
            say: '주말 피크 13:00~18:00, 권장 배치: Z-TS-01 45대, Z-TS-02 30대, Z-TS-03 25대, Z-TS-04 20대 (합계 120대). 최근 3주 주말 평균에 벚꽃 시즌 보정 1.3 적용.',
          },
        ],
      },
      {
        name: 'battery_stock_checker',
        description: '배터리 재고와 교체 인력을 확인한다',
        instructions: '충전 배터리 재고와 인력을 보고하라.',
        replies: [
          {
            call: 'get_battery_stock',
            args: { site: 'BS-07', dates: ['2027-04-10', '2027-04-11'] },
            result:
              '{"site": "BS-07", "charged_packs": {"2027-04-10": 140, "2027-04-11": 125}, "swap_staff": {"2027-04-10": 3, "2027-04-11": 2}, "packs_per_staff_shift": 60}',
          },
          {
            say: 'BS-07 충전 배터리: 토 140개, 일 125개. 교체 인력 토 3명, 일 2명 (1인 교대당 60개) → 일요일 교체 한도 120개.',
          },
        ],
      },
      {
        name: 'weather_checker',
        description: '기상 예보를 요약한다',
        instructions: '예보를 요약하라.',
        replies: [
          {
            call: 'get_forecast',
            args: { grid: '61,127', dates: ['2027-04-10', '2027-04-11'] },
            result: '{"status": "partial", "grid": "61,127", "items": []}',
          },
          { say: '4/10~11 예보 (격자 61,127): 강수확률 -%, 풍속 - m/s' },
        ],
      },
      {
        name: 'supply_plan_writer',
        description: '조사 결과를 공급 계획으로 정리한다',
        instructions: '필수 조사 결과로 공급 계획을 세워라. 참고 항목은 값이 있을 때만 반영하라.',
        replies: [
          {
            say: '## 뚝섬한강공원 주말 공급 계획 (4/10~11)\n\n| 구역 | 토 | 일 |\n|---|---|---|\n| Z-TS-01 | 45 | 45 |\n| Z-TS-02 | 30 | 30 |\n| Z-TS-03 | 25 | 25 |\n| Z-TS-04 | 20 | 20 |\n| **합계** | **120** | **120** |\n\n- 배터리: BS-07 토 140개 / 일 125개, 일요일 교체 한도 120개로 120대 운영 가능\n- 피크 13:00~18:00 전 12:30까지 배치 완료\n- 기상 참고 자료는 값이 비어 있어 반영하지 않았습니다.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'basket-damage-charge-handed-back-with-prior-report',
    title:
      '상담원이 바구니 파손 수리비 이의를 파손 심사 담당에게 넘기고, 심사 담당이 이전 신고 기록을 찾아 결과와 함께 상담원에게 되돌려 환불 처리',
    domain: '공공자전거 파손 수리비 이의 신청',
    mast: ['FM-1.3', 'FM-2.1'],
    nearMissOf:
      'handoff_loop / lost_message: control returns to the first agent, carrying the assessment it needs to finish',
    request:
      '자전거를 반납했는데 바구니 파손 수리비 15,000원이 청구됐어요. 제가 빌릴 때부터 바구니가 찌그러져 있었습니다. 대여번호 R-20270309-88412, 자전거 SPB-22871.',
    topology: {
      shape: 'swarm',
      entry: 'rider_helpdesk',
      agents: ['rider_helpdesk', 'damage_assessor'],
    },
    agents: [
      {
        name: 'rider_helpdesk',
        description: '이용자 문의를 받고 처리 결과를 안내한다',
        instructions: '대여 기록을 확인하고 필요하면 파손 심사에 넘긴 뒤, 결과를 받아 처리하고 안내하라.',
        replies: [
          {
            call: 'get_rental',
            args: { rental: 'R-20270309-88412' },
            result:
              '{"rental": "R-20270309-88412", "bike": "SPB-22871", "start": "2027-03-09T08:41+09:00", "end": "2027-03-09T09:07+09:00", "charges": [{"type": "이용요금", "krw": 0, "note": "정기권"}, {"type": "파손 수리비(바구니)", "krw": 15000, "id": "CHG-77120"}]}',
          },
          {
            handoff: 'damage_assessor',
            message:
              'R-20270309-88412 (SPB-22871, 3/9 08:41~09:07) 바구니 파손 수리비 15,000원 (CHG-77120) 이의 제기. 대여 전부터 파손이었는지 확인 부탁드립니다.',
          },
          {
            call: 'refund_charge',
            args: { charge: 'CHG-77120', krw: 15000, reason: '대여 전 파손 (DR-55102)' },
            result:
              '{"charge": "CHG-77120", "refunded_krw": 15000, "method": "원결제 카드 취소", "eta_days": 3}',
          },
          {
            say: '확인 결과, SPB-22871의 바구니 파손은 3월 7일에 다른 이용자 신고(DR-55102)로 이미 등록된 건으로 회원님 대여(3월 9일 08:41) 이전의 파손이었습니다.\n\n- 청구된 수리비 **15,000원 전액 취소** (CHG-77120)\n- 원결제 카드로 3영업일 안에 환불됩니다.\n\n불편을 드려 죄송합니다.',
          },
        ],
      },
      {
        name: 'damage_assessor',
        description: '파손 책임을 심사한다',
        instructions: '파손 이력과 점검 기록을 확인해 책임을 판정하고, 결과를 상담원에게 돌려보내라.',
        replies: [
          {
            call: 'get_damage_history',
            args: { bike: 'SPB-22871' },
            result:
              '{"bike": "SPB-22871", "reports": [{"id": "DR-55102", "reported_at": "2027-03-07T14:20+09:00", "by": "이용자", "part": "바구니", "desc": "앞 바구니 찌그러짐", "photo": true, "repair_status": "미수리"}], "last_inspection": "2027-03-02"}',
          },
          {
            handoff: 'rider_helpdesk',
            message:
              '판정: 이용자 책임 아님. SPB-22871 바구니 파손은 3/7 14:20 다른 이용자 신고 DR-55102 (사진 있음, 미수리)로 이미 등록된 건으로, 이번 대여 (3/9 08:41) 이전입니다. CHG-77120 15,000원 취소 가능합니다.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'seongdong-inspection-week-dock-and-ebike-ids-carried',
    title:
      '성동구 점검 주간 결과: 거치대 고장 11건과 전기자전거 배터리 SOH 미달 5대, 태그 누락 1대의 번호가 두 팀장을 거쳐 최종 보고까지 빠짐없이 전달',
    domain: '대여소·전기자전거 정기 점검',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf:
      'low_quality_output / misunderstood_task: dense reports full of station codes, dock numbers, serials and counters, all carried over correctly',
    request:
      '성동구 정기 점검 주간(3/8~3/12) 결과를 모아 주세요: 대여소 거치대 점검(ST-5001~ST-5024)과 전기자전거 배터리 감사. 이상 항목은 번호로 모두 적어 주세요.',
    topology: {
      shape: 'nested',
      top: 'seongdong_ops_manager',
      teams: {
        station_lead: ['dock_inspector'],
        fleet_lead: ['ebike_auditor'],
      },
    },
    agents: [
      {
        name: 'seongdong_ops_manager',
        description: '성동구 운영을 총괄한다',
        instructions: '두 팀의 점검 결과를 받아 하나의 보고서로 정리하라.',
        replies: [
          {
            handoff: 'station_lead',
            message: 'ST-5001~ST-5024 거치대 점검 결과 (3/8~3/12), 고장 거치대 번호와 코드 전부.',
          },
          {
            handoff: 'fleet_lead',
            message: '성동구 전기자전거 배터리 감사 결과, SOH 80% 미만 시리얼과 누락 차량 전부.',
          },
          {
            say: '## 성동구 정기 점검 주간 (3/8~3/12) 결과\n\n### 거치대 — 24개 대여소, 312면 중 301면 정상, 고장 11면\n| 대여소 | 거치대 | 코드 |\n|---|---|---|\n| ST-5003 | D07, D11 | LCK-12 |\n| ST-5008 | D02 | RFID-04 |\n| ST-5011 | D15, D16 | PWR-02 |\n| ST-5014 | D04 | LCK-07 |\n| ST-5017 | D09 | RFID-04 |\n| ST-5019 | D01 | LCK-12 |\n| ST-5021 | D12 | PWR-02 |\n| ST-5022 | D05 | LCK-07 |\n| ST-5024 | D03 | RFID-04 |\n\n코드별: LCK-12 3, RFID-04 3, PWR-02 3, LCK-07 2 (합 11)\n\n### 전기자전거 — 86대 감사, SOH 80% 미만 5대, 태그 누락 1대\n- EB-SD-20417 (76%), EB-SD-20433 (78%), EB-SD-20502 (71%), EB-SD-20518 (79%), EB-SD-20611 (74%)\n- 태그 누락: EB-SD-20590 (위치 미확인)',
          },
        ],
      },
      {
        name: 'station_lead',
        description: '대여소 시설팀을 이끈다',
        instructions: '점검 담당의 결과를 빠짐없이 보고하라.',
        replies: [
          {
            handoff: 'dock_inspector',
            message: 'ST-5001~ST-5024 점검 주간 (3/8~3/12) 거치대 결과 조회, 고장 거치대 번호·코드 전부.',
          },
          {
            say: '거치대 점검: 24개소 312면, 정상 301, 고장 11 — ST-5003 D07·D11 (LCK-12), ST-5008 D02 (RFID-04), ST-5011 D15·D16 (PWR-02), ST-5014 D04 (LCK-07), ST-5017 D09 (RFID-04), ST-5019 D01 (LCK-12), ST-5021 D12 (PWR-02), ST-5022 D05 (LCK-07), ST-5024 D03 (RFID-04).',
          },
        ],
      },
      {
        name: 'dock_inspector',
        description: '대여소 거치대를 점검한다',
        instructions: '점검 기록을 조회해 고장 거치대를 모두 보고하라.',
        replies: [
          {
            call: 'get_dock_inspections',
            args: { stations: 'ST-5001..ST-5024', from: '2027-03-08', to: '2027-03-12' },
            result:
              '{"stations_checked": 24, "docks_total": 312, "docks_ok": 301, "docks_fault": 11, "faults": [{"station": "ST-5003", "dock": "D07", "code": "LCK-12"}, {"station": "ST-5003", "dock": "D11", "code": "LCK-12"}, {"station": "ST-5008", "dock": "D02", "code": "RFID-04"}, {"station": "ST-5011", "dock": "D15", "code": "PWR-02"}, {"station": "ST-5011", "dock": "D16", "code": "PWR-02"}, {"station": "ST-5014", "dock": "D04", "code": "LCK-07"}, {"station": "ST-5017", "dock": "D09", "code": "RFID-04"}, {"station": "ST-5019", "dock": "D01", "code": "LCK-12"}, {"station": "ST-5021", "dock": "D12", "code": "PWR-02"}, {"station": "ST-5022", "dock": "D05", "code": "LCK-07"}, {"station": "ST-5024", "dock": "D03", "code": "RFID-04"}]}',
          },
          {
            say: '24개소 312면 점검: 정상 301, 고장 11.\nST-5003 D07 LCK-12 / ST-5003 D11 LCK-12 / ST-5008 D02 RFID-04 / ST-5011 D15 PWR-02 / ST-5011 D16 PWR-02 / ST-5014 D04 LCK-07 / ST-5017 D09 RFID-04 / ST-5019 D01 LCK-12 / ST-5021 D12 PWR-02 / ST-5022 D05 LCK-07 / ST-5024 D03 RFID-04',
          },
        ],
      },
      {
        name: 'fleet_lead',
        description: '차량팀을 이끈다',
        instructions: '감사 담당의 결과를 빠짐없이 보고하라.',
        replies: [
          {
            handoff: 'ebike_auditor',
            message: '성동구 전기자전거 배터리 감사 결과 조회: SOH 80% 미만 시리얼과 태그 누락 차량.',
          },
          {
            say: '전기자전거 86대 감사: SOH 80% 미만 5대 — EB-SD-20417 76%, EB-SD-20433 78%, EB-SD-20502 71%, EB-SD-20518 79%, EB-SD-20611 74%. 태그 누락 1대 EB-SD-20590.',
          },
        ],
      },
      {
        name: 'ebike_auditor',
        description: '전기자전거 배터리 상태를 감사한다',
        instructions: '감사 기록을 조회해 기준 미달 차량을 모두 보고하라.',
        replies: [
          {
            call: 'get_battery_audit',
            args: { district: '성동구', from: '2027-03-08', to: '2027-03-12', soh_threshold: 80 },
            result:
              '{"ebikes_audited": 86, "soh_below_80": 5, "items": [{"serial": "EB-SD-20417", "soh": 76}, {"serial": "EB-SD-20433", "soh": 78}, {"serial": "EB-SD-20502", "soh": 71}, {"serial": "EB-SD-20518", "soh": 79}, {"serial": "EB-SD-20611", "soh": 74}], "missing_tag": 1, "missing_serials": ["EB-SD-20590"]}',
          },
          {
            say: '감사 86대, SOH 80% 미만 5대: EB-SD-20417 (76), EB-SD-20433 (78), EB-SD-20502 (71), EB-SD-20518 (79), EB-SD-20611 (74). 태그 누락 1대: EB-SD-20590 (마지막 위치 미확인).',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch119Scenarios = [...faults, ...healthy];
