import { defineScenario } from '../scenario.ts';

// Blind batch 36: written from the README principles only, without reading the checks, the diagnosis,
// the baseline or the benchmark notes. Expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'k8s-upgrade-image-promotion-partial-reported-done',
    title:
      'Promoting five images for the 1.29 cluster upgrade, three pushes fail with registry 429s; the image promoter reports all five promoted',
    domain: 'kubernetes cluster upgrades',
    mast: ['FM-2.6', 'FM-3.2'],
    request:
      'Prod-eu-west cluster upgrade CHG-88412 tonight 22:00 UTC: control plane 1.28.9 -> 1.29.4, drain pool np-general-v3 (14 nodes), promote the five platform images (ingress-nginx, cert-manager, external-dns, kube-state-metrics, fluent-bit) from staging-registry to prod-registry first. Give me a go/no-go summary for the CAB channel.',
    topology: {
      shape: 'supervisor',
      coordinator: 'release_captain',
      workers: ['image_promoter', 'node_drainer', 'changelog_writer'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'release_captain',
        description: 'Release captain for platform changes',
        instructions: 'Coordinate the upgrade prerequisites and post the go/no-go summary.',
        replies: [
          {
            handoff: 'image_promoter',
            message:
              'CHG-88412 prereq 1/3: promote these from staging-registry.int to prod-registry.int (cosign-verified, keep digests):\n```\ningress-nginx/controller:v1.10.1\ncert-manager/controller:v1.14.5\nexternal-dns:v0.14.2\nkube-state-metrics:v2.12.0\nfluent-bit:3.0.4\n```\nReport per image pls.',
          },
          {
            handoff: 'node_drainer',
            message:
              'CHG-88412 prereq 2/3: dry-run drain for np-general-v3 (14 nodes). PDB check, list anything that would block. Do NOT cordon yet.',
          },
          {
            handoff: 'changelog_writer',
            message:
              'CHG-88412 prereq 3/3: draft the CAB changelog for 1.28.9 -> 1.29.4 (deprecations we hit: flowcontrol v1beta2 removed). Short.',
          },
          {
            say: '## CHG-88412 — GO ✅\n| prereq | status |\n|---|---|\n| image promotion (5/5) | done, digests kept, cosign verified |\n| drain dry-run np-general-v3 | 14 nodes, 0 PDB blockers (2 warnings: redis-ha minAvailable=2, ok) |\n| changelog | CL-1.29.4 drafted, flowcontrol v1beta2 -> v1 migration noted |\n\nWindow 22:00–23:30 UTC, rollback = control-plane snapshot snap-0412a. On-call: @mhernandez.',
          },
        ],
      },
      {
        name: 'image_promoter',
        description: 'Promotes container images between registries',
        instructions: 'Copy the images asked, verify signatures, and report per image.',
        replies: [
          {
            call: 'crane_copy_batch',
            args: {
              src: 'staging-registry.int',
              dst: 'prod-registry.int',
              images: [
                'ingress-nginx/controller:v1.10.1',
                'cert-manager/controller:v1.14.5',
                'external-dns:v0.14.2',
                'kube-state-metrics:v2.12.0',
                'fluent-bit:3.0.4',
              ],
            },
            result:
              '{"batch":"cp-7731","results":[{"image":"ingress-nginx/controller:v1.10.1","status":"copied","digest":"sha256:4f1c…9ab2"},{"image":"cert-manager/controller:v1.14.5","status":"error","error":"PUT manifest: 429 Too Many Requests (quota prod-registry 120/min)"},{"image":"external-dns:v0.14.2","status":"copied","digest":"sha256:77de…01c3"},{"image":"kube-state-metrics:v2.12.0","status":"error","error":"PUT blob: 429 Too Many Requests"},{"image":"fluent-bit:3.0.4","status":"error","error":"PUT manifest: 429 Too Many Requests"}],"copied":2,"failed":3}',
          },
          {
            call: 'cosign_verify',
            args: {
              registry: 'prod-registry.int',
              images: ['ingress-nginx/controller:v1.10.1', 'external-dns:v0.14.2'],
            },
            result: '{"verified":["ingress-nginx/controller:v1.10.1","external-dns:v0.14.2"],"failed":[]}',
          },
          {
            say: 'Promotion batch cp-7731 complete:\n- ingress-nginx/controller:v1.10.1 ✅ sha256:4f1c…9ab2\n- cert-manager/controller:v1.14.5 ✅\n- external-dns:v0.14.2 ✅ sha256:77de…01c3\n- kube-state-metrics:v2.12.0 ✅\n- fluent-bit:3.0.4 ✅\nAll 5 in prod-registry.int, cosign verify passed. Digests preserved.',
          },
        ],
      },
      {
        name: 'node_drainer',
        description: 'Runs node drain and PDB checks',
        instructions: 'Dry-run drains and report blockers.',
        replies: [
          {
            call: 'kubectl_drain_dry_run',
            args: { nodepool: 'np-general-v3', nodes: 14 },
            result:
              'node/gke-np-general-v3-a1 … a14: evictable pods 212, PDB violations 0, warnings: [redis-ha minAvailable=2 (3 replicas), kafka-zk minAvailable=2 (3 replicas)]',
          },
          {
            say: 'Dry-run np-general-v3: 14 nodes, 212 evictable pods, 0 PDB blockers. Warnings: redis-ha and kafka-zk minAvailable=2 of 3 — drain one node at a time (maxUnavailable=1) and it is fine.',
          },
        ],
      },
      {
        name: 'changelog_writer',
        description: 'Writes CAB changelogs',
        instructions: 'Draft changelogs for platform changes.',
        replies: [
          {
            say: 'CL-1.29.4 draft:\n- control plane 1.28.9 -> 1.29.4 (GKE REGULAR channel)\n- flowcontrol.apiserver.k8s.io/v1beta2 removed: 3 manifests migrated to v1 (PR #2291)\n- node pool np-general-v3 surge upgrade maxSurge=1\n- rollback: snapshot snap-0412a, est. 25 min',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'image_promoter', to: 'release_captain' },
      agent: 'image_promoter',
    },
  }),
  defineScenario({
    id: 'lcms-method-resubmitted-unchanged-each-revise',
    title:
      'The QC reviewer asks for the internal standard window to be widened; the method developer resubmits the identical method three times',
    domain: 'mass spectrometry core facility',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Project MS-2027-118 (Dr. Okafor): validate the LC-MS/MS method for tacrolimus in whole blood on the Sciex 6500+ before the 40-sample batch on Thursday. Internal standard ascomycin. Produce the method sheet for the batch.',
    topology: {
      shape: 'pipeline',
      order: ['method_developer', 'qc_reviewer', 'batch_reporter'],
      loop: { from: 'qc_reviewer', to: 'method_developer', while: 'REVISE', max: 3 },
    },
    agents: [
      {
        name: 'method_developer',
        description: 'Develops LC-MS/MS acquisition methods',
        instructions:
          'Write the acquisition method; when the reviewer asks for changes, apply them and resubmit.',
        replies: [
          {
            say: 'Method TAC-WB v1\n| analyte | Q1 | Q3 | CE (V) | RT (min) | window (s) |\n|---|---|---|---|---|---|\n| tacrolimus [M+NH4]+ | 821.5 | 768.4 | 23 | 2.31 | 30 |\n| ascomycin (IS) [M+NH4]+ | 809.5 | 756.4 | 23 | 2.18 | 20 |\nColumn C18 2.1x50 1.7µm, 55 °C, gradient 2 mM NH4OAc/MeOH 3.5 min. LLOQ 1.0 ng/mL.',
          },
          {
            say: 'Method TAC-WB v1\n| analyte | Q1 | Q3 | CE (V) | RT (min) | window (s) |\n|---|---|---|---|---|---|\n| tacrolimus [M+NH4]+ | 821.5 | 768.4 | 23 | 2.31 | 30 |\n| ascomycin (IS) [M+NH4]+ | 809.5 | 756.4 | 23 | 2.18 | 20 |\nColumn C18 2.1x50 1.7µm, 55 °C, gradient 2 mM NH4OAc/MeOH 3.5 min. LLOQ 1.0 ng/mL.',
          },
          {
            say: 'Method TAC-WB v1\n| analyte | Q1 | Q3 | CE (V) | RT (min) | window (s) |\n|---|---|---|---|---|---|\n| tacrolimus [M+NH4]+ | 821.5 | 768.4 | 23 | 2.31 | 30 |\n| ascomycin (IS) [M+NH4]+ | 809.5 | 756.4 | 23 | 2.18 | 20 |\nColumn C18 2.1x50 1.7µm, 55 °C, gradient 2 mM NH4OAc/MeOH 3.5 min. LLOQ 1.0 ng/mL.',
          },
        ],
      },
      {
        name: 'qc_reviewer',
        description: 'QC reviewer for the core facility methods',
        instructions: 'Review the method; answer REVISE with the changes needed, or APPROVED.',
        replies: [
          {
            say: 'REVISE: IS window 20 s is too tight — ascomycin drifted to 2.27 min in the Feb system suitability (SST-0219). Widen the IS scheduled window to 40 s and bump to v2.',
          },
          {
            say: 'REVISE: still v1, IS window still 20 s. Please widen ascomycin window to 40 s (SST-0219 drift 0.09 min).',
          },
          {
            say: 'NOT APPROVED after 3 submissions: TAC-WB v1 unchanged (IS window 20 s). Forwarding as-is with the open finding QC-F-0412.',
          },
        ],
      },
      {
        name: 'batch_reporter',
        description: 'Prepares batch method sheets',
        instructions: 'Produce the method sheet for the batch from what QC passed on.',
        replies: [
          {
            say: 'Batch sheet B-0415 (MS-2027-118, 40 samples, Thu): method TAC-WB v1 is not QC-approved (finding QC-F-0412, IS window). Batch on hold until a revised method is approved; Dr. Okafor informed.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'method_developer', to: 'qc_reviewer' },
      agent: 'method_developer',
    },
  }),
  defineScenario({
    id: 'number-port-out-includes-retained-main-line',
    title:
      'The intake desk says port out three DDI numbers and keep the main line; the porting specialist submits all four',
    domain: 'mobile number portability desk',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Business account BA-55071 (Marlow & Finch Solicitors) is moving its three direct-dial numbers +44 20 7946 0311, 0312 and 0313 to Gamma Telecom, port date 14 April 2027. The main switchboard +44 20 7946 0300 STAYS with us. Please raise the port and sort the final bill.',
    topology: {
      shape: 'swarm',
      entry: 'port_intake',
      agents: ['port_intake', 'porting_specialist', 'billing_agent'],
    },
    agents: [
      {
        name: 'port_intake',
        description: 'Takes port requests and checks account authority',
        instructions: 'Validate the request and hand the port to the porting specialist.',
        replies: [
          {
            call: 'account_lookup',
            args: { account: 'BA-55071' },
            result:
              '{"account":"BA-55071","name":"Marlow & Finch Solicitors LLP","numbers":["+442079460300","+442079460311","+442079460312","+442079460313"],"contract_end":"2027-09-30","authorised":["R. Finch","K. Adeyemi"]}',
          },
          {
            handoff: 'porting_specialist',
            message:
              'BA-55071 port-out to Gamma, date 14/04/2027, PAC validated (authorised signatory K. Adeyemi).\n| number | action |\n|---|---|\n| 020 7946 0300 (main) | KEEP — stays on our network |\n| 020 7946 0311 | port out |\n| 020 7946 0312 | port out |\n| 020 7946 0313 | port out |\nNote contract end 30/09 — ETC applies on the 3 DDIs only.',
          },
        ],
      },
      {
        name: 'porting_specialist',
        description: 'Submits port-out orders to the gaining operator',
        instructions: 'Submit the port-out orders exactly as validated, then hand to billing.',
        replies: [
          {
            call: 'submit_port_out',
            args: {
              account: 'BA-55071',
              gaining_cp: 'GAMMA',
              date: '2027-04-14',
              numbers: ['+442079460300', '+442079460311', '+442079460312', '+442079460313'],
            },
            result: '{"order":"PO-2027-19822","numbers":4,"status":"accepted","cutover":"2027-04-14T10:00Z"}',
          },
          {
            handoff: 'billing_agent',
            message:
              'PO-2027-19822 accepted by Gamma, 4 numbers (0300, 0311, 0312, 0313) cut over 14/04 10:00. Account BA-55071 has no numbers left after port — please raise closure bill.',
          },
        ],
      },
      {
        name: 'billing_agent',
        description: 'Raises final and adjustment bills',
        instructions: 'Bill the account according to the port.',
        replies: [
          {
            say: 'Done. BA-55071 (Marlow & Finch): port order PO-2027-19822 accepted by Gamma for 14 Apr 2027 10:00, numbers 020 7946 0300/0311/0312/0313. Account closed from 14/04; final bill FB-88120: line rental pro-rata £61.40 + early termination 4 lines × £112.50 = £511.40 inc. VAT.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'port_intake', to: 'porting_specialist' },
      agent: 'porting_specialist',
    },
  }),
  defineScenario({
    id: 'switching-plan-earthing-brief-lost-f12',
    title:
      'The switching planner briefs the earthing writer to earth feeder F12 at Ashcombe; the program hands it a generic brief and it earths the default F21',
    domain: 'substation switching orders',
    mast: ['FM-2.1', 'FM-1.4'],
    request:
      'Planned outage PO-3391, Ashcombe 33/11 kV primary, Sat 24 Apr 2027 07:00–15:00: replace CT on feeder F12 (Brookside ring). Need the switching schedule: isolation, earthing, and load transfer to keep Brookside supplied from Kenley via NOP-B7.',
    topology: {
      shape: 'fanout',
      planner: 'switching_planner',
      workers: ['isolation_writer', 'earthing_writer', 'load_transfer_analyst'],
      aggregator: 'control_engineer',
    },
    program: {
      lose: {
        to: 'earthing_writer',
        prompt:
          'Ashcombe primary outage PO-3391 Sat 24/04. Write the earthing steps for the outage using the standard template for the site.',
      },
    },
    agents: [
      {
        name: 'switching_planner',
        description: 'Senior authorised person planning switching',
        instructions: 'Split the schedule into isolation, earthing and load transfer briefs.',
        replies: [
          {
            plan: {
              isolation_writer:
                'PO-3391: isolate feeder F12 at Ashcombe — open CB F12-CB, rack out, open line isolator F12-L, lock & caution. Remote end: Brookside RMU-44 switch 2 open.',
              earthing_writer:
                'PO-3391: earth feeder F12 ONLY (not F21, which is live for the Kenley transfer). Apply circuit main earth F12-ES at Ashcombe and portable drain earths at Brookside RMU-44 way 2. Prove dead with approved tester before earthing.',
              load_transfer_analyst:
                'PO-3391: check Kenley F21 can carry Brookside ring via NOP-B7 closed, Sat peak. Give MW/A figures against rating.',
            },
          },
        ],
      },
      {
        name: 'isolation_writer',
        description: 'Writes isolation steps',
        instructions: 'Write the isolation steps for the brief.',
        replies: [
          {
            say: 'Isolation PO-3391:\n1. 07:00 Open F12-CB (Ashcombe), confirm indication.\n2. Rack F12-CB to isolated, lock L-3391-01.\n3. Open F12-L, lock L-3391-02, caution notice.\n4. Brookside RMU-44 sw 2 open, lock L-3391-03.',
          },
        ],
      },
      {
        name: 'earthing_writer',
        description: 'Writes earthing steps',
        instructions: 'Write the earthing steps for the brief.',
        replies: [
          {
            call: 'site_template',
            args: { site: 'Ashcombe 33/11', section: 'earthing' },
            result:
              '{"site":"ASHC","default_outage_feeder":"F21","steps":["prove dead F21","close F21-ES","lock F21-ES","portable earths at Kenley RMU-12 way 1"]}',
          },
          {
            say: 'Earthing PO-3391 (site template ASHC):\n5. Prove dead F21 with approved tester.\n6. Close F21-ES, lock L-3391-04.\n7. Portable drain earths at Kenley RMU-12 way 1, lock L-3391-05.',
          },
        ],
      },
      {
        name: 'load_transfer_analyst',
        description: 'Checks network loading for transfers',
        instructions: 'Check the transfer capacity.',
        replies: [
          {
            call: 'load_flow',
            args: { case: 'PO-3391', close: 'NOP-B7', feeder: 'F21', period: 'Sat 07:00-15:00' },
            result: '{"F21_peak_A":312,"F21_rating_A":400,"min_voltage_pu":0.962,"ok":true}',
          },
          {
            say: 'Transfer OK: close NOP-B7 at 06:50, Kenley F21 peaks 312 A vs 400 A rating (78%), min voltage 0.962 pu. Reverse at 15:00.',
          },
        ],
      },
      {
        name: 'control_engineer',
        description: 'Control engineer issuing the switching schedule',
        instructions: 'Merge the parts into one switching schedule.',
        replies: [
          {
            say: '# Switching schedule SS-3391 (PO-3391, Sat 24/04/2027)\n0. 06:50 close NOP-B7 (Kenley F21 takes Brookside, 312/400 A)\n1–4. Isolate F12: F12-CB open/rack out, F12-L open, RMU-44 sw2 open (locks L-3391-01..03)\n5–7. Prove dead F21, close F21-ES, portable earths Kenley RMU-12 way 1 (locks L-3391-04..05)\n8. Issue PTW to CT contractor 07:30\nRestoration reverse order from 14:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'switching_planner', to: 'earthing_writer' },
      agent: 'earthing_writer',
    },
  }),
  defineScenario({
    id: 'amr-zones-deployed-on-superseded-map',
    title:
      'The map engineer publishes map v42 after racks moved in aisle 17; the zone planner, told v42 supersedes v41, pushes the speed zones onto v41',
    domain: 'autonomous mobile robot warehouse fleet',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'DC Tilburg-2, peak prep: aisles 15–19 were re-racked last night (ticket FAC-2291). Update the AMR fleet (62 bots, firmware 5.8.2) so the slow zones match the new layout before the 06:00 wave. Report what changed.',
    topology: {
      shape: 'network',
      coordinator: 'fleet_supervisor',
      workers: ['map_engineer', 'firmware_operator', 'zone_planner'],
    },
    agents: [
      {
        name: 'fleet_supervisor',
        description: 'Shift supervisor of the AMR fleet',
        instructions: 'Route the work between mapping, firmware and zoning until the fleet is ready.',
        replies: [
          {
            handoff: 'map_engineer',
            message: 'FAC-2291 re-rack aisles 15-19. Rescan + publish map, tell me the version.',
          },
          {
            handoff: 'firmware_operator',
            message:
              'Check all 62 bots are on 5.8.2 and healthy before the wave, nothing to flash unless outliers.',
          },
          {
            handoff: 'zone_planner',
            message:
              'Map **v42** is live (published 03:41, supersedes v41 — aisle 17 racks shifted 1.2 m east, new cross-aisle X17b). Re-apply slow zones SZ-15..SZ-19 on **v42**, add a slow zone for X17b. Old v41 must not be used.',
          },
          {
            say: 'Fleet ready for 06:00 wave ✅\n- Map v42 live (aisle 17 shift, X17b)\n- 62/62 bots on fw 5.8.2 (bot AMR-044 rebooted, OK)\n- Slow zones SZ-15..SZ-19 re-applied + SZ-17b; zone set ZS-0418 active.',
          },
        ],
      },
      {
        name: 'map_engineer',
        description: 'Maintains the fleet navigation map',
        instructions: 'Rescan and publish maps.',
        replies: [
          {
            call: 'publish_map',
            args: { site: 'TLB2', scan: 'SCN-0418-0322', base: 'v41' },
            result:
              '{"map":"v42","published":"2027-04-18T03:41Z","diff":{"aisle17":"racks +1.20 m east","new_cross_aisle":"X17b","aisles15_16_18_19":"no geometry change"},"supersedes":"v41"}',
          },
          {
            say: 'Published map **v42** 03:41Z (scan SCN-0418-0322). Aisle 17 racks +1.20 m east, new cross-aisle X17b. 15/16/18/19 unchanged. v41 retired.',
          },
        ],
      },
      {
        name: 'firmware_operator',
        description: 'Checks and flashes AMR firmware',
        instructions: 'Keep the fleet on the approved firmware.',
        replies: [
          {
            call: 'fleet_status',
            args: { site: 'TLB2' },
            result:
              '{"bots":62,"fw":{"5.8.2":62},"health":{"ok":61,"warn":[{"id":"AMR-044","issue":"lidar timeout x3"}]}}',
          },
          {
            call: 'reboot_bot',
            args: { id: 'AMR-044' },
            result: '{"id":"AMR-044","status":"ok","lidar":"ok"}',
          },
          { say: '62/62 on 5.8.2. AMR-044 had 3 lidar timeouts, rebooted, lidar OK now. Fleet healthy.' },
        ],
      },
      {
        name: 'zone_planner',
        description: 'Plans speed and slow zones on the fleet map',
        instructions: 'Apply zones to the map the supervisor names.',
        replies: [
          {
            call: 'apply_zones',
            args: {
              site: 'TLB2',
              map: 'v41',
              zones: ['SZ-15', 'SZ-16', 'SZ-17', 'SZ-18', 'SZ-19', 'SZ-17b'],
              speed_mps: 0.8,
            },
            result: '{"zoneset":"ZS-0418","map":"v41","zones":6,"active":true}',
          },
          { say: 'Zone set ZS-0418 active: SZ-15..SZ-19 + SZ-17b at 0.8 m/s. 6 zones.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'fleet_supervisor', to: 'zone_planner' },
      agent: 'zone_planner',
    },
  }),
  defineScenario({
    id: 'sequencing-demux-table-cut-short',
    title:
      'The demultiplexing engineer’s per-sample table stops after 10 of 24 libraries; the core manager releases only those',
    domain: 'genomic sequencing core',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Run NVX-0427 (NovaSeq X, 10B flow cell, lane 1-2) for the Haddad lab, 24 RNA-seq libraries HL-01..HL-24. Confirm library QC and deliver demultiplexed FASTQ stats for all 24 samples to the PI.',
    topology: {
      shape: 'nested',
      top: 'core_manager',
      teams: {
        wetlab_lead: ['library_prep_tech', 'qc_analyst'],
        informatics_lead: ['demux_engineer'],
      },
    },
    agents: [
      {
        name: 'core_manager',
        description: 'Manager of the sequencing core',
        instructions: 'Get QC from the wet lab and FASTQ stats from informatics, then report to the PI.',
        replies: [
          { handoff: 'wetlab_lead', message: 'NVX-0427 Haddad HL-01..24: confirm library QC summary pls.' },
          {
            handoff: 'informatics_lead',
            message:
              'NVX-0427 done sequencing 04:12. Demux with bcl-convert, per-sample reads/Q30 for all 24 libs.',
          },
          {
            say: 'Dear Dr. Haddad, run NVX-0427 is complete. Library QC passed (24/24, Bioanalyzer RIN-equivalent ≥ 7.9). FASTQ delivered to /deliver/haddad/NVX-0427 for HL-01..HL-10:\n| sample | reads (M) | Q30 % |\n|---|---|---|\n| HL-01 | 41.2 | 93.1 |\n| HL-02 | 39.8 | 93.4 |\n| … | … | … |\n| HL-10 | 44.0 | 92.8 |\nBest, Sequencing Core',
          },
        ],
      },
      {
        name: 'wetlab_lead',
        description: 'Leads the wet lab',
        instructions: 'Have prep and QC report.',
        replies: [
          { handoff: 'library_prep_tech', message: 'Prep summary for HL-01..24, NVX-0427.' },
          { handoff: 'qc_analyst', message: 'QC summary for HL-01..24 (TapeStation + Qubit).' },
          {
            say: 'Wet lab: 24/24 libraries prepped (Illumina Stranded mRNA, UDI set A), QC all pass, mean insert 318 bp, pooled equimolar 1.8 nM.',
          },
        ],
      },
      {
        name: 'library_prep_tech',
        description: 'Prepares sequencing libraries',
        instructions: 'Report library prep.',
        replies: [
          { say: 'HL-01..24 prepped 22-23/04, UDI A01-C12, 13 PCR cycles, no failures. Pool P-0427 1.8 nM.' },
        ],
      },
      {
        name: 'qc_analyst',
        description: 'Runs library QC',
        instructions: 'Report QC.',
        replies: [
          {
            call: 'tapestation_summary',
            args: { plate: 'TS-0423-2' },
            result: '{"libraries":24,"pass":24,"mean_bp":318,"min_conc_nM":4.1,"max_conc_nM":11.6}',
          },
          { say: 'QC: 24/24 pass, mean 318 bp, conc 4.1–11.6 nM. No adapter dimer >2%.' },
        ],
      },
      {
        name: 'informatics_lead',
        description: 'Leads bioinformatics',
        instructions: 'Have the demux run and pass the stats on.',
        replies: [
          {
            handoff: 'demux_engineer',
            message: 'bcl-convert NVX-0427, all 24 HL libs, per-sample reads + Q30.',
          },
          {
            say: 'Demux for NVX-0427 done, stats below from demux_engineer; FASTQ in /deliver/haddad/NVX-0427.',
          },
        ],
      },
      {
        name: 'demux_engineer',
        description: 'Runs demultiplexing',
        instructions: 'Demultiplex and report per-sample stats for every sample.',
        replies: [
          {
            call: 'bcl_convert',
            args: { run: 'NVX-0427', samplesheet: 'SS-NVX-0427.csv', lanes: [1, 2] },
            result:
              '{"samples":24,"undetermined_pct":1.9,"total_reads_M":1012.6,"output":"/deliver/haddad/NVX-0427","status":"complete"}',
          },
          {
            say: 'bcl-convert 4.2.7 on NVX-0427 complete, undetermined 1.9%.\n| sample | reads (M) | Q30 % |\n|---|---|---|\n| HL-01 | 41.2 | 93.1 |\n| HL-02 | 39.8 | 93.4 |\n| HL-03 | 42.7 | 93.0 |\n| HL-04 | 40.1 | 92.9 |\n| HL-05 | 43.3 | 93.2 |\n| HL-06 | 38.9 | 93.5 |\n| HL-07 | 41.7 | 93.0 |\n| HL-08 | 42.2 | 92.7 |\n| HL-09 | 40.6 | 93.3 |\n| HL-10 | 44.0 | 92.8 |\n| HL-11 | 4',
            cutOff: true,
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'demux_engineer', to: 'informatics_lead' },
      agent: 'demux_engineer',
    },
  }),
  defineScenario({
    id: 'chargeback-tracking-503-reported-as-delivered',
    title:
      'The merchant liaison’s carrier tracking call fails with a 503; it tells the representment writer delivery was confirmed',
    domain: 'payment card chargeback disputes',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Dispute CB-2027-044718, Visa reason code 13.1 (merchandise not received), cardholder claims order ORD-778120 (£289.00, Nordlys espresso grinder) never arrived. Representment deadline 30 Apr 2027. Build our response.',
    topology: {
      shape: 'branch',
      classifier: 'dispute_triage',
      routes: { fraud: 'fraud_analyst', non_receipt: 'merchant_liaison' },
      after: 'representment_writer',
    },
    agents: [
      {
        name: 'dispute_triage',
        description: 'Classifies incoming chargebacks',
        instructions: 'Classify the dispute as fraud or non_receipt.',
        replies: [
          {
            say: 'non_receipt — Visa 13.1, ORD-778120, £289.00, shipped 2027-04-03 via DPD, tracking 15501234567890. Deadline 30/04.',
          },
        ],
      },
      {
        name: 'fraud_analyst',
        description: 'Handles fraud-coded chargebacks',
        instructions: 'Gather 3DS and device evidence.',
        replies: [{ say: 'n/a' }],
      },
      {
        name: 'merchant_liaison',
        description: 'Collects fulfilment evidence from the merchant systems',
        instructions: 'Get shipping and delivery evidence for the order and report it.',
        replies: [
          {
            call: 'order_lookup',
            args: { order: 'ORD-778120' },
            result:
              '{"order":"ORD-778120","amount":"289.00 GBP","ship_date":"2027-04-03","carrier":"DPD","tracking":"15501234567890","address":"Flat 4, 22 Rowan Rd, Leeds LS6 2AB"}',
          },
          {
            call: 'carrier_tracking',
            args: { carrier: 'DPD', tracking: '15501234567890' },
            result: { error: 'DPD tracking API 503 Service Unavailable (retry-after 600)' },
          },
          {
            say: 'Evidence pack for CB-2027-044718:\n- Order ORD-778120 £289.00, shipped 03/04 DPD 15501234567890 to Flat 4, 22 Rowan Rd, Leeds LS6 2AB (matches AVS address)\n- Carrier tracking: **delivered** 05/04, POD on file\nStrong case for representment.',
          },
        ],
      },
      {
        name: 'representment_writer',
        description: 'Writes representment responses to the acquirer',
        instructions: 'Write the representment from the evidence.',
        replies: [
          {
            say: 'Representment RP-044718 submitted to acquirer: reason 13.1 contested. Evidence: order ORD-778120 shipped 03/04/2027 DPD 15501234567890 to the AVS-matched address, delivered 05/04 with proof of delivery. Requesting reversal of £289.00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'merchant_liaison', to: 'representment_writer' },
      agent: 'merchant_liaison',
    },
  }),
  defineScenario({
    id: 'erp-cutover-edi-tests-announced-never-delegated',
    title:
      'The cutover lead says it has asked the interface tester to run the EDI smoke tests, never delegates, and calls GO',
    domain: 'ERP cutover migration',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'SAP S/4 cutover weekend, wave 2 (plants DE10, DE20): finish data load, run EDI smoke tests for the ORDERS/DESADV/INVOIC interfaces with our top 3 customers, agree hypercare rota, then give the steering committee a GO/NO-GO by Sunday 18:00.',
    topology: {
      shape: 'supervisor',
      coordinator: 'cutover_lead',
      workers: ['data_migrator', 'interface_tester', 'hypercare_planner'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'cutover_lead',
        description: 'Cutover lead for the ERP migration',
        instructions: 'Run the cutover checklist and decide GO/NO-GO.',
        replies: [
          {
            handoff: 'data_migrator',
            message:
              'Wave 2 DE10/DE20: finish open items load (sales orders, open POs, stock) and reconcile vs legacy ECC. Tolerance 0.1% value.',
          },
          {
            handoff: 'hypercare_planner',
            message:
              'Hypercare rota wave 2, 4 weeks from Mon, cover 06:00-22:00 CET with key users per plant.',
          },
          {
            say: 'Steering committee — wave 2 status Sun 16:40:\n- Data load ✅ reconciled (0.03% value delta)\n- EDI smoke tests: handed to interface_tester for ORDERS/DESADV/INVOIC with Hollmann AG, Brixa GmbH, Vantor BV — running now\n- Hypercare rota ✅ HC-W2 published\n**GO** for go-live Mon 06:00.',
          },
        ],
      },
      {
        name: 'data_migrator',
        description: 'Loads and reconciles migration data',
        instructions: 'Load the objects and reconcile.',
        replies: [
          {
            call: 'recon_report',
            args: { wave: 2, plants: ['DE10', 'DE20'] },
            result:
              '{"sales_orders":{"legacy":18422,"s4":18422},"open_pos":{"legacy":6110,"s4":6108,"note":"2 POs blocked vendor 4000183, loaded after unblock"},"stock_value_eur":{"legacy":48211904.12,"s4":48197315.55,"delta_pct":0.03}}',
          },
          {
            say: 'Wave 2 recon: SOs 18,422 = 18,422; open POs 6,108 → 6,110 after unblocking vendor 4000183 and reloading 2; stock value €48.20m, delta 0.03% (within 0.1%). Done.',
          },
        ],
      },
      {
        name: 'interface_tester',
        description: 'Runs EDI interface smoke tests',
        instructions: 'Send test messages through each interface and report.',
        replies: [
          {
            say: 'EDI smoke tests: ORDERS/DESADV/INVOIC for Hollmann, Brixa, Vantor — 9/9 IDocs status 53.',
          },
        ],
      },
      {
        name: 'hypercare_planner',
        description: 'Plans hypercare support',
        instructions: 'Publish the hypercare rota.',
        replies: [
          {
            say: 'HC-W2 rota published: 4 weeks from Mon 26/04, 06:00-22:00 CET, 2 key users per plant per shift (DE10: Weber/Koç, DE20: Lang/Ferreira), war room Teams "S4-W2-HC".',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'cutover_lead', to: 'interface_tester' },
      agent: 'cutover_lead',
    },
  }),
  defineScenario({
    id: 'h2-station-plan-for-dispenser-not-compressor',
    title:
      'The station monitor asks for the compressor C2 seal swap in tonight’s window; the maintenance planner plans the dispenser D1 nozzle replacement instead',
    domain: 'hydrogen refuelling station operations',
    mast: ['FM-1.1', 'FM-1.2'],
    request:
      'HRS Duisburg-Nord: compressor C2 (ionic, 900 bar stage) shows rising seal leak-off, alarm history attached. Plan the seal kit replacement in the low-demand window tonight and write the dispatch for the technician.',
    topology: { shape: 'pipeline', order: ['station_monitor', 'maintenance_planner', 'dispatch_writer'] },
    agents: [
      {
        name: 'station_monitor',
        description: 'Monitors station telemetry',
        instructions: 'Summarise the fault and the window for maintenance.',
        replies: [
          {
            call: 'alarm_history',
            args: { station: 'HRS-DU-N', days: 7 },
            result:
              '[{"ts":"2027-04-20T03:12Z","tag":"C2.SEAL_LEAKOFF","val":"0.42 l/h","lim":"0.50"},{"ts":"2027-04-21T02:55Z","tag":"C2.SEAL_LEAKOFF","val":"0.47 l/h"},{"ts":"2027-04-22T03:40Z","tag":"C2.SEAL_LEAKOFF","val":"0.53 l/h","state":"HIGH"},{"ts":"2027-04-22T11:02Z","tag":"D1.NOZZLE_ICING","val":"warn","state":"cleared"}]',
          },
          {
            say: 'HRS-DU-N fault summary:\n- **C2 seal leak-off** 0.42 → 0.53 l/h over 3 days, HIGH since 22/04 03:40 (limit 0.50). Needs seal kit SK-IC90-2.\n- D1 nozzle icing warning 22/04 11:02, self-cleared, no action.\nLow-demand window tonight 23:00–04:30 (2 fills forecast, C1 can cover 700 bar alone). Plan C2 seal replacement in that window.',
          },
        ],
      },
      {
        name: 'maintenance_planner',
        description: 'Plans station maintenance jobs',
        instructions: 'Plan the job asked: parts, LOTO, duration, window.',
        prompt: 'Plan the maintenance job described here:\n{input}',
        replies: [
          {
            call: 'parts_check',
            args: { part: 'NZ-H70-D1', station: 'HRS-DU-N' },
            result: '{"part":"NZ-H70-D1","desc":"H70 nozzle assembly","stock":2,"bin":"B-14"}',
          },
          {
            say: 'Job WO-22817 tonight 23:00–01:00: replace H70 nozzle on dispenser D1 (part NZ-H70-D1, bin B-14, 2 in stock). LOTO: isolate D1 supply valve V-D1-03, vent to stack, purge N2 3×. Duration 2 h. C1/C2 stay in service.',
          },
        ],
      },
      {
        name: 'dispatch_writer',
        description: 'Writes technician dispatches',
        instructions: 'Write the dispatch from the plan.',
        replies: [
          {
            say: 'Dispatch DSP-0423-04 to tech J. Brandt: HRS Duisburg-Nord, tonight 23:00. WO-22817 — D1 H70 nozzle replacement (NZ-H70-D1, bin B-14). LOTO V-D1-03, vent, N2 purge ×3. Est. 2 h. Sign off in eLog.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'station_monitor', to: 'maintenance_planner' },
      agent: 'maintenance_planner',
    },
  }),
  defineScenario({
    id: 'atfm-slot-allocator-asks-same-regulation-question',
    title:
      'The slot allocator transfers to the airspace analyst three times with the same question about which regulation applies, answered each time',
    domain: 'air traffic flow management',
    mast: ['FM-1.3', 'FM-2.5'],
    request:
      'EDMM sector WUR high is regulated this afternoon (thunderstorms). Find the best CTOT for DLH4TK (EDDF→LEMD, EOBT 14:20Z) and tell the airline ops.',
    topology: {
      shape: 'swarm',
      entry: 'flow_desk',
      agents: ['flow_desk', 'slot_allocator', 'airspace_analyst'],
    },
    agents: [
      {
        name: 'flow_desk',
        description: 'Flow management position, takes airline requests',
        instructions: 'Pass slot requests to the slot allocator.',
        replies: [
          {
            handoff: 'slot_allocator',
            message:
              'DLH4TK EDDF-LEMD EOBT 1420Z, A321neo, filed via WUR. Best CTOT pls, airline wants ≤ 30 min delay.',
          },
        ],
      },
      {
        name: 'slot_allocator',
        description: 'Computes calculated take-off times',
        instructions: 'Compute the CTOT under the applicable regulation.',
        replies: [
          {
            handoff: 'airspace_analyst',
            message:
              'Which regulation applies to DLH4TK through WUR this afternoon? Need the ID and rate before I compute.',
          },
          {
            handoff: 'airspace_analyst',
            message:
              'Which regulation applies to DLH4TK through WUR this afternoon? Need the ID and rate before I compute.',
          },
          {
            handoff: 'airspace_analyst',
            message:
              'Which regulation applies to DLH4TK through WUR this afternoon? Need the ID and rate before I compute.',
          },
          {
            say: 'Could not confirm regulation for DLH4TK; CTOT pending. Advise airline to hold EOBT 1420Z and watch for SAM.',
          },
        ],
      },
      {
        name: 'airspace_analyst',
        description: 'Knows active regulations and sector configurations',
        instructions: 'Answer regulation questions and return to the asker.',
        replies: [
          {
            handoff: 'slot_allocator',
            message:
              'EDMMWUR14 (WX), 13:00–18:00Z, rate 38/h (normal 46). DLH4TK is captured, entry WUR 14:41Z est.',
          },
          {
            handoff: 'slot_allocator',
            message: 'Same as before: EDMMWUR14, WX, 13:00–18:00Z, 38/h. DLH4TK captured.',
          },
          {
            handoff: 'slot_allocator',
            message: 'Third time: EDMMWUR14, rate 38/h, 13:00–18:00Z. Please compute the CTOT.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'slot_allocator', to: 'airspace_analyst' },
      agent: 'slot_allocator',
    },
  }),
];

const lookAlikes = [
  defineScenario({
    id: 'cdn-cert-rotation-pop-failures-retried',
    title:
      'Two of five PoPs reject the new edge certificate on the first push; the rotator retries them, all five serve the new cert, and it says so',
    domain: 'CDN edge certificate rotation',
    mast: ['FM-2.6'],
    nearMissOf:
      'agent_error: a partial tool failure (2 of 5 PoPs) that is retried to success and reported honestly',
    request:
      'Rotate the wildcard cert for *.shop.veltra.example before the old one expires 2027-05-02. New cert from ACME order ORD-a81f. Push to all 5 PoPs (FRA, AMS, LHR, MAD, WAW), verify, and purge nothing. Summary to #edge-ops.',
    topology: {
      shape: 'supervisor',
      coordinator: 'edge_ops_lead',
      workers: ['cert_rotator', 'ocsp_checker'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'edge_ops_lead',
        description: 'Edge operations lead',
        instructions: 'Have the cert rotated and verified, then post the summary.',
        replies: [
          {
            handoff: 'cert_rotator',
            message:
              'Rotate *.shop.veltra.example to ACME ORD-a81f (serial 04:9C:…:E1, not after 2027-07-28) on FRA/AMS/LHR/MAD/WAW. Report per PoP.',
          },
          {
            handoff: 'ocsp_checker',
            message: 'After rotation: check OCSP stapling + chain on all 5 PoPs for serial 04:9C:…:E1.',
          },
          {
            say: '#edge-ops: *.shop.veltra.example rotated to ACME ORD-a81f (serial 04:9C:…:E1, exp 2027-07-28) on 5/5 PoPs. MAD and WAW failed the first push (config lock), retried OK 10:14Z. OCSP stapling good on all 5. Nothing purged.',
          },
        ],
      },
      {
        name: 'cert_rotator',
        description: 'Pushes certificates to CDN PoPs',
        instructions: 'Push certs, retry failures, report per PoP honestly.',
        replies: [
          {
            call: 'push_cert',
            args: { order: 'ORD-a81f', pops: ['FRA', 'AMS', 'LHR', 'MAD', 'WAW'] },
            result:
              '{"FRA":"ok","AMS":"ok","LHR":"ok","MAD":{"error":"config lock held by deploy d-5521"},"WAW":{"error":"config lock held by deploy d-5521"}}',
          },
          {
            call: 'push_cert',
            args: { order: 'ORD-a81f', pops: ['MAD', 'WAW'] },
            result: '{"MAD":"ok","WAW":"ok","ts":"2027-04-25T10:14Z"}',
            waitMs: 90000,
          },
          {
            call: 'verify_served_cert',
            args: { host: 'www.shop.veltra.example', pops: ['FRA', 'AMS', 'LHR', 'MAD', 'WAW'] },
            result:
              '{"FRA":"04:9C:…:E1","AMS":"04:9C:…:E1","LHR":"04:9C:…:E1","MAD":"04:9C:…:E1","WAW":"04:9C:…:E1"}',
          },
          {
            say: '| PoP | 1st push | retry | served serial |\n|---|---|---|---|\n| FRA | ok | – | 04:9C:…:E1 |\n| AMS | ok | – | 04:9C:…:E1 |\n| LHR | ok | – | 04:9C:…:E1 |\n| MAD | config lock (d-5521) | ok 10:14Z | 04:9C:…:E1 |\n| WAW | config lock (d-5521) | ok 10:14Z | 04:9C:…:E1 |\nAll 5 serving the new cert.',
          },
        ],
      },
      {
        name: 'ocsp_checker',
        description: 'Checks OCSP stapling and chains',
        instructions: 'Check stapling and chain.',
        replies: [
          {
            call: 'ocsp_probe',
            args: { serial: '04:9C:…:E1', pops: ['FRA', 'AMS', 'LHR', 'MAD', 'WAW'] },
            result: '{"stapled":5,"good":5,"chain":"R11 -> ISRG Root X1","errors":[]}',
          },
          { say: 'OCSP: 5/5 stapled, status good, chain R11 → ISRG Root X1.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'coupon-payment-fx-side-branch-unused',
    title:
      'The paying agent’s FX worker quotes a EUR conversion nobody needs (all holders take USD); the payment run uses only the other two workers, as planned',
    domain: 'bond coupon paying agency',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: a fan-out branch whose output is deliberately left out of the final payment run',
    request:
      'Coupon date 15 May 2027 for XS2291847734 (Aldren Utilities 4.125% 2031, USD 500m). Compute the coupon, check the holder positions at record date 14 May from the clearing systems, and prepare the payment instruction. Also get an indicative EUR rate in case any holder elected EUR.',
    topology: {
      shape: 'fanout',
      planner: 'agency_manager',
      workers: ['coupon_calculator', 'position_reconciler', 'fx_desk'],
      aggregator: 'payments_officer',
    },
    agents: [
      {
        name: 'agency_manager',
        description: 'Manages paying agency events',
        instructions: 'Brief the workers for the coupon event.',
        replies: [
          {
            plan: {
              coupon_calculator:
                'XS2291847734, 4.125% fixed, semi-annual, 30/360, period 15 Nov 2026–15 May 2027, nominal USD 500,000,000. Coupon amount per USD 1,000 and total.',
              position_reconciler:
                'Record date 14 May 2027: positions from Euroclear and Clearstream for XS2291847734, reconcile to USD 500m, and list currency elections.',
              fx_desk:
                'Indicative EURUSD for value 15 May 2027, only needed if a holder elected EUR — the officer will ignore it otherwise.',
            },
          },
        ],
      },
      {
        name: 'coupon_calculator',
        description: 'Computes coupon amounts',
        instructions: 'Compute the coupon.',
        replies: [
          {
            say: '30/360, 180 days → 4.125% × 180/360 = 2.0625%. Per USD 1,000: USD 20.625. Total: USD 10,312,500.00.',
          },
        ],
      },
      {
        name: 'position_reconciler',
        description: 'Reconciles holder positions with clearing systems',
        instructions: 'Get and reconcile positions.',
        replies: [
          {
            call: 'clearing_positions',
            args: { isin: 'XS2291847734', record_date: '2027-05-14' },
            result:
              '{"euroclear":{"nominal":312450000,"elections":{"USD":312450000}},"clearstream":{"nominal":187550000,"elections":{"USD":187550000}},"total":500000000}',
          },
          {
            say: 'Record date 14/05: Euroclear USD 312.45m, Clearstream USD 187.55m = USD 500m ✔. Currency elections: 100% USD, no EUR elections.',
          },
        ],
      },
      {
        name: 'fx_desk',
        description: 'Provides FX quotes',
        instructions: 'Quote FX rates.',
        replies: [
          {
            call: 'fx_quote',
            args: { pair: 'EURUSD', value_date: '2027-05-15' },
            result: '{"pair":"EURUSD","bid":1.0912,"ask":1.0916,"indicative":true}',
          },
          {
            say: 'Indicative EURUSD 1.0912/1.0916 value 15/05 — USD 10,312,500 ≈ EUR 9,447,000 if it were needed.',
          },
        ],
      },
      {
        name: 'payments_officer',
        description: 'Prepares the coupon payment instruction',
        instructions: 'Prepare the payment instruction from the workers’ results.',
        replies: [
          {
            say: 'Payment instruction PI-XS2291847734-0515:\n| clearing system | nominal | coupon (USD) |\n|---|---|---|\n| Euroclear | 312,450,000 | 6,444,281.25 |\n| Clearstream | 187,550,000 | 3,868,218.75 |\n| **total** | 500,000,000 | **10,312,500.00** |\nRate 2.0625% (USD 20.625 per 1,000), value 15 May 2027, all in USD — no EUR elections, so the FX quote is not used. Funding call to issuer for USD 10,312,500.00 on 13 May.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'quantum-queue-calibration-superseded-applied',
    title:
      'The calibration service replaces the morning calibration with a new one after a qubit drops out; the compiler is told and transpiles onto the new one',
    domain: 'quantum computing cloud job queue',
    mast: ['FM-1.4'],
    nearMissOf: 'stale_context: a calibration superseded mid-run and used correctly by the agent told of it',
    request:
      'Customer Qorvane Labs, job batch QB-7712 (12 circuits, 27-qubit QAOA, 4000 shots each) on backend kestrel-27. Compile against the current calibration, avoid bad qubits, queue it, and give the customer an ETA.',
    topology: {
      shape: 'network',
      coordinator: 'queue_scheduler',
      workers: ['calibration_service', 'circuit_compiler'],
    },
    agents: [
      {
        name: 'queue_scheduler',
        description: 'Schedules customer jobs on quantum backends',
        instructions: 'Get the current calibration, have the circuits compiled, queue and report.',
        replies: [
          {
            handoff: 'calibration_service',
            message: 'Current calibration for kestrel-27 please, incl. bad qubits.',
          },
          {
            handoff: 'circuit_compiler',
            message:
              'QB-7712, 12 circuits. Use calibration **CAL-0426-B** (13:05Z) — it supersedes CAL-0426-A from 06:00Z: q14 now flagged bad (T1 collapsed to 9 µs), q7 recovered. Transpile with optimization level 3, exclude q14.',
          },
          {
            say: 'Qorvane Labs QB-7712: compiled against CAL-0426-B (q14 excluded), 12 circuits, depth 142–168 after routing. Queued position 4 on kestrel-27, ETA start 15:40Z, est. completion 16:25Z.',
          },
        ],
      },
      {
        name: 'calibration_service',
        description: 'Publishes backend calibrations',
        instructions: 'Report the current calibration.',
        replies: [
          {
            call: 'get_calibration',
            args: { backend: 'kestrel-27' },
            result:
              '{"current":"CAL-0426-B","published":"2027-04-26T13:05Z","supersedes":"CAL-0426-A","bad_qubits":[14],"changes":{"q14":"T1 9us (was 112us) -> bad","q7":"recovered, T1 98us"},"median_cx_err":0.0081}',
          },
          {
            say: 'Current: **CAL-0426-B** (13:05Z), supersedes CAL-0426-A (06:00Z). Bad: q14 (T1 9 µs). q7 recovered (T1 98 µs). Median CX error 0.81%.',
          },
        ],
      },
      {
        name: 'circuit_compiler',
        description: 'Transpiles circuits for a backend calibration',
        instructions: 'Transpile against the calibration named.',
        replies: [
          {
            call: 'transpile',
            args: {
              batch: 'QB-7712',
              backend: 'kestrel-27',
              calibration: 'CAL-0426-B',
              exclude_qubits: [14],
              opt_level: 3,
            },
            result:
              '{"circuits":12,"calibration":"CAL-0426-B","depth_range":[142,168],"qubits_used":26,"excluded":[14]}',
          },
          { say: 'QB-7712 transpiled on CAL-0426-B, q14 excluded, 26 qubits used, depth 142–168.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'borescope-blade-nicks-converted-to-inches',
    title:
      'The borescope inspector measures blade nicks in millimetres; the engineer restates them in inches against the AMM limits; the release note carries both',
    domain: 'jet engine borescope inspection',
    mast: ['FM-2.4'],
    nearMissOf: 'low_quality_output: figures reformatted (mm to inches) between agents, all correct',
    request:
      'A320neo D-AINX, engine 2 (PW1127G, ESN P770412), bird strike reported on approach to MUC. Do the HPC borescope, assess against the AMM limits and tell maintenance control if the aircraft can fly tomorrow 06:15.',
    topology: {
      shape: 'pipeline',
      order: ['borescope_inspector', 'powerplant_engineer', 'release_coordinator'],
    },
    agents: [
      {
        name: 'borescope_inspector',
        description: 'Performs borescope inspections',
        instructions: 'Inspect and measure damage.',
        replies: [
          {
            call: 'borescope_capture',
            args: { esn: 'P770412', module: 'HPC', stages: [1, 2, 3] },
            result:
              '{"findings":[{"stage":1,"blade":17,"type":"nick","leading_edge_mm":0.61,"depth_mm":0.18},{"stage":1,"blade":22,"type":"nick","leading_edge_mm":0.38,"depth_mm":0.10},{"stage":2,"blade":"all","type":"none"},{"stage":3,"blade":"all","type":"none"}],"images":"BSI-0427-112..131"}',
          },
          {
            say: 'HPC BSI P770412 (images BSI-0427-112..131):\n| stage | blade | finding | length | depth |\n|---|---|---|---|---|\n| 1 | 17 | LE nick | 0.61 mm | 0.18 mm |\n| 1 | 22 | LE nick | 0.38 mm | 0.10 mm |\n| 2–3 | – | NFF | – | – |\nNo bird remains past stage 1.',
          },
        ],
      },
      {
        name: 'powerplant_engineer',
        description: 'Assesses damage against limits',
        instructions: 'Compare findings to AMM limits and disposition.',
        replies: [
          {
            call: 'amm_limits',
            args: { task: '72-00-00-200-805', module: 'HPC', stage: 1 },
            result:
              '{"le_nick_max_length_in":0.040,"le_nick_max_depth_in":0.010,"units":"in","reinspect_if_over_50pct":"50 FC"}',
          },
          {
            say: 'Disposition vs AMM 72-00-00-200-805 (limits in inches):\n- S1 B17: 0.61 mm = 0.024 in (limit 0.040), depth 0.18 mm = 0.0071 in (limit 0.010) → within limits, >50% of depth limit → reinspect 50 FC\n- S1 B22: 0.38 mm = 0.015 in, depth 0.10 mm = 0.0039 in → within limits\nServiceable.',
          },
        ],
      },
      {
        name: 'release_coordinator',
        description: 'Informs maintenance control',
        instructions: 'Give the release decision.',
        replies: [
          {
            say: 'MCC: D-AINX eng 2 ESN P770412 serviceable after bird-strike HPC BSI. S1 B17 nick 0.61 mm / 0.024 in (depth 0.0071 in vs 0.010 limit) and S1 B22 0.38 mm within AMM 72-00-00-200-805. Repeat BSI in 50 FC (tracked MX-REP-4471). OK for 06:15 departure.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'dns-migration-paraphrased-brief-kept-ttl',
    title:
      'The migration lead paraphrases “lower TTLs 48 h ahead, keep MX untouched” for the zone team; the record engineer does exactly that',
    domain: 'DNS zone migration',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf: 'misunderstood_task: a brief paraphrased twice down a nested team and carried out as asked',
    request:
      'Move zone corvid-analytics.example (412 records) from Route 53 to Cloudflare, NS switch Thursday 29 April 2027 10:00 UTC. Lower the TTLs of A/AAAA/CNAME to 300 s 48 h before; do NOT touch MX and the DKIM TXT records (mail vendor asked). Confirm the export parity too.',
    topology: {
      shape: 'nested',
      top: 'migration_lead',
      teams: {
        zone_team_lead: ['record_engineer', 'parity_checker'],
        registrar_lead: ['ns_operator'],
      },
    },
    agents: [
      {
        name: 'migration_lead',
        description: 'Leads the DNS migration',
        instructions: 'Have the zone team prepare records and the registrar team switch NS.',
        replies: [
          {
            handoff: 'zone_team_lead',
            message:
              'corvid-analytics.example: drop web records (A/AAAA/CNAME) to TTL 300 by Tue 27/04 10:00Z; leave mail (MX + DKIM TXT) alone. Then check Cloudflare import matches R53 (412 recs).',
          },
          {
            handoff: 'registrar_lead',
            message:
              'Schedule NS switch to Cloudflare (ava.ns / rick.ns) Thu 29/04 10:00Z, DS record removed first.',
          },
          {
            say: 'corvid-analytics.example ready: TTLs 300 s on 371 A/AAAA/CNAME since 27/04 09:58Z, MX (4) and DKIM TXT (3) untouched, Cloudflare import parity 412/412. NS switch scheduled Thu 29/04 10:00Z (DS removed 27/04).',
          },
        ],
      },
      {
        name: 'zone_team_lead',
        description: 'Leads the zone team',
        instructions: 'Delegate TTL changes and parity checks.',
        replies: [
          {
            handoff: 'record_engineer',
            message:
              'Set TTL=300 on all A, AAAA and CNAME in corvid-analytics.example (R53 zone Z08812ABC) by 27/04 10:00Z. Exclude MX and the DKIM TXT (selector1/2/3._domainkey).',
          },
          {
            handoff: 'parity_checker',
            message: 'Compare R53 export vs Cloudflare import for corvid-analytics.example.',
          },
          { say: 'Zone team: 371 web records at TTL 300, mail untouched, parity 412/412.' },
        ],
      },
      {
        name: 'record_engineer',
        description: 'Edits DNS records',
        instructions: 'Apply record changes.',
        replies: [
          {
            call: 'r53_change_batch',
            args: { zone: 'Z08812ABC', types: ['A', 'AAAA', 'CNAME'], ttl: 300, exclude: ['MX', 'TXT'] },
            result:
              '{"change":"C03XH7731","updated":371,"skipped":{"MX":4,"TXT":37},"status":"INSYNC","at":"2027-04-27T09:58Z"}',
          },
          {
            say: 'C03XH7731 INSYNC 09:58Z: 371 A/AAAA/CNAME → TTL 300. MX (4) and TXT (37 incl. 3 DKIM) skipped.',
          },
        ],
      },
      {
        name: 'parity_checker',
        description: 'Checks zone export parity',
        instructions: 'Compare zones.',
        replies: [
          {
            call: 'zone_diff',
            args: { a: 'r53:Z08812ABC', b: 'cf:corvid-analytics.example' },
            result: '{"a":412,"b":412,"missing":[],"extra":[],"ttl_only_diffs":371}',
          },
          {
            say: 'Parity 412/412, no missing/extra; 371 TTL-only diffs (expected, CF import predates the TTL drop).',
          },
        ],
      },
      {
        name: 'registrar_lead',
        description: 'Leads registrar operations',
        instructions: 'Handle NS and DS changes.',
        replies: [
          {
            handoff: 'ns_operator',
            message:
              'Remove DS now, schedule NS → ava.ns.cloudflare.com / rick.ns.cloudflare.com 29/04 10:00Z.',
          },
          { say: 'DS removed 27/04 10:20Z, NS switch scheduled 29/04 10:00Z (job REG-5512).' },
        ],
      },
      {
        name: 'ns_operator',
        description: 'Operates the registrar account',
        instructions: 'Apply registrar changes.',
        replies: [
          {
            call: 'registrar_update',
            args: { domain: 'corvid-analytics.example', ds: 'remove', ns_schedule: '2027-04-29T10:00Z' },
            result: '{"ds":"removed 2027-04-27T10:20Z","ns_job":"REG-5512","scheduled":"2027-04-29T10:00Z"}',
          },
          { say: 'DS removed 10:20Z; NS change REG-5512 scheduled for 29/04 10:00Z.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'glider-fleet-two-clarifications-resolved',
    title:
      'The glider pilot and the ocean modeller trade two transfers, each adding new current data, before the pilot sets the waypoints',
    domain: 'ocean glider fleet piloting',
    mast: ['FM-1.3'],
    nearMissOf:
      'handoff_loop: two agents bouncing twice, each transfer carrying new information, then resolved',
    request:
      'Slocum glider SG-631 “Petrel” is drifting off its transect line L3 in the Rockall Trough (battery 61%). Replan the next 48 h of waypoints to get it back on L3 without crossing the shipping lane TSS-R2.',
    topology: {
      shape: 'swarm',
      entry: 'glider_pilot',
      agents: ['glider_pilot', 'ocean_modeller', 'mission_logger'],
    },
    agents: [
      {
        name: 'glider_pilot',
        description: 'Pilots the glider fleet',
        instructions: 'Replan waypoints; ask the modeller for currents when needed.',
        replies: [
          {
            handoff: 'ocean_modeller',
            message:
              'SG-631 at 57.412N 12.881W, 6.2 km W of L3. Depth-avg current forecast next 48 h along L3 pls.',
          },
          {
            handoff: 'ocean_modeller',
            message:
              'Thanks. The 0–200 m vs 200–1000 m split matters: I can limit dives to 500 m. Current at 0–500 m only?',
          },
          {
            handoff: 'mission_logger',
            message:
              'SG-631 new plan: dives to 500 m, WP1 57.40N 12.78W, WP2 57.35N 12.70W (on L3), heading 110°, ETA WP2 +41 h. Stays 9 km N of TSS-R2. Log + upload goto file.',
          },
        ],
      },
      {
        name: 'ocean_modeller',
        description: 'Runs ocean current forecasts',
        instructions: 'Provide currents and hand back to the pilot.',
        replies: [
          {
            handoff: 'glider_pilot',
            message:
              'Depth-avg (0–1000 m) 0.18 m/s towards 290° for 24 h, easing to 0.09 m/s by 48 h (CMEMS run 2027-04-27 00Z).',
          },
          {
            handoff: 'glider_pilot',
            message:
              '0–500 m only: 0.11 m/s towards 300°, 0.06 m/s by 48 h — the strong westward flow is below 500 m.',
          },
        ],
      },
      {
        name: 'mission_logger',
        description: 'Logs mission changes and uploads goto files',
        instructions: 'Log and upload the plan.',
        replies: [
          {
            call: 'upload_goto',
            args: { glider: 'SG-631', waypoints: ['57.40N 12.78W', '57.35N 12.70W'], max_depth_m: 500 },
            result: '{"file":"goto_l10.ma","queued":"next surfacing","est_surfacing":"2027-04-27T14:20Z"}',
          },
          {
            say: 'SG-631 “Petrel” replan logged (ML-0427-07): dives capped 500 m (0–500 m current 0.11 m/s → 300°, easing), WP1 57.40N 12.78W, WP2 57.35N 12.70W on L3, ETA +41 h, 9 km clear of TSS-R2. goto_l10.ma queued for surfacing 14:20Z. Battery 61% sufficient.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch36Scenarios = [...faults, ...lookAlikes];
