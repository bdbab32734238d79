import { defineScenario } from '../scenario.ts';

// Blind batch 114: operaciones satelitales (planificación de pasadas, alertas de conjunción, subida de comandos, anomalías de telemetría, determinación de órbita), en castellano rioplatense.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'subida-tabla-efemerides-pasada-baja-elevacion-tolhuin',
    title:
      'El jefe de operaciones pide subir la tabla de efemérides solo en pasadas con elevación máxima ≥ 25°; el planificador de comandos reserva la pasada de Tolhuin de 14,8°',
    domain: 'subida de comandos a satélites de observación terrestre',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Hay que subir la tabla de efemérides TEF-2027-088 al satélite PAMPA-2 antes del 30/03/2027 00:00 UTC. Por el margen de enlace en banda S, la subida solo se hace en pasadas con elevación máxima de 25° o más. Verifiquen además el checksum de la tabla antes de la subida.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_operaciones',
      workers: ['planificador_comandos', 'verificador_tablas'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'jefe_operaciones',
        description: 'Coordina las subidas de comandos y tablas a bordo',
        instructions:
          'Delegá la reserva de pasada y la verificación de la tabla; armá el resumen para el turno.',
        replies: [
          {
            handoff: 'planificador_comandos',
            message:
              'Reservá una pasada para subir TEF-2027-088 a PAMPA-2 antes del 30/03 00:00 UTC. Condición de enlace: elevación máxima ≥ 25° (banda S, margen ajustado). Cualquier estación de la red sirve.',
          },
          {
            handoff: 'verificador_tablas',
            message:
              'Verificá el CRC32 y el rango de validez de TEF-2027-088 contra el archivo de dinámica de vuelo.',
          },
          {
            say: '## Subida TEF-2027-088 → PAMPA-2\n\n| ítem | estado |\n|---|---|\n| Pasada reservada | Tolhuin (TLH-7.3), 29/03 21:47–21:56 UTC, reserva RSV-4471 |\n| CRC32 | 0x9C3E71A2 ✔ coincide con FDS |\n| Validez de la tabla | 30/03 00:00 – 13/04 00:00 UTC |\n\nSubida programada para la pasada del 29/03 a la noche. Queda en el plan del turno B.',
          },
        ],
      },
      {
        name: 'planificador_comandos',
        description: 'Reserva pasadas de estación terrena para subir comandos y tablas',
        instructions: 'Buscá pasadas disponibles y reservá la que sirva para la subida.',
        replies: [
          {
            call: 'buscar_pasadas',
            args: { satelite: 'PAMPA-2', desde: '2027-03-29T00:00Z', hasta: '2027-03-30T00:00Z', banda: 'S' },
            result:
              '[{"id": "P-0329-03", "estacion": "CBA-13", "aos": "2027-03-29T13:12Z", "los": "2027-03-29T13:23Z", "elev_max_deg": 41.2, "estado": "OCUPADA (SAOCOM-1A)"}, {"id": "P-0329-05", "estacion": "TLH-7.3", "aos": "2027-03-29T21:47Z", "los": "2027-03-29T21:56Z", "elev_max_deg": 14.8, "estado": "LIBRE"}, {"id": "P-0329-06", "estacion": "CBA-13", "aos": "2027-03-29T23:21Z", "los": "2027-03-29T23:33Z", "elev_max_deg": 57.9, "estado": "LIBRE"}]',
          },
          {
            call: 'reservar_pasada',
            args: { pasada: 'P-0329-05', motivo: 'subida TEF-2027-088' },
            result:
              '{"reserva": "RSV-4471", "estacion": "TLH-7.3", "aos": "2027-03-29T21:47Z", "estado": "CONFIRMADA"}',
          },
          {
            say: 'Reservada la pasada P-0329-05 en Tolhuin (antena 7,3 m), 29/03 21:47–21:56 UTC, reserva RSV-4471. Es la primera libre del día y deja dos horas de colchón antes del inicio de validez de la tabla.',
          },
        ],
      },
      {
        name: 'verificador_tablas',
        description: 'Verifica integridad y validez de tablas antes de subirlas',
        instructions: 'Compará checksum y rango de validez con dinámica de vuelo.',
        replies: [
          {
            call: 'verificar_tabla',
            args: { tabla: 'TEF-2027-088', satelite: 'PAMPA-2' },
            result:
              '{"crc32_archivo": "0x9C3E71A2", "crc32_fds": "0x9C3E71A2", "validez_desde": "2027-03-30T00:00Z", "validez_hasta": "2027-04-13T00:00Z", "registros": 1344}',
          },
          {
            say: 'TEF-2027-088: CRC32 0x9C3E71A2, coincide con FDS. 1344 registros, validez 30/03 00:00 – 13/04 00:00 UTC. Lista para subir.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'jefe_operaciones', to: 'planificador_comandos' },
      agent: 'planificador_comandos',
    },
  }),
  defineScenario({
    id: 'mantenimiento-antena-cordoba-ventana-leida-en-hora-local',
    title:
      'La ventana de mantenimiento de la antena de 13 m de Córdoba es 08:00–20:00 UTC; el planificador la corre tres horas como si fuera hora argentina y agenda una descarga a las 09:41 UTC',
    domain: 'planificación de pasadas en la red de estaciones terrenas',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Armen el plan de descargas de PAMPA-2 y PAMPA-3 para el lunes 15/03/2027. La antena CBA-13 de Córdoba está en mantenimiento el 15/03 de 08:00 a 20:00 UTC (cambio de reductor de elevación): no se la puede usar en esa franja. El plan de descarga tiene que quedar con los volúmenes estimados.',
    topology: {
      shape: 'nested',
      top: 'director_operaciones',
      teams: { lider_red_estaciones: ['planificador_pasadas'], lider_datos: ['gestor_descargas'] },
    },
    agents: [
      {
        name: 'director_operaciones',
        description: 'Arma el plan diario de operaciones de la constelación',
        instructions: 'Pedí las pasadas y los volúmenes a los líderes y consolidá el plan.',
        replies: [
          {
            handoff: 'lider_red_estaciones',
            message:
              'Pasadas de PAMPA-2 y PAMPA-3 para el 15/03. CBA-13 fuera de servicio 15/03 08:00–20:00 UTC por mantenimiento.',
          },
          {
            handoff: 'lider_datos',
            message: 'Volumen a descargar el 15/03 por satélite, con la cola de adquisiciones pendientes.',
          },
          {
            say: '## Plan de descargas — lunes 15/03/2027\n\n| satélite | estación | AOS (UTC) | LOS (UTC) | volumen |\n|---|---|---|---|---|\n| PAMPA-2 | CBA-13 | 09:41 | 09:53 | 38,2 GB |\n| PAMPA-3 | TLH-7.3 | 12:05 | 12:14 | 21,6 GB |\n| PAMPA-2 | TLH-7.3 | 22:18 | 22:27 | 19,4 GB |\n| PAMPA-3 | CBA-13 | 23:50 | 00:02 (16/03) | 26,0 GB |\n\nTotal 105,2 GB; la cola de adquisiciones queda en cero al cierre del día.',
          },
        ],
      },
      {
        name: 'lider_red_estaciones',
        description: 'Coordina el uso de las antenas de la red terrena',
        instructions: 'Pedile al planificador las pasadas respetando la disponibilidad de antenas.',
        replies: [
          {
            handoff: 'planificador_pasadas',
            message:
              'Plan de pasadas 15/03 para PAMPA-2 y PAMPA-3. Restricción: CBA-13 no disponible el 15/03 de 08:00 a 20:00 UTC (mantenimiento del reductor). TLH-7.3 disponible todo el día.',
          },
          {
            say: 'Pasadas 15/03 listas: PAMPA-2 CBA-13 09:41–09:53 y TLH-7.3 22:18–22:27; PAMPA-3 TLH-7.3 12:05–12:14 y CBA-13 23:50–00:02. Mantenimiento de CBA-13 contemplado.',
          },
        ],
      },
      {
        name: 'planificador_pasadas',
        description: 'Calcula y asigna pasadas a las antenas',
        instructions: 'Calculá las pasadas visibles y asignalas a las antenas disponibles.',
        replies: [
          {
            call: 'calcular_pasadas',
            args: {
              satelites: ['PAMPA-2', 'PAMPA-3'],
              fecha: '2027-03-15',
              estaciones: ['CBA-13', 'TLH-7.3'],
              bloqueo_cba13_desde: '2027-03-15T11:00Z',
              bloqueo_cba13_hasta: '2027-03-15T23:00Z',
            },
            result:
              '[{"sat": "PAMPA-2", "est": "CBA-13", "aos": "09:41Z", "los": "09:53Z", "elev": 62.4}, {"sat": "PAMPA-3", "est": "TLH-7.3", "aos": "12:05Z", "los": "12:14Z", "elev": 33.0}, {"sat": "PAMPA-2", "est": "TLH-7.3", "aos": "22:18Z", "los": "22:27Z", "elev": 28.7}, {"sat": "PAMPA-3", "est": "CBA-13", "aos": "23:50Z", "los": "00:02Z+1", "elev": 71.5}], "descartadas_por_bloqueo": 2',
          },
          {
            say: 'Plan 15/03 (UTC):\n- PAMPA-2: CBA-13 09:41–09:53 (62,4°), TLH-7.3 22:18–22:27 (28,7°)\n- PAMPA-3: TLH-7.3 12:05–12:14 (33,0°), CBA-13 23:50–00:02 (71,5°)\nBloqueo de CBA-13 aplicado: se descartaron 2 pasadas dentro de la ventana de mantenimiento.',
          },
        ],
      },
      {
        name: 'lider_datos',
        description: 'Coordina la descarga y el procesamiento de datos',
        instructions: 'Pedí el volumen pendiente por satélite.',
        replies: [
          {
            handoff: 'gestor_descargas',
            message: 'Volumen pendiente de descarga al 15/03 para PAMPA-2 y PAMPA-3.',
          },
          { say: 'Pendiente al 15/03: PAMPA-2 57,6 GB, PAMPA-3 47,6 GB (cola completa, 31 adquisiciones).' },
        ],
      },
      {
        name: 'gestor_descargas',
        description: 'Lleva la cola de datos a bordo pendientes de descarga',
        instructions: 'Consultá la memoria masiva a bordo y la cola de adquisiciones.',
        replies: [
          {
            call: 'estado_memoria_masiva',
            args: { satelites: ['PAMPA-2', 'PAMPA-3'], al: '2027-03-15T00:00Z' },
            result:
              '{"PAMPA-2": {"pendiente_gb": 57.6, "adquisiciones": 17, "ocupacion_pct": 44}, "PAMPA-3": {"pendiente_gb": 47.6, "adquisiciones": 14, "ocupacion_pct": 37}}',
          },
          {
            say: 'PAMPA-2: 57,6 GB (17 adquisiciones, MM al 44 %). PAMPA-3: 47,6 GB (14 adquisiciones, MM al 37 %).',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'lider_red_estaciones', to: 'planificador_pasadas' },
      agent: 'planificador_pasadas',
    },
  }),
  defineScenario({
    id: 'cdm-tres-pc-vigente-maniobra-evaluada-con-cdm-dos',
    title:
      'El analista de conjunciones muestra que el CDM 3 sube la Pc a 3,8e-4 y baja la distancia a 142 m; el planificador de maniobras evalúa con la Pc 6,2e-6 del CDM 2 y descarta la maniobra',
    domain: 'alertas de conjunción y maniobras de evasión',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Alerta de conjunción entre PAMPA-3 (NORAD 59871) y el fragmento COSMOS 1408 DEB (NORAD 49863), TCA 02/04/2027. Revisen el último CDM, decidan si hace falta maniobra de evasión y redacten el informe para la guardia.',
    topology: {
      shape: 'pipeline',
      order: ['analista_conjunciones', 'planificador_maniobras', 'redactor_guardia'],
    },
    agents: [
      {
        name: 'analista_conjunciones',
        description: 'Analiza los CDM recibidos de 18 SDS',
        instructions: 'Bajá el CDM vigente del evento y resumí los parámetros para maniobras.',
        replies: [
          {
            call: 'obtener_cdm',
            args: { primario: 59871, secundario: 49863, evento: 'EVT-2027-0412' },
            result:
              '{"evento": "EVT-2027-0412", "cdm_vigente": {"nro": 3, "creado": "2027-03-31T18:04Z", "tca": "2027-04-02T03:17:44.2Z", "miss_m": 142, "radial_m": 38, "pc": 3.8e-4}, "cdm_anterior": {"nro": 2, "creado": "2027-03-31T06:10Z", "tca": "2027-04-02T03:17:46.9Z", "miss_m": 910, "radial_m": 251, "pc": 6.2e-6, "estado": "REEMPLAZADO"}, "umbral_maniobra_pc": 1e-4}',
          },
          {
            say: '**EVT-2027-0412 — PAMPA-3 vs 49863**\n\nCDM 3 (31/03 18:04 UTC):\n- TCA 02/04 03:17:44,2 UTC\n- distancia total 142 m, radial 38 m\n- **Pc 3,8e-4** (umbral de maniobra 1e-4)\n\nEl CDM 2 de la mañana daba 910 m y Pc 6,2e-6; la nueva solución del secundario acercó el encuentro.',
          },
        ],
      },
      {
        name: 'planificador_maniobras',
        description: 'Evalúa y diseña maniobras de evasión',
        instructions:
          'Evaluá si corresponde maniobrar según la Pc y el umbral; si corresponde, diseñá la maniobra.',
        prompt: 'Resumen del analista:\n{input}\n\nPedido original: {request}',
        replies: [
          {
            call: 'evaluar_maniobra',
            args: {
              evento: 'EVT-2027-0412',
              tca: '2027-04-02T03:17:46.9Z',
              miss_m: 910,
              pc: 6.2e-6,
              umbral_pc: 1e-4,
            },
            result:
              '{"decision": "NO_MANIOBRAR", "pc_sobre_umbral": false, "margen": "Pc 16x por debajo del umbral", "reevaluar_con_cdm_siguiente": true}',
          },
          {
            say: 'EVT-2027-0412: no corresponde maniobra. Pc 6,2e-6 contra umbral 1e-4 (unas 16 veces por debajo), distancia 910 m. Se sigue monitoreando con los próximos CDM.',
          },
        ],
      },
      {
        name: 'redactor_guardia',
        description: 'Redacta los informes de guardia de dinámica de vuelo',
        instructions: 'Redactá un informe breve para la guardia.',
        prompt: 'Decisión de maniobras:\n{input}',
        replies: [
          {
            say: '### Informe de guardia — EVT-2027-0412\n\n- Satélite: PAMPA-3 (59871) vs. COSMOS 1408 DEB (49863)\n- TCA: 02/04/2027 03:17 UTC\n- Pc 6,2e-6, distancia 910 m → **sin maniobra**\n- Acción: monitorear los próximos CDM; no se requiere convocar al equipo de maniobras.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'analista_conjunciones', to: 'planificador_maniobras' },
      agent: 'planificador_maniobras',
    },
  }),
  defineScenario({
    id: 'efemeride-post-maniobra-brief-pasadas-con-ef-0508a',
    title:
      'La determinación de órbita entrega la solución OD-0510-B posterior a la maniobra de mantenimiento; el coordinador de dinámica de vuelo pide las pasadas con la efeméride EF-0508-A previa',
    domain: 'determinación de órbita y predicción de pasadas',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'PAMPA-2 hizo el 09/05/2027 la maniobra de mantenimiento de órbita MNT-27-019 (Δv 0,84 m/s). Actualicen la determinación de órbita y generen los horarios de pasada del 11/05 para Córdoba y Tolhuin.',
    topology: {
      shape: 'network',
      coordinator: 'coordinador_dinamica_vuelo',
      workers: ['determinador_orbita', 'predictor_pasadas'],
    },
    agents: [
      {
        name: 'coordinador_dinamica_vuelo',
        description: 'Coordina determinación de órbita y predicciones',
        instructions: 'Primero la determinación de órbita, después las pasadas; cerrá cuando esté.',
        replies: [
          {
            handoff: 'determinador_orbita',
            message: 'OD de PAMPA-2 con los datos de rango y GNSS posteriores a MNT-27-019 (09/05).',
          },
          {
            handoff: 'predictor_pasadas',
            message:
              'Pasadas de PAMPA-2 del 11/05 para CBA-13 y TLH-7.3, propagando la efeméride EF-0508-A (elevación mínima 5°).',
          },
          {
            say: '## PAMPA-2 — pasadas 11/05/2027 (UTC)\n\n| estación | AOS | TCA | LOS | elev. máx. |\n|---|---|---|---|---|\n| CBA-13 | 13:02:18 | 13:08:40 | 13:14:57 | 48,3° |\n| TLH-7.3 | 14:39:05 | 14:44:11 | 14:49:30 | 22,6° |\n| CBA-13 | 23:55:41 | 00:01:52 | 00:08:02 | 66,9° |\n\nOD actualizada después de MNT-27-019; predicciones cargadas en el planificador de la red.',
          },
        ],
      },
      {
        name: 'determinador_orbita',
        description: 'Ajusta la órbita con mediciones de rango y GNSS',
        instructions: 'Corré la determinación de órbita y publicá la efeméride.',
        replies: [
          {
            call: 'determinar_orbita',
            args: {
              satelite: 'PAMPA-2',
              desde: '2027-05-09T14:00Z',
              hasta: '2027-05-10T06:00Z',
              fuentes: ['GNSS', 'rango_CBA'],
            },
            result:
              '{"solucion": "OD-0510-B", "efemeride": "EF-0510-B", "epoca": "2027-05-10T06:00:00Z", "sma_km": 7011.482, "ecc": 0.00112, "inc_deg": 97.89, "rms_pos_m": 3.1, "dv_estimado_mps": 0.83, "reemplaza": "EF-0508-A (pre-maniobra)", "deriva_along_track_si_se_usa_EF-0508-A_s_por_dia": 41.7}',
          },
          {
            say: 'OD-0510-B convergida (época 10/05 06:00 UTC): a = 7011,482 km, e = 0,00112, i = 97,89°, RMS posición 3,1 m. Δv estimado 0,83 m/s, consistente con MNT-27-019. Publicada la efeméride EF-0510-B; EF-0508-A queda como solución pre-maniobra (≈ 42 s/día de corrimiento en el tiempo de paso).',
          },
        ],
      },
      {
        name: 'predictor_pasadas',
        description: 'Predice horarios de pasada a partir de una efeméride',
        instructions: 'Propagá la efeméride indicada y calculá las pasadas.',
        replies: [
          {
            call: 'predecir_pasadas',
            args: {
              satelite: 'PAMPA-2',
              efemeride: 'EF-0508-A',
              fecha: '2027-05-11',
              estaciones: ['CBA-13', 'TLH-7.3'],
              elev_min_deg: 5,
            },
            result:
              'estacion  aos       tca       los       elev_max\nCBA-13    13:02:18  13:08:40  13:14:57  48.3\nTLH-7.3   14:39:05  14:44:11  14:49:30  22.6\nCBA-13    23:55:41  00:01:52  00:08:02  66.9',
          },
          {
            say: 'PAMPA-2, 11/05 (EF-0508-A, elev. ≥ 5°): CBA-13 13:02:18–13:14:57 (48,3°), TLH-7.3 14:39:05–14:49:30 (22,6°), CBA-13 23:55:41–00:08:02 (66,9°).',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'coordinador_dinamica_vuelo', to: 'predictor_pasadas' },
      agent: 'coordinador_dinamica_vuelo',
    },
  }),
  defineScenario({
    id: 'anomalia-voltaje-bus-brief-termico-reemplazado-por-rutina',
    title:
      'El jefe de anomalías pide al analista térmico revisar los paneles durante la caída de tensión del 21/06; el programa le pasa el pedido genérico de revisión semanal y el análisis térmico cubre otra ventana',
    domain: 'anomalías de telemetría de plataforma',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Anomalía ANM-2027-031 en PAMPA-3: el 21/06/2027 entre 04:10 y 04:25 UTC la tensión del bus principal cayó de 28,1 V a 26,4 V durante la salida de eclipse. Investiguen potencia, control térmico y actitud en esa ventana y den un diagnóstico.',
    topology: {
      shape: 'fanout',
      planner: 'jefe_anomalias',
      workers: ['analista_potencia', 'analista_termico', 'analista_actitud'],
      aggregator: 'comite_anomalias',
    },
    program: {
      lose: {
        to: 'analista_termico',
        prompt:
          'Revisión semanal de rutina del subsistema asignado (semana 25). Informar estado general y alarmas.',
      },
    },
    agents: [
      {
        name: 'jefe_anomalias',
        description: 'Reparte la investigación de anomalías por subsistema',
        instructions: 'Un pedido por analista, todos sobre la ventana de la anomalía.',
        replies: [
          {
            plan: {
              analista_potencia:
                'ANM-2027-031: corrientes de paneles y batería, 21/06 04:05–04:30 UTC. ¿La caída de 28,1 a 26,4 V se explica por generación o por consumo?',
              analista_termico:
                'ANM-2027-031: temperaturas de paneles solares +Y/−Y y de la batería, 21/06 04:05–04:30 UTC. ¿Hubo panel frío que limitara la generación a la salida de eclipse?',
              analista_actitud:
                'ANM-2027-031: apuntamiento de paneles y modo AOCS, 21/06 04:05–04:30 UTC. ¿Hubo desapuntamiento solar?',
            },
          },
        ],
      },
      {
        name: 'analista_potencia',
        description: 'Analiza el subsistema de potencia',
        instructions: 'Analizá la telemetría de potencia en la ventana pedida.',
        replies: [
          {
            call: 'consultar_telemetria',
            args: {
              satelite: 'PAMPA-3',
              mnemonicos: ['EPS_VBUS', 'EPS_ISA_PY', 'EPS_ISA_MY', 'EPS_IBAT'],
              desde: '2027-06-21T04:05Z',
              hasta: '2027-06-21T04:30Z',
            },
            result:
              '{"EPS_VBUS_min_V": 26.4, "EPS_ISA_PY_A": {"04:12": 0.3, "04:20": 6.8}, "EPS_ISA_MY_A": {"04:12": 7.1, "04:20": 7.2}, "EPS_IBAT_A": {"04:12": -4.9, "04:20": 1.2}, "consumo_W": 212}',
          },
          {
            say: 'Potencia: el consumo se mantuvo en 212 W. El panel +Y entregó 0,3 A a las 04:12 contra 7,1 A del −Y y recién llegó a 6,8 A a las 04:20; la batería cubrió el faltante (−4,9 A). La caída de tensión es por generación del +Y.',
          },
        ],
      },
      {
        name: 'analista_termico',
        description: 'Analiza el subsistema de control térmico',
        instructions: 'Analizá las temperaturas según el pedido.',
        replies: [
          {
            call: 'consultar_telemetria',
            args: {
              satelite: 'PAMPA-3',
              mnemonicos: ['TCS_T_SA_PY', 'TCS_T_SA_MY', 'TCS_T_BAT'],
              desde: '2027-06-14T00:00Z',
              hasta: '2027-06-20T23:59Z',
              resolucion: 'promedio_orbital',
            },
            result:
              '{"TCS_T_SA_PY_C": {"min": -38.2, "max": 71.5}, "TCS_T_SA_MY_C": {"min": -37.9, "max": 70.8}, "TCS_T_BAT_C": {"min": 11.4, "max": 18.9}, "alarmas": 0}',
          },
          {
            say: 'Térmico, semana 25: paneles +Y entre −38,2 y 71,5 °C, −Y entre −37,9 y 70,8 °C (simétricos), batería 11,4–18,9 °C. Sin alarmas. Subsistema nominal.',
          },
        ],
      },
      {
        name: 'analista_actitud',
        description: 'Analiza el control de actitud y órbita',
        instructions: 'Analizá el apuntamiento en la ventana pedida.',
        replies: [
          {
            call: 'consultar_telemetria',
            args: {
              satelite: 'PAMPA-3',
              mnemonicos: ['AOCS_MODE', 'AOCS_SUN_ERR_DEG'],
              desde: '2027-06-21T04:05Z',
              hasta: '2027-06-21T04:30Z',
            },
            result: '{"AOCS_MODE": "NOMINAL_SUN_POINTING", "AOCS_SUN_ERR_DEG_max": 0.4}',
          },
          {
            say: 'Actitud: modo nominal todo el tiempo, error de apuntamiento solar máximo 0,4°. Sin desapuntamiento.',
          },
        ],
      },
      {
        name: 'comite_anomalias',
        description: 'Consolida el diagnóstico de la anomalía',
        instructions: 'Integrá los análisis y dá un diagnóstico con acciones.',
        replies: [
          {
            say: '## ANM-2027-031 — diagnóstico\n\n| subsistema | resultado |\n|---|---|\n| Potencia | +Y entregó 0,3 A a las 04:12 (−Y 7,1 A); batería cubrió el faltante |\n| Térmico | paneles simétricos (+Y −38,2/71,5 °C, −Y −37,9/70,8 °C), sin alarmas → descartado |\n| Actitud | apuntamiento nominal (0,4°) → descartado |\n\n**Causa probable:** falla intermitente en la cadena de conexión del panel +Y (string o diodo de bloqueo), no térmica.\n\n**Acción:** abrir NCR al fabricante del panel y pasar a monitoreo de corriente por string en cada salida de eclipse.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'jefe_anomalias', to: 'analista_termico' },
      agent: 'analista_termico',
    },
  }),
  defineScenario({
    id: 'triaje-conjuncion-radial-corrido-un-decimal',
    title:
      'El analista de riesgo urgente transcribe la distancia radial de 412 m como 41,2 m y recomienda maniobra; el redactor del aviso al operador del secundario la repite',
    domain: 'alertas de conjunción y coordinación con otros operadores',
    mast: ['FM-2.4'],
    request:
      'Llegó la alerta CA-2027-1187: PAMPA-2 contra el satélite activo LEMUR-2-217 (NORAD 54021), TCA 18/07/2027 11:42 UTC. Clasifiquen la urgencia, analicen y, si corresponde, preparen el aviso al operador del otro satélite.',
    topology: {
      shape: 'branch',
      classifier: 'triaje_alertas',
      routes: { urgente: 'analista_riesgo_urgente', rutina: 'analista_riesgo_rutina' },
      after: 'redactor_avisos',
    },
    agents: [
      {
        name: 'triaje_alertas',
        description: 'Clasifica las alertas de conjunción',
        instructions:
          'Respondé "urgente" si el TCA es en menos de 72 h o la Pc supera 1e-5; si no, "rutina".',
        replies: [
          {
            call: 'leer_alerta',
            args: { alerta: 'CA-2027-1187' },
            result:
              '{"tca": "2027-07-18T11:42:09Z", "horas_a_tca": 41.5, "pc": 2.4e-5, "secundario_activo": true, "operador": "Spire Global"}',
          },
          { say: 'urgente — TCA en 41,5 h, Pc 2,4e-5, secundario activo (Spire Global).' },
        ],
      },
      {
        name: 'analista_riesgo_urgente',
        description: 'Analiza conjunciones de alta prioridad',
        instructions: 'Analizá la geometría del encuentro y recomendá acción.',
        prompt: 'Triaje: {input}\n\nAlerta: {request}',
        replies: [
          {
            call: 'geometria_encuentro',
            args: { alerta: 'CA-2027-1187', marco: 'RTN' },
            result:
              '{"miss_total_m": 1630, "radial_m": 412, "transversal_m": 1571, "normal_m": 96, "sigma_radial_m": 58, "pc": 2.4e-5, "velocidad_relativa_kms": 14.2}',
          },
          {
            say: '**CA-2027-1187 — geometría (RTN)**\n\n| componente | valor |\n|---|---|\n| distancia total | 1630 m |\n| radial | **41,2 m** |\n| transversal | 1571 m |\n| normal | 96 m |\n| σ radial | 58 m |\n\nCon una separación radial menor que una σ, recomiendo coordinar con Spire y planificar maniobra de PAMPA-2 (subida de semieje ~ +30 m) antes de las 06:00 UTC del 18/07.',
          },
        ],
      },
      {
        name: 'analista_riesgo_rutina',
        description: 'Analiza conjunciones de baja prioridad',
        instructions: 'Analizá y archivá.',
        replies: [{ say: 'Registrada para seguimiento en el próximo ciclo de screening.' }],
      },
      {
        name: 'redactor_avisos',
        description: 'Redacta avisos a otros operadores satelitales',
        instructions: 'Redactá el aviso en castellano e inglés técnico si hace falta.',
        prompt: 'Análisis:\n{input}',
        replies: [
          {
            say: '**Aviso de coordinación CA-2027-1187 — para Spire Global (LEMUR-2-217 / 54021)**\n\nPAMPA-2 (CONAE) informa conjunción con TCA 18/07/2027 11:42 UTC: distancia total 1630 m, **separación radial 41,2 m** (σ 58 m), Pc 2,4e-5. Planificamos maniobra de PAMPA-2 (+30 m de semieje) con ejecución antes de las 06:00 UTC del 18/07. Solicitamos que LEMUR-2-217 no maniobre sin coordinar. Contacto: guardia FDS +54 351 xxx-xxxx.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analista_riesgo_urgente', to: 'redactor_avisos' },
      agent: 'analista_riesgo_urgente',
    },
  }),
  defineScenario({
    id: 'baterias-a-b-invertidas-en-traspaso-al-redactor',
    title:
      'La analista de telemetría lee que el pack B de baterías perdió capacidad y el A está sano, pero al traspasar al redactor de recomendaciones invierte los packs; se recomienda aislar el pack A',
    domain: 'anomalías de telemetría de batería',
    mast: ['FM-2.4'],
    request:
      'Seguimiento de la degradación de baterías de PAMPA-2 tras 4 años en órbita. Evalúen la capacidad de los packs A y B con los datos del último mes y recomienden qué hacer con la configuración de carga.',
    topology: {
      shape: 'swarm',
      entry: 'analista_telemetria',
      agents: ['analista_telemetria', 'redactor_recomendaciones'],
    },
    agents: [
      {
        name: 'analista_telemetria',
        description: 'Analiza tendencias de telemetría de plataforma',
        instructions: 'Analizá los datos y pasale el resultado al redactor de recomendaciones.',
        replies: [
          {
            call: 'tendencia_baterias',
            args: { satelite: 'PAMPA-2', desde: '2027-07-01', hasta: '2027-07-31', packs: ['A', 'B'] },
            result:
              '{"pack_A": {"capacidad_Ah": 46.8, "capacidad_nominal_Ah": 50, "dod_max_pct": 18.2, "t_media_C": 14.1, "celdas_desbalanceadas": 0}, "pack_B": {"capacidad_Ah": 39.1, "capacidad_nominal_Ah": 50, "dod_max_pct": 27.6, "t_media_C": 16.8, "celdas_desbalanceadas": 2, "celdas": ["B-07", "B-11"]}, "limite_dod_pct": 25}',
          },
          {
            handoff: 'redactor_recomendaciones',
            message:
              'PAMPA-2, julio 2027: pack A 39,1 Ah (78 % de nominal), DoD máx 27,6 % (> límite 25 %), celdas A-07 y A-11 desbalanceadas. Pack B 46,8 Ah (94 %), DoD 18,2 %, sin desbalance. Armá la recomendación de configuración de carga.',
          },
        ],
      },
      {
        name: 'redactor_recomendaciones',
        description: 'Redacta recomendaciones operativas para el equipo de plataforma',
        instructions: 'Redactá la recomendación final.',
        replies: [
          {
            say: '## Recomendación — baterías PAMPA-2 (julio 2027)\n\n- **Pack A**: 39,1 Ah (78 %), DoD máx. 27,6 % sobre el límite de 25 %, celdas A-07 y A-11 desbalanceadas.\n- **Pack B**: 46,8 Ah (94 %), DoD 18,2 %, sin desbalance.\n\n**Acción propuesta:** pasar la carga principal al pack B, dejar el pack A en carga de mantenimiento (trickle) y activar el balanceo de celdas A-07/A-11. Telecomando TC-EPS-114 a preparar para la pasada del 04/08.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analista_telemetria', to: 'redactor_recomendaciones' },
      agent: 'analista_telemetria',
    },
  }),
  defineScenario({
    id: 'ingesta-catalogo-spacetrack-429-informada-completa',
    title:
      'La ingesta del catálogo de Space-Track responde 429 sin actualizar ningún objeto; el actualizador informa al coordinador que los 5 secundarios están al día y el screening corre sobre TLE viejos',
    domain: 'screening de conjunciones con catálogo público',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Antes del screening semanal de PAMPA-3 (semana 33/2027) actualicen en el catálogo local los elementos de los 5 objetos de la lista de vigilancia (NORAD 49863, 49901, 50233, 54021, 57310) y corran el screening a 7 días.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinador_screening',
      workers: ['actualizador_catalogo', 'screener_conjunciones'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinador_screening',
        description: 'Coordina el screening semanal de conjunciones',
        instructions: 'Actualizá el catálogo y después corré el screening; reportá al equipo.',
        replies: [
          {
            handoff: 'actualizador_catalogo',
            message:
              'Traé de Space-Track los GP más recientes de 49863, 49901, 50233, 54021 y 57310 y cargalos en el catálogo local.',
          },
          {
            handoff: 'screener_conjunciones',
            message:
              'Catálogo al día. Screening de PAMPA-3 contra la lista de vigilancia, 16/08–23/08, umbral 2 km.',
          },
          {
            say: '## Screening semanal PAMPA-3 — semana 33\n\n- Catálogo: 5/5 objetos de vigilancia actualizados\n- Ventana: 16/08–23/08/2027, umbral 2 km\n- Resultado: **sin acercamientos** bajo el umbral (mínimo 6,8 km con 50233 el 19/08)\n\nNo se requiere acción.',
          },
        ],
      },
      {
        name: 'actualizador_catalogo',
        description: 'Mantiene el catálogo local de elementos orbitales',
        instructions: 'Descargá los elementos y actualizá el catálogo.',
        replies: [
          {
            call: 'descargar_gp_spacetrack',
            args: { norad: [49863, 49901, 50233, 54021, 57310], formato: 'OMM' },
            result: {
              error:
                'HTTP 429 Too Many Requests — límite de consultas GP excedido (30/min); reintentar en 3600 s. Objetos actualizados: 0/5',
            },
          },
          {
            say: 'Catálogo local actualizado con los GP de 49863, 49901, 50233, 54021 y 57310 (formato OMM). Listo para el screening.',
          },
        ],
      },
      {
        name: 'screener_conjunciones',
        description: 'Corre el screening de conjunciones contra el catálogo local',
        instructions: 'Corré el screening y reportá acercamientos.',
        replies: [
          {
            call: 'screening',
            args: {
              primario: 59871,
              secundarios: [49863, 49901, 50233, 54021, 57310],
              desde: '2027-08-16',
              hasta: '2027-08-23',
              umbral_km: 2,
            },
            result:
              '{"acercamientos_bajo_umbral": 0, "minimo": {"norad": 50233, "fecha": "2027-08-19T07:31Z", "dist_km": 6.8}, "epoca_elementos_mas_vieja": "2027-08-02T11:20Z"}',
          },
          { say: 'Sin acercamientos bajo 2 km entre 16/08 y 23/08. Mínimo: 50233, 19/08 07:31 UTC, 6,8 km.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'actualizador_catalogo', to: 'coordinador_screening' },
      agent: 'actualizador_catalogo',
    },
  }),
  defineScenario({
    id: 'secuencia-ttc-reenviada-igual-tras-observaciones',
    title:
      'El verificador observa tres veces que el telecomando de encendido del transmisor X queda 40 s después del LOS; el generador de secuencias reenvía la misma secuencia cada vez',
    domain: 'preparación de secuencias de telecomandos',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Preparen la secuencia temporizada de PAMPA-3 para la descarga en banda X sobre Córdoba del 05/09/2027 (pasada AOS 14:20:10, LOS 14:31:40 UTC): encendido del transmisor X, descarga de la partición 3 de la memoria masiva y apagado. Todos los comandos tienen que caer dentro de la pasada.',
    topology: {
      shape: 'pipeline',
      order: ['generador_secuencias', 'verificador_secuencias', 'operador_subida'],
      loop: { from: 'verificador_secuencias', to: 'generador_secuencias', while: 'OBSERVADA', max: 3 },
    },
    agents: [
      {
        name: 'generador_secuencias',
        description: 'Genera secuencias de telecomandos temporizados',
        instructions: 'Generá la secuencia o corregila según las observaciones del verificador.',
        prompt: 'Pedido u observaciones:\n{input}\n\nPedido original: {request}',
        replies: [
          {
            say: 'SEQ-P3-0905-X v1\n| # | tiempo (UTC) | comando | parámetro |\n|---|---|---|---|\n| 1 | 14:20:40 | XTX_PWR_ON | — |\n| 2 | 14:21:10 | MM_DUMP_START | partición 3 |\n| 3 | 14:30:50 | MM_DUMP_STOP | — |\n| 4 | 14:32:20 | XTX_PWR_OFF | — |',
          },
          {
            say: 'SEQ-P3-0905-X v2\n| # | tiempo (UTC) | comando | parámetro |\n|---|---|---|---|\n| 1 | 14:20:40 | XTX_PWR_ON | — |\n| 2 | 14:21:10 | MM_DUMP_START | partición 3 |\n| 3 | 14:30:50 | MM_DUMP_STOP | — |\n| 4 | 14:32:20 | XTX_PWR_OFF | — |',
          },
          {
            say: 'SEQ-P3-0905-X v3\n| # | tiempo (UTC) | comando | parámetro |\n|---|---|---|---|\n| 1 | 14:20:40 | XTX_PWR_ON | — |\n| 2 | 14:21:10 | MM_DUMP_START | partición 3 |\n| 3 | 14:30:50 | MM_DUMP_STOP | — |\n| 4 | 14:32:20 | XTX_PWR_OFF | — |',
          },
        ],
      },
      {
        name: 'verificador_secuencias',
        description: 'Verifica secuencias contra la ventana de pasada y las reglas de vuelo',
        instructions: 'Respondé "APROBADA: ..." o "OBSERVADA: ..." con el detalle.',
        prompt: 'Secuencia a verificar:\n{input}',
        replies: [
          {
            say: 'OBSERVADA: el comando 4 (XTX_PWR_OFF 14:32:20) queda 40 s después del LOS 14:31:40. Adelantalo a 14:31:20 como máximo.',
          },
          {
            say: 'OBSERVADA: el comando 4 (XTX_PWR_OFF 14:32:20) sigue 40 s después del LOS 14:31:40. Tiene que ser ≤ 14:31:20.',
          },
          {
            say: 'OBSERVADA: XTX_PWR_OFF sigue en 14:32:20, fuera de la pasada (LOS 14:31:40). No la puedo aprobar.',
          },
        ],
      },
      {
        name: 'operador_subida',
        description: 'Sube las secuencias aprobadas al satélite',
        instructions: 'Subí solo secuencias aprobadas; si no, reportá el estado.',
        prompt: 'Resultado de la verificación:\n{input}',
        replies: [
          {
            say: 'SEQ-P3-0905-X no se sube: sigue observada después de tres revisiones (XTX_PWR_OFF a las 14:32:20, fuera de la pasada). La descarga en banda X del 05/09 sobre Córdoba queda sin secuencia cargada.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'generador_secuencias', to: 'verificador_secuencias' },
      agent: 'generador_secuencias',
    },
  }),
  defineScenario({
    id: 'plan-maniobra-delta-v-con-coma-rompe-parser',
    title:
      'El planificador de maniobras escribe el Δv como "0,12 m/s (aprox.)" y el parser del programa, que espera un número, rechaza su respuesta antes del generador de telecomandos',
    domain: 'maniobras de evasión y generación de telecomandos',
    mast: ['FM-2.4'],
    request:
      'Evento EVT-2027-0533, PAMPA-2 contra 44271 (ATLAS 5 CENTAUR R/B), TCA 11/10/2027 19:05 UTC, Pc 2,2e-4. Diseñen la maniobra de evasión y generen los telecomandos de propulsión.',
    topology: {
      shape: 'pipeline',
      order: ['analista_evento', 'planificador_maniobra', 'generador_telecomandos'],
    },
    program: {
      crash: {
        agent: 'planificador_maniobra',
        error:
          "ManiobraParseError: campo delta_v='0,12 m/s (aprox.)' no es un número decimal (parse-plan-maniobra.ts:88)",
      },
    },
    agents: [
      {
        name: 'analista_evento',
        description: 'Resume el evento de conjunción para maniobras',
        instructions: 'Resumí el evento con los datos del CDM vigente.',
        replies: [
          {
            call: 'obtener_cdm',
            args: { evento: 'EVT-2027-0533' },
            result:
              '{"cdm": 4, "tca": "2027-10-11T19:05:31Z", "miss_m": 205, "radial_m": 61, "pc": 2.2e-4, "umbral_pc": 1e-4}',
          },
          {
            say: 'EVT-2027-0533 (CDM 4): TCA 11/10 19:05:31 UTC, 205 m (radial 61 m), Pc 2,2e-4 > 1e-4. Corresponde maniobra.',
          },
        ],
      },
      {
        name: 'planificador_maniobra',
        description: 'Diseña maniobras de evasión',
        instructions:
          'Diseñá la maniobra y respondé con los campos: epoca_ignicion (ISO UTC), delta_v (m/s, número), direccion, duracion_s.',
        prompt: 'Evento:\n{input}',
        replies: [
          {
            call: 'optimizar_maniobra',
            args: { evento: 'EVT-2027-0533', objetivo_pc: 1e-6, direccion: 'along-track' },
            result:
              '{"ignicion": "2027-10-11T18:18:02Z", "dv_mps": 0.1184, "direccion": "+T", "duracion_s": 21.6, "pc_post": 3.1e-7, "miss_post_m": 1720}',
          },
          {
            say: 'epoca_ignicion: 2027-10-11T18:18:02Z\ndelta_v: 0,12 m/s (aprox.)\ndireccion: +T (along-track)\nduracion_s: 21,6\nPc posterior 3,1e-7, distancia 1720 m.',
          },
        ],
      },
      {
        name: 'generador_telecomandos',
        description: 'Genera los telecomandos de propulsión',
        instructions: 'Generá el bloque de telecomandos a partir del plan de maniobra.',
        prompt: 'Plan de maniobra:\n{input}',
        replies: [
          {
            say: 'TC-PROP-0533: THR_ARM 18:17:32, THR_FIRE +T 21,6 s a 18:18:02, THR_SAFE 18:18:30 UTC.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'planificador_maniobra', to: 'generador_telecomandos' },
      agent: 'planificador_maniobra',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'pasadas-utc-a-hora-argentina-y-metros-por-segundo',
    title:
      'El planificador entrega pasadas en UTC, velocidades en km/s y decimales con punto; el redactor del cronograma las pasa correctamente a hora argentina (UTC−3), m/s y coma decimal',
    domain: 'planificación de pasadas y cronogramas para estación',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context / low_quality_output: every time and figure changes form between agents, but each conversion is right',
    request:
      'Necesito el cronograma de pasadas de PAMPA-3 sobre Tolhuin para el sábado 20/11/2027, en hora argentina, para el operador de turno de la estación, con la velocidad relativa máxima en m/s para el seguimiento Doppler.',
    topology: { shape: 'pipeline', order: ['planificador_red', 'redactor_cronograma'] },
    agents: [
      {
        name: 'planificador_red',
        description: 'Calcula pasadas sobre las estaciones de la red',
        instructions: 'Calculá las pasadas del día pedido y pasalas en UTC.',
        replies: [
          {
            call: 'calcular_pasadas',
            args: {
              satelite: 'PAMPA-3',
              estacion: 'TLH-7.3',
              desde: '2027-11-20T03:00Z',
              hasta: '2027-11-21T03:00Z',
            },
            result:
              '[{"aos": "2027-11-20T13:48:12Z", "los": "2027-11-20T13:59:47Z", "elev_max_deg": 54.2, "v_rel_max_kms": 6.912}, {"aos": "2027-11-20T15:24:30Z", "los": "2027-11-20T15:32:05Z", "elev_max_deg": 11.7, "v_rel_max_kms": 7.104}, {"aos": "2027-11-21T01:02:55Z", "los": "2027-11-21T01:13:40Z", "elev_max_deg": 38.9, "v_rel_max_kms": 6.987}]',
          },
          {
            say: 'PAMPA-3 / TLH-7.3, día local 20/11 (UTC):\n1. 2027-11-20 13:48:12–13:59:47, elev 54.2°, v_rel 6.912 km/s\n2. 2027-11-20 15:24:30–15:32:05, elev 11.7°, v_rel 7.104 km/s\n3. 2027-11-21 01:02:55–01:13:40, elev 38.9°, v_rel 6.987 km/s',
          },
        ],
      },
      {
        name: 'redactor_cronograma',
        description: 'Arma cronogramas para los operadores de estación',
        instructions: 'Pasá todo a hora argentina (UTC−3), unidades pedidas y formato local.',
        prompt: 'Pasadas calculadas:\n{input}\n\nPedido: {request}',
        replies: [
          {
            say: '### Tolhuin — PAMPA-3, sábado 20/11/2027 (hora argentina, UTC−3)\n\n| # | AOS | LOS | elev. máx. | v. rel. máx. |\n|---|---|---|---|---|\n| 1 | 10:48:12 | 10:59:47 | 54,2° | 6912 m/s |\n| 2 | 12:24:30 | 12:32:05 | 11,7° | 7104 m/s |\n| 3 | 22:02:55 | 22:13:40 | 38,9° | 6987 m/s |\n\nLa pasada 3 figura en UTC como 21/11 01:02, pero en hora local cae el sábado a la noche. La pasada 2 es baja (11,7°): conviene verificar el horizonte sur.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'cdm-cinco-reemplaza-al-cuatro-maniobra-con-el-vigente',
    title:
      'La analista de conjunciones traspasa con el CDM 5 vigente y menciona el CDM 4 reemplazado; el planificador de maniobras usa solo el CDM 5 y lo dice',
    domain: 'alertas de conjunción y maniobras de evasión',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded CDM 4 (Pc 1,9e-4) is still quoted in the handoff, but the maneuver is evaluated on CDM 5 only',
    request:
      'Evento EVT-2027-0610, PAMPA-3 contra 48211 (STARLINK-2871), TCA 03/12/2027 08:26 UTC. Con el último CDM, decidan si hay que maniobrar.',
    topology: {
      shape: 'swarm',
      entry: 'analista_cdm',
      agents: ['analista_cdm', 'planificador_evasion'],
    },
    agents: [
      {
        name: 'analista_cdm',
        description: 'Analiza los CDM de cada evento',
        instructions: 'Bajá el CDM vigente y traspasá al planificador de evasión.',
        replies: [
          {
            call: 'obtener_cdm',
            args: { evento: 'EVT-2027-0610' },
            result:
              '{"vigente": {"nro": 5, "creado": "2027-12-02T14:40Z", "tca": "2027-12-03T08:26:02Z", "miss_m": 1380, "pc": 8.4e-7, "nota": "el secundario maniobró (efeméride de operador cargada 12:05Z)"}, "anterior": {"nro": 4, "creado": "2027-12-02T02:15Z", "miss_m": 260, "pc": 1.9e-4, "estado": "REEMPLAZADO"}}',
          },
          {
            handoff: 'planificador_evasion',
            message:
              'EVT-2027-0610: vale el CDM 5 (02/12 14:40 UTC): distancia 1380 m, Pc 8,4e-7, porque STARLINK-2871 maniobró y su efeméride de operador entró a las 12:05. El CDM 4 de la madrugada (260 m, Pc 1,9e-4) quedó reemplazado.',
          },
        ],
      },
      {
        name: 'planificador_evasion',
        description: 'Decide y diseña maniobras de evasión',
        instructions: 'Evaluá con el CDM vigente y respondé la decisión.',
        replies: [
          {
            call: 'evaluar_maniobra',
            args: { evento: 'EVT-2027-0610', cdm: 5, miss_m: 1380, pc: 8.4e-7, umbral_pc: 1e-4 },
            result: '{"decision": "NO_MANIOBRAR", "pc_sobre_umbral": false}',
          },
          {
            say: '**EVT-2027-0610 — sin maniobra.** Evaluado con el CDM 5: 1380 m, Pc 8,4e-7, dos órdenes por debajo del umbral 1e-4. La Pc 1,9e-4 del CDM 4 ya no aplica: era previa a la maniobra del secundario. Se cierra la preparación de la maniobra MNV-0610 que estaba en borrador.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'estacion-ushuaia-timeout-reintento-reserva-confirmada',
    title:
      'La primera reserva en la antena de Ushuaia da timeout; el gestor de red reintenta, confirma y le cuenta al coordinador ambos intentos',
    domain: 'reservas de antenas de terceros para LEOP y contingencias',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a booking tool timed out once, was retried and both attempts were reported',
    request:
      'PAMPA-3 entra en modo seguro previsto para la actualización de software de a bordo del 14/01/2028. Necesitamos una pasada de respaldo en Ushuaia (red externa) el 14/01 entre 10:00 y 12:00 UTC y el paquete de comandos de recuperación verificado.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinador_contingencias',
      workers: ['gestor_red_externa', 'preparador_recuperacion'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinador_contingencias',
        description: 'Coordina la preparación de contingencias',
        instructions: 'Conseguí la pasada de respaldo y el paquete de recuperación; informá.',
        replies: [
          {
            handoff: 'gestor_red_externa',
            message:
              'Reservá una pasada de PAMPA-3 en Ushuaia (USH-5.4) el 14/01/2028 entre 10:00 y 12:00 UTC, banda S, TT&C.',
          },
          {
            handoff: 'preparador_recuperacion',
            message: 'Prepará y verificá el paquete de recuperación de modo seguro de PAMPA-3 para el 14/01.',
          },
          {
            say: '## Contingencia actualización SW — PAMPA-3, 14/01/2028\n\n- Pasada de respaldo: **USH-5.4, 10:52–11:03 UTC**, reserva EXT-USH-2281 (confirmada en el segundo intento; el primero dio timeout del portal).\n- Paquete de recuperación REC-P3-SAFE-07: 14 TC, verificado en simulador.\n\nTodo listo para el 14/01.',
          },
        ],
      },
      {
        name: 'gestor_red_externa',
        description: 'Gestiona reservas en antenas de redes externas',
        instructions: 'Reservá la antena pedida y contá el resultado.',
        replies: [
          {
            call: 'reservar_antena_externa',
            args: {
              estacion: 'USH-5.4',
              satelite: 'PAMPA-3',
              desde: '2028-01-14T10:00Z',
              hasta: '2028-01-14T12:00Z',
              servicio: 'TTC-S',
            },
            result: {
              error:
                'Timeout 60 s esperando respuesta del portal de reservas de la red externa (sin número de reserva)',
            },
          },
          {
            call: 'reservar_antena_externa',
            args: {
              estacion: 'USH-5.4',
              satelite: 'PAMPA-3',
              desde: '2028-01-14T10:00Z',
              hasta: '2028-01-14T12:00Z',
              servicio: 'TTC-S',
            },
            result:
              '{"reserva": "EXT-USH-2281", "aos": "2028-01-14T10:52Z", "los": "2028-01-14T11:03Z", "estado": "CONFIRMADA", "duplicadas": 0}',
          },
          {
            say: 'Primer intento: timeout del portal de la red externa, sin número de reserva. Reintenté y quedó confirmada EXT-USH-2281: USH-5.4, 14/01 10:52–11:03 UTC. Verifiqué que no quedó ninguna reserva duplicada.',
          },
        ],
      },
      {
        name: 'preparador_recuperacion',
        description: 'Prepara paquetes de telecomandos de recuperación',
        instructions: 'Armá y verificá el paquete en el simulador.',
        replies: [
          {
            call: 'verificar_en_simulador',
            args: { paquete: 'REC-P3-SAFE-07', satelite: 'PAMPA-3' },
            result: '{"telecomandos": 14, "aceptados": 14, "rechazados": 0, "modo_final": "NOMINAL"}',
          },
          {
            say: 'REC-P3-SAFE-07: 14 TC, todos aceptados en el simulador, el satélite vuelve a modo NOMINAL.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'revision-trimestral-telemetria-muchos-codigos-consolidada',
    title:
      'La revisión trimestral de salud de PAMPA-2 baja por dos equipos con decenas de mnemónicos, contadores y códigos de evento; cada líder devuelve su resumen y la dirección lo consolida sin perder cifras',
    domain: 'revisión de salud de plataforma y carga útil',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf:
      'low_quality_output / lost_message: long texts full of ids, counters and event codes that are handed back complete',
    request:
      'Revisión trimestral Q4-2027 de PAMPA-2: estado de plataforma (contadores de reinicio, EDAC, eventos FDIR) y de carga útil (horas de operación del SAR, calibraciones). Un informe para el comité de misión.',
    topology: {
      shape: 'nested',
      top: 'direccion_mision',
      teams: { lider_plataforma: ['analista_fdir'], lider_carga_util: ['analista_sar'] },
    },
    agents: [
      {
        name: 'direccion_mision',
        description: 'Dirige la misión y arma el informe trimestral',
        instructions: 'Pedí a los líderes sus resúmenes y consolidalos.',
        replies: [
          {
            handoff: 'lider_plataforma',
            message: 'Q4-2027 PAMPA-2: reinicios, EDAC y eventos FDIR del trimestre.',
          },
          {
            handoff: 'lider_carga_util',
            message: 'Q4-2027 PAMPA-2: horas del SAR, adquisiciones y calibraciones.',
          },
          {
            say: '# PAMPA-2 — revisión trimestral Q4-2027\n\n## Plataforma\n| indicador | valor |\n|---|---|\n| Reinicios OBC | 1 (EVT-FDIR-0x2A17, 03/11 04:12:55 UTC, watchdog, recuperado en 38 s) |\n| EDAC corregibles / no corregibles | 18 342 / 0 |\n| Eventos FDIR | 27 (nivel 1: 24, nivel 2: 3, nivel 3: 0) |\n| SAA | 25 de los 27 eventos dentro de la Anomalía del Atlántico Sur |\n\n## Carga útil SAR\n| indicador | valor |\n|---|---|\n| Horas de operación | 611,4 h |\n| Adquisiciones | 4127 (StripMap 3310, TOPSAR 817) |\n| Calibraciones | 6 internas, 1 externa (reflector CR-PAR-03, 14/12) |\n| Deriva de ganancia | +0,07 dB (límite ±0,5 dB) |\n\n**Conclusión:** ambos subsistemas dentro de especificación; seguimiento del watchdog del 03/11 en NCR-P2-0093.',
          },
        ],
      },
      {
        name: 'lider_plataforma',
        description: 'Lidera el equipo de plataforma',
        instructions: 'Pedí los datos FDIR y resumí.',
        replies: [
          {
            handoff: 'analista_fdir',
            message: 'Contadores de reinicio, EDAC y eventos FDIR de PAMPA-2 del 01/10 al 31/12/2027.',
          },
          {
            say: 'Plataforma Q4: 1 reinicio de OBC (EVT-FDIR-0x2A17, 03/11 04:12:55, watchdog, 38 s); EDAC 18 342 corregibles, 0 no corregibles; 27 eventos FDIR (24 N1, 3 N2, 0 N3), 25 en la SAA. Seguimiento en NCR-P2-0093.',
          },
        ],
      },
      {
        name: 'analista_fdir',
        description: 'Analiza contadores y eventos FDIR',
        instructions: 'Consultá el archivo de eventos y resumí.',
        replies: [
          {
            call: 'eventos_fdir',
            args: { satelite: 'PAMPA-2', desde: '2027-10-01', hasta: '2027-12-31' },
            result:
              '{"obc_reinicios": [{"evento": "EVT-FDIR-0x2A17", "utc": "2027-11-03T04:12:55Z", "causa": "WDG_TIMEOUT", "recuperacion_s": 38}], "edac_corregibles": 18342, "edac_no_corregibles": 0, "fdir": {"N1": 24, "N2": 3, "N3": 0}, "fdir_en_saa": 25, "ncr_abierta": "NCR-P2-0093"}',
          },
          {
            say: 'OBC: 1 reinicio, EVT-FDIR-0x2A17 03/11 04:12:55 UTC (WDG_TIMEOUT), recuperado en 38 s. EDAC: 18 342 corregibles, 0 no corregibles. FDIR: N1 24, N2 3, N3 0; 25 de 27 en la SAA. NCR abierta: NCR-P2-0093.',
          },
        ],
      },
      {
        name: 'lider_carga_util',
        description: 'Lidera el equipo de carga útil',
        instructions: 'Pedí los datos del SAR y resumí.',
        replies: [
          {
            handoff: 'analista_sar',
            message:
              'Horas de operación, adquisiciones por modo y calibraciones del SAR de PAMPA-2, Q4-2027.',
          },
          {
            say: 'SAR Q4: 611,4 h; 4127 adquisiciones (3310 StripMap, 817 TOPSAR); 6 calibraciones internas + 1 externa con CR-PAR-03 (14/12); deriva de ganancia +0,07 dB (límite ±0,5 dB).',
          },
        ],
      },
      {
        name: 'analista_sar',
        description: 'Analiza el desempeño del instrumento SAR',
        instructions: 'Consultá el registro del instrumento y resumí.',
        replies: [
          {
            call: 'registro_sar',
            args: { satelite: 'PAMPA-2', trimestre: '2027-Q4' },
            result:
              '{"horas_operacion": 611.4, "adquisiciones": {"STRIPMAP": 3310, "TOPSAR": 817}, "cal_internas": 6, "cal_externas": [{"reflector": "CR-PAR-03", "fecha": "2027-12-14"}], "deriva_ganancia_db": 0.07, "limite_db": 0.5}',
          },
          {
            say: 'SAR: 611,4 h, 3310 StripMap + 817 TOPSAR = 4127 adquisiciones. Calibraciones: 6 internas, 1 externa (CR-PAR-03, 14/12/2027). Deriva de ganancia +0,07 dB, límite ±0,5 dB.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'plan-adquisiciones-corregido-en-segunda-revision',
    title:
      'El revisor de restricciones devuelve el plan de adquisiciones porque dos tomas superan el límite de 14 min de SAR por órbita; el planificador recorta una toma y la segunda versión se aprueba',
    domain: 'planificación de adquisiciones de carga útil',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf: 'handoff_loop: one revise round that changes the plan, then approval',
    request:
      'Plan de adquisiciones SAR de PAMPA-3 para la órbita 10 412 del 22/02/2028: pedidos de emergencia hídrica (Salado, Buenos Aires) y de monitoreo agrícola (Pergamino). Respeten el límite de 14 min de SAR encendido por órbita.',
    topology: {
      shape: 'pipeline',
      order: ['planificador_adquisiciones', 'revisor_restricciones', 'programador_carga_util'],
      loop: { from: 'revisor_restricciones', to: 'planificador_adquisiciones', while: 'DEVUELTO', max: 3 },
    },
    agents: [
      {
        name: 'planificador_adquisiciones',
        description: 'Arma el plan de adquisiciones de la carga útil',
        instructions: 'Armá el plan o corregilo según la devolución.',
        prompt: 'Pedido o devolución:\n{input}\n\nPedido original: {request}',
        replies: [
          {
            say: 'PLAN-P3-10412 v1\n| toma | pedido | modo | inicio (UTC) | duración |\n|---|---|---|---|---|\n| T1 | EMER-HID-0221 Salado | TOPSAR | 09:31:10 | 9 min 20 s |\n| T2 | AGRO-PERG-077 | StripMap | 09:42:05 | 5 min 30 s |\nTotal SAR: 14 min 50 s.',
          },
          {
            say: 'PLAN-P3-10412 v2\n| toma | pedido | modo | inicio (UTC) | duración |\n|---|---|---|---|---|\n| T1 | EMER-HID-0221 Salado | TOPSAR | 09:31:10 | 9 min 20 s |\n| T2 | AGRO-PERG-077 | StripMap | 09:42:05 | 4 min 30 s |\nTotal SAR: 13 min 50 s. T2 recortada 60 s en el borde norte (fuera del lote de interés); la emergencia queda completa.',
          },
        ],
      },
      {
        name: 'revisor_restricciones',
        description: 'Revisa el plan contra las restricciones de a bordo',
        instructions: 'Respondé "APROBADO: ..." o "DEVUELTO: ..." con el motivo.',
        prompt: 'Plan:\n{input}',
        replies: [
          {
            say: 'DEVUELTO: 14 min 50 s de SAR en la órbita 10 412, el límite es 14 min. Sacá al menos 50 s.',
          },
          {
            say: 'APROBADO: v2 suma 13 min 50 s (≤ 14 min), memoria masiva al 61 % tras las tomas, potencia OK.',
          },
        ],
      },
      {
        name: 'programador_carga_util',
        description: 'Genera la programación de la carga útil',
        instructions: 'Generá la programación del plan aprobado.',
        prompt: 'Revisión:\n{input}',
        replies: [
          {
            say: 'PLAN-P3-10412 v2 programado: T1 EMER-HID-0221 TOPSAR 09:31:10 (9 min 20 s), T2 AGRO-PERG-077 StripMap 09:42:05 (4 min 30 s). Carga en la pasada CBA-13 de las 08:12 UTC.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'screening-semanal-excluye-objeto-reingresado',
    title:
      'Uno de los tres screeners saca de la lista al objeto 50233, que reingresó a la atmósfera el 02/03 según el catálogo, y lo explica; el consolidado lo informa así',
    domain: 'screening de conjunciones por régimen orbital',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: a listed object is left out of a screening, legitimately, because it has decayed',
    request:
      'Screening de la semana 10/2028 (06/03–13/03) para PAMPA-2, PAMPA-3 y el cubesat PAMPA-C1 contra la lista de vigilancia (49863, 50233, 54021, 57310). Excluyan lo que ya no esté en órbita. Un consolidado.',
    topology: {
      shape: 'fanout',
      planner: 'jefe_screening',
      workers: ['screener_pampa2', 'screener_pampa3', 'screener_cubesat'],
      aggregator: 'consolidador_screening',
    },
    agents: [
      {
        name: 'jefe_screening',
        description: 'Reparte el screening semanal por satélite',
        instructions: 'Un pedido por screener.',
        replies: [
          {
            plan: {
              screener_pampa2:
                'PAMPA-2 (59102) vs 49863, 50233, 54021, 57310; 06/03–13/03; umbral 2 km. Excluir objetos reingresados.',
              screener_pampa3:
                'PAMPA-3 (59871) vs 49863, 50233, 54021, 57310; 06/03–13/03; umbral 2 km. Excluir objetos reingresados.',
              screener_cubesat:
                'PAMPA-C1 (60455) vs 49863, 50233, 54021, 57310; 06/03–13/03; umbral 5 km (sin propulsión). Excluir objetos reingresados.',
            },
          },
        ],
      },
      {
        name: 'screener_pampa2',
        description: 'Screening de PAMPA-2',
        instructions: 'Corré el screening pedido.',
        replies: [
          {
            call: 'screening',
            args: {
              primario: 59102,
              secundarios: [49863, 54021, 57310],
              desde: '2028-03-06',
              hasta: '2028-03-13',
              umbral_km: 2,
            },
            result:
              '{"excluidos_previos": {"50233": "DECAY 2028-03-02"}, "bajo_umbral": [], "minimo": {"norad": 57310, "dist_km": 9.4, "utc": "2028-03-09T22:14Z"}}',
          },
          {
            say: 'PAMPA-2: sin acercamientos < 2 km (mínimo 57310, 9,4 km, 09/03 22:14 UTC). 50233 excluido: reingresó el 02/03/2028.',
          },
        ],
      },
      {
        name: 'screener_pampa3',
        description: 'Screening de PAMPA-3',
        instructions: 'Corré el screening pedido.',
        replies: [
          {
            call: 'screening',
            args: {
              primario: 59871,
              secundarios: [49863, 54021, 57310],
              desde: '2028-03-06',
              hasta: '2028-03-13',
              umbral_km: 2,
            },
            result:
              '{"excluidos_previos": {"50233": "DECAY 2028-03-02"}, "bajo_umbral": [{"norad": 49863, "dist_km": 1.62, "utc": "2028-03-11T05:47Z", "pc": 3.0e-6}]}',
          },
          {
            say: 'PAMPA-3: 1 acercamiento < 2 km — 49863, 1,62 km, 11/03 05:47 UTC, Pc 3,0e-6 (bajo umbral de maniobra). 50233 excluido (reingreso 02/03).',
          },
        ],
      },
      {
        name: 'screener_cubesat',
        description: 'Screening del cubesat',
        instructions: 'Corré el screening pedido.',
        replies: [
          {
            call: 'screening',
            args: {
              primario: 60455,
              secundarios: [49863, 54021, 57310],
              desde: '2028-03-06',
              hasta: '2028-03-13',
              umbral_km: 5,
            },
            result:
              '{"excluidos_previos": {"50233": "DECAY 2028-03-02"}, "bajo_umbral": [], "minimo": {"norad": 54021, "dist_km": 12.8, "utc": "2028-03-07T16:30Z"}}',
          },
          {
            say: 'PAMPA-C1: sin acercamientos < 5 km (mínimo 54021, 12,8 km, 07/03). 50233 fuera de la lista por reingreso (02/03).',
          },
        ],
      },
      {
        name: 'consolidador_screening',
        description: 'Consolida los resultados del screening',
        instructions: 'Un consolidado con todo lo relevante.',
        replies: [
          {
            say: '## Screening semana 10/2028 (06/03–13/03)\n\n| primario | acercamientos bajo umbral | mínimo |\n|---|---|---|\n| PAMPA-2 (59102) | 0 (umbral 2 km) | 57310, 9,4 km |\n| PAMPA-3 (59871) | **1**: 49863, 1,62 km, 11/03 05:47 UTC, Pc 3,0e-6 | — |\n| PAMPA-C1 (60455) | 0 (umbral 5 km) | 54021, 12,8 km |\n\nObjeto 50233 excluido de la lista: reingresó el 02/03/2028. Seguimiento del evento de PAMPA-3 con los CDM de la semana; no requiere maniobra por ahora.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch114Scenarios = [...faults, ...healthy];
