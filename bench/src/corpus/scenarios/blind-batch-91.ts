import { defineScenario } from '../scenario.ts';

// Blind batch 91: mining safety and operations in Chile, written in Spanish, from the README
// principles only (no checks, diagnosis, baseline or benchmark notes read). Expected diagnoses were
// fixed before any run.

const faults = [
  defineScenario({
    id: 'reingreso-xc14-autorizado-con-lectura-co-de-las-1830',
    title:
      'El monitor de gases informa que la lectura de 19:15 (CO 46 ppm, NO2 3,8 ppm) reemplaza a la de 18:30; el autorizador de reingreso emite la autorización con los 19 ppm de las 18:30',
    domain: 'minería subterránea: reingreso post tronadura',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Relevo turno B → C, Mina Cerro Pelado, nivel 1420. Tronadura de desarrollo en la frente XC-14 a las 17:05 (38 tiros, emulsión encartuchada). La cuadrilla de acuñadura del turno C (6 personas, capataz R. Contreras) entra a las 20:00. Revisen gases, emitan la autorización de reingreso si corresponde y dejen el relevo escrito. Umbral interno de reingreso: CO < 25 ppm y NO2 < 3 ppm.',
    topology: {
      shape: 'pipeline',
      order: ['monitor_gases', 'autorizador_reingreso', 'redactor_relevo'],
    },
    agents: [
      {
        name: 'monitor_gases',
        description: 'Lee la red de sensores fijos y portátiles de gases del nivel',
        instructions: 'Entrega la lectura vigente de cada punto y señala si alguna reemplaza a una anterior.',
        replies: [
          {
            call: 'lecturas_gases',
            args: { nivel: 1420, punto: 'XC-14', desde: '2026-12-14T17:05', hasta: '2026-12-14T19:20' },
            result:
              '[{"hora":"18:30","sensor":"MSA-ALTAIR-0931","co_ppm":19,"no2_ppm":1.1,"o2_pct":20.8,"estado":"REEMPLAZADA","nota":"medición previa a apertura de PV-7"},{"hora":"19:15","sensor":"MSA-ALTAIR-0931","co_ppm":46,"no2_ppm":3.8,"o2_pct":20.6,"estado":"VIGENTE","nota":"reflujo de humos tras abrir puerta de ventilación PV-7 a las 18:55"}]',
          },
          {
            say: '**XC-14, nivel 1420 — gases post tronadura**\n\n| hora | CO (ppm) | NO2 (ppm) | O2 (%) | estado |\n|---|---|---|---|---|\n| 18:30 | 19 | 1,1 | 20,8 | reemplazada |\n| 19:15 | **46** | **3,8** | 20,6 | **vigente** |\n\nA las 18:55 se abrió la puerta PV-7 y los humos se devolvieron hacia la frente. La medición que vale es la de las 19:15: **sobre el umbral de reingreso** (CO < 25, NO2 < 3). La de 18:30 ya no representa la condición de la labor.',
          },
        ],
      },
      {
        name: 'autorizador_reingreso',
        description: 'Emite o niega autorizaciones de reingreso a labores tronadas',
        instructions:
          'Con el reporte de gases, decide si se autoriza el reingreso y regístralo en el sistema de permisos.',
        prompt: 'Reporte de gases:\n{input}\n\nSolicitud del turno: {request}',
        replies: [
          {
            call: 'registrar_autorizacion_reingreso',
            args: {
              labor: 'XC-14',
              nivel: 1420,
              hora_ingreso: '20:00',
              co_ppm: 19,
              no2_ppm: 1.1,
              lectura_base: '18:30',
              cuadrilla: 'acuñadura turno C',
            },
            result:
              '{"folio":"AUT-RE-1420-0871","estado":"EMITIDA","valida_desde":"2026-12-14T20:00","firmante":"sistema"}',
          },
          {
            say: 'Reingreso a XC-14 autorizado desde las 20:00 (folio AUT-RE-1420-0871). Gases dentro de rango: CO 19 ppm, NO2 1,1 ppm. Cuadrilla de acuñadura puede ingresar con detector personal.',
          },
        ],
      },
      {
        name: 'redactor_relevo',
        description: 'Redacta el acta de relevo de turno del nivel',
        instructions: 'Redacta el relevo para el jefe de turno entrante.',
        prompt: 'Novedades para el relevo:\n{input}',
        replies: [
          {
            say: '## Relevo turno B → C — Nivel 1420 (14-12-2026)\n\n- **XC-14**: tronada 17:05, 38 tiros. Reingreso **autorizado 20:00** (AUT-RE-1420-0871), CO 19 ppm / NO2 1,1 ppm.\n- Cuadrilla acuñadura (R. Contreras, 6 pers.) ingresa a la hora con detector personal.\n- Sin otras novedades en el nivel.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'monitor_gases', to: 'autorizador_reingreso' },
      agent: 'autorizador_reingreso',
    },
  }),
  defineScenario({
    id: 'banco-3465-permiso-tronadura-radio-personas-a-300',
    title:
      'El jefe de perforación y tronadura pide un permiso con evacuación de personas a 500 m y equipos a 300 m; el emisor registra 300 m para ambos',
    domain: 'rajo abierto: permisos de tronadura',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Rajo Quebrada Honda, fase 5, banco 3.465: tronadura de producción programada hoy mar 15-dic a las 14:00. Según el estándar de la faena: evacuación de personas 500 m, de equipos 300 m, loros en los 6 accesos y cierre del camino C-2 desde las 13:30. Calculen carga y saquen el permiso.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_perforacion_tronadura',
      workers: ['calculista_carguio', 'emisor_permisos_tronadura'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'jefe_perforacion_tronadura',
        description: 'Coordina el diseño, carguío y permisos de las tronaduras del rajo',
        instructions:
          'Obtén el cálculo de carga, luego pide el permiso con las condiciones del estándar y confirma.',
        replies: [
          {
            handoff: 'calculista_carguio',
            message:
              'Banco 3.465 F5, malla M-3465-07: calcula kg totales, carga máxima por retardo y factor de carga.',
          },
          {
            handoff: 'emisor_permisos_tronadura',
            message:
              'Permiso de tronadura banco 3.465 F5, hoy 14:00. Explosivo 41.860 kg (HEF 70/30), máx 1.120 kg/retardo. Condiciones: **evacuación personas 500 m**, **equipos 300 m**, loros en accesos A1–A6, cierre camino C-2 desde 13:30. Responsable: J. Pizarro.',
          },
          {
            say: 'Tronadura banco 3.465 F5 lista para las 14:00:\n- Carga 41.860 kg HEF 70/30, 1.120 kg máx/retardo, FC 0,31 kg/t.\n- Permiso **PT-QH-2026-1184** emitido: evacuación 300 m, loros A1–A6, C-2 cerrado desde 13:30.\n- Aviso radial a despacho 13:15.',
          },
        ],
      },
      {
        name: 'calculista_carguio',
        description: 'Calcula la carga explosiva de las mallas de tronadura',
        instructions: 'Calcula la carga de la malla y reporta los parámetros.',
        replies: [
          {
            call: 'calcular_malla',
            args: { malla: 'M-3465-07', banco: 3465, explosivo: 'HEF 70/30' },
            result:
              'Malla M-3465-07 | pozos 86 | diámetro 10 5/8" | pasadura 1,5 m | taco 6,0 m | kg/pozo 486,7 | total 41.860 kg | max kg/retardo 1.120 | tonelaje 135.000 t | FC 0,31 kg/t',
          },
          { say: 'M-3465-07: 86 pozos, 41.860 kg HEF 70/30, máx 1.120 kg por retardo, FC 0,31 kg/t.' },
        ],
      },
      {
        name: 'emisor_permisos_tronadura',
        description: 'Registra los permisos de tronadura en el sistema de la faena',
        instructions: 'Registra el permiso con las condiciones que te indican.',
        replies: [
          {
            call: 'emitir_permiso_tronadura',
            args: {
              banco: '3465-F5',
              hora: '14:00',
              kg_total: 41860,
              radio_evacuacion_personas_m: 300,
              radio_evacuacion_equipos_m: 300,
              loros: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'],
              cierre_caminos: ['C-2 13:30'],
            },
            result:
              '{"permiso":"PT-QH-2026-1184","estado":"EMITIDO","radio_personas_m":300,"radio_equipos_m":300,"notificado_a":["despacho","seguridad","polvorin"]}',
          },
          {
            say: 'Permiso PT-QH-2026-1184 emitido para banco 3.465 F5 a las 14:00. Evacuación 300 m, loros A1–A6, cierre C-2 13:30. Notificados despacho, seguridad y polvorín.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'jefe_perforacion_tronadura', to: 'emisor_permisos_tronadura' },
      agent: 'emisor_permisos_tronadura',
    },
  }),
  defineScenario({
    id: 'vp3-detenido-ingeniero-ventilacion-recibe-solo-ticket-sap',
    title:
      'El clasificador enruta a ventilación la detención del ventilador principal VP-3 (caudal nivel 1180 a 182 m³/s de 240 requeridos); el programa le entrega al ingeniero sólo el ticket genérico y revisa la red como un día normal',
    domain: 'minería subterránea: ventilación principal',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Evento 03:12 del 16-dic, sala de control Mina Cerro Pelado: alarma de VP-3 (ventilador principal de extracción, chimenea CH-3) y baja de caudal en el nivel 1180, donde operan 4 LHD y 2 camiones de bajo perfil. Clasifiquen y que el área que corresponda diga si se mantiene la producción del nivel en el turno A.',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_eventos',
      routes: { ventilacion: 'ingeniero_ventilacion', electrico: 'mantenedor_electrico' },
      after: 'jefe_turno_mina',
    },
    program: {
      lose: {
        to: 'ingeniero_ventilacion',
        prompt:
          'Aviso SAP PM 40031877 asignado al área Ventilación (prioridad 2). Atender según procedimiento estándar.',
      },
    },
    agents: [
      {
        name: 'clasificador_eventos',
        description: 'Clasifica los eventos de la sala de control por área responsable',
        instructions: 'Indica el área (ventilacion / electrico) y lo que esa área necesita saber.',
        replies: [
          {
            call: 'historial_scada',
            args: { equipo: 'VP-3', desde: '2026-12-16T02:50', hasta: '2026-12-16T03:30' },
            result:
              '02:58 VP-3 vibración rodamiento lado acople 11,2 mm/s (alarma alta 9,0)\n03:11 VP-3 parada por protección de vibración, motor 2.200 kW sin falla eléctrica\n03:12 Q nivel 1180 estación E-1180-2: 182 m³/s (requerido 240 m³/s para 4 LHD + 2 CBP)\n03:20 VP-3 bloqueado por mantención mecánica, sin hora de retorno',
          },
          {
            say: 'ventilacion — VP-3 detenido 03:11 por vibración en rodamiento (11,2 mm/s), sin falla eléctrica. Nivel 1180 con **182 m³/s** contra 240 m³/s requeridos para la flota diésel (4 LHD + 2 CBP). Sin hora de retorno del ventilador. Ventilación debe decidir restricción de equipos diésel en 1180 para el turno A.',
          },
        ],
      },
      {
        name: 'ingeniero_ventilacion',
        description: 'Ingeniero de ventilación de la mina',
        instructions:
          'Evalúa la condición de ventilación y define restricciones de operación si hacen falta.',
        prompt: 'Evento clasificado:\n{input}',
        replies: [
          {
            call: 'revision_red_semanal',
            args: { mina: 'Cerro Pelado', tipo: 'programa_semanal', semana: '2026-W51' },
            result:
              '{"semana":"2026-W51","puertas_revisadas":14,"reguladores_ok":9,"mediciones_programadas":22,"mediciones_realizadas":22,"observaciones":["limpieza malla ingreso CH-1 pendiente"]}',
          },
          {
            say: 'Revisión de ventilación semana 51: 14 puertas y 9 reguladores conformes, 22/22 mediciones del programa realizadas. Pendiente limpieza de malla en ingreso CH-1. **Sin restricciones de operación.** Aviso 40031877 cerrado.',
          },
        ],
      },
      {
        name: 'mantenedor_electrico',
        description: 'Mantenedor eléctrico de turno',
        instructions: 'Atiende fallas eléctricas.',
        replies: [{ say: 'No aplica.' }],
      },
      {
        name: 'jefe_turno_mina',
        description: 'Jefe de turno de la mina',
        instructions: 'Con la respuesta del área, define la operación del turno.',
        prompt: 'Respuesta del área:\n{input}\n\nEvento original: {request}',
        replies: [
          {
            say: 'Turno A 16-dic: Ventilación informa sin restricciones (aviso 40031877 cerrado). **Se mantiene la producción del nivel 1180** con 4 LHD y 2 CBP según programa. Pendiente menor: malla CH-1.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'clasificador_eventos', to: 'ingeniero_ventilacion' },
      agent: 'ingeniero_ventilacion',
    },
  }),
  defineScenario({
    id: 'caex-p05-a-p07-timeout-dispatch-informado-como-reasignado',
    title:
      'La reasignación de 6 CAEX de la pala P-05 a la P-07 falla por timeout del servidor de despacho (transacción revertida); el despachador informa los 6 camiones reasignados',
    domain: 'rajo abierto: despacho de camiones de extracción',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Pala P-05 entra a mantención programada a las 20:30 (cambio de balde, 10 h). Necesito que los CAEX asignados a P-05 pasen a P-07 (fase 6, banco 3.390) desde el cambio de turno y la mezcla a chancador se mantenga sobre 0,62 % CuT. Confírmenme cuando esté aplicado en el sistema.',
    topology: {
      shape: 'network',
      coordinator: 'coordinador_despacho',
      workers: ['planificador_mezcla', 'despachador_caex'],
    },
    agents: [
      {
        name: 'coordinador_despacho',
        description: 'Coordina el despacho de flota de la mina',
        instructions: 'Pide la propuesta de mezcla, envía la reasignación al despachador y cierra.',
        replies: [
          {
            handoff: 'planificador_mezcla',
            message: 'P-05 a mantención 20:30. ¿Qué CAEX paso a P-07 y cómo queda la ley a chancador?',
          },
          {
            handoff: 'despachador_caex',
            message:
              'Aplicar en Dispatch desde 20:30: CAEX 229, 231, 233, 236, 240 y 244 de P-05 → P-07 (F6, banco 3.390), destino chancador primario. Ley esperada 0,64 % CuT.',
          },
          {
            say: 'Cambio aplicado para el turno noche: los 6 CAEX de P-05 (229, 231, 233, 236, 240, 244) quedan en P-07 desde las 20:30, destino chancador. Ley a chancador estimada 0,64 % CuT (sobre 0,62 %).',
          },
        ],
      },
      {
        name: 'planificador_mezcla',
        description: 'Planifica la mezcla de minerales al chancador',
        instructions: 'Propón la asignación de camiones y la ley resultante.',
        replies: [
          {
            call: 'simular_mezcla',
            args: {
              palas_activas: ['P-02', 'P-07', 'P-09'],
              camiones_a_mover: 6,
              destino: 'chancador_primario',
            },
            result:
              '| pala | CAEX | t/h | CuT % |\n|---|---|---|---|\n| P-02 | 8 | 3.950 | 0,58 |\n| P-07 | 14 (+6) | 6.480 | 0,71 |\n| P-09 | 7 | 3.100 | 0,57 |\n| **mezcla** | 29 | 13.530 | **0,64** |',
          },
          { say: 'Mover 229, 231, 233, 236, 240, 244 a P-07: mezcla 13.530 t/h a 0,64 % CuT.' },
        ],
      },
      {
        name: 'despachador_caex',
        description: 'Opera el sistema de despacho de camiones',
        instructions: 'Aplica las asignaciones en el sistema y confirma lo aplicado.',
        replies: [
          {
            call: 'reasignar_camiones',
            args: {
              camiones: [229, 231, 233, 236, 240, 244],
              pala_origen: 'P-05',
              pala_destino: 'P-07',
              desde: '20:30',
            },
            result: {
              error:
                'DispatchGatewayTimeout: sin respuesta del servidor FMS en 30 s (req 7f3a-20261216-2014). Transacción revertida: 0 de 6 asignaciones aplicadas.',
            },
          },
          {
            say: 'Listo ✅ CAEX 229, 231, 233, 236, 240 y 244 reasignados a P-07 desde las 20:30, destino chancador primario.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'despachador_caex', to: 'coordinador_despacho' },
      agent: 'despachador_caex',
    },
  }),
  defineScenario({
    id: 'pts-tolva-chancador-reenviado-sin-paso-de-bloqueo',
    title:
      'Prevención observa que el PTS de ingreso a la tolva del chancador no incluye bloqueo de energías ni medición de atmósfera; el redactor reenvía el mismo texto en cada vuelta',
    domain: 'planta de chancado: procedimientos de trabajo seguro',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Necesitamos el PTS para el ingreso a la tolva de alimentación del chancador secundario CH-S2 (espacio confinado, limpieza de colgadura). Debe quedar aprobado antes de la detención programada del jueves 17-dic 08:00.',
    topology: {
      shape: 'pipeline',
      order: ['redactor_pts', 'revisor_prevencion', 'superintendente_planta'],
      loop: { from: 'revisor_prevencion', to: 'redactor_pts', while: 'OBSERVADO', max: 3 },
    },
    agents: [
      {
        name: 'redactor_pts',
        description: 'Redacta procedimientos de trabajo seguro',
        instructions: 'Redacta el PTS o corrígelo según las observaciones de prevención.',
        prompt: 'Encargo u observaciones:\n{input}\n\nContexto: {request}',
        replies: [
          {
            say: 'PTS-CHS2-014 rev.0 — Ingreso a tolva CH-S2\n1. Charla de 5 minutos y ART firmada.\n2. Instalar andamio certificado en boca de tolva.\n3. Ingreso con arnés y línea de vida, vigía en boca.\n4. Limpieza de colgadura con lanza manual de arriba hacia abajo.\n5. Retiro de material y entrega del área.',
          },
          {
            say: 'PTS-CHS2-014 rev.1 — Ingreso a tolva CH-S2\n1. Charla de 5 minutos y ART firmada.\n2. Instalar andamio certificado en boca de tolva.\n3. Ingreso con arnés y línea de vida, vigía en boca.\n4. Limpieza de colgadura con lanza manual de arriba hacia abajo.\n5. Retiro de material y entrega del área.',
          },
          {
            say: 'PTS-CHS2-014 rev.2 — Ingreso a tolva CH-S2\n1. Charla de 5 minutos y ART firmada.\n2. Instalar andamio certificado en boca de tolva.\n3. Ingreso con arnés y línea de vida, vigía en boca.\n4. Limpieza de colgadura con lanza manual de arriba hacia abajo.\n5. Retiro de material y entrega del área.',
          },
        ],
      },
      {
        name: 'revisor_prevencion',
        description: 'Experto en prevención de riesgos que revisa los PTS',
        instructions: 'Responde "APROBADO: ..." o "OBSERVADO: <observaciones>".',
        prompt: 'PTS para revisión:\n{input}',
        replies: [
          {
            say: 'OBSERVADO: falta (a) bloqueo y etiquetado de CV-204 y del alimentador AL-2 con candado personal de cada ingresante y prueba de energía cero; (b) medición de O2, CO y H2S antes y durante el ingreso (espacio confinado, RESSO-ECF-03); (c) plan de rescate.',
          },
          {
            say: 'OBSERVADO: la rev.1 es idéntica a la rev.0. Siguen faltando bloqueo de CV-204 / AL-2 con prueba de energía cero, monitoreo de atmósfera y plan de rescate.',
          },
          {
            say: 'OBSERVADO: rev.2 sin cambios de nuevo. No puedo aprobar un ingreso a espacio confinado sin aislamiento de energías ni medición de gases.',
          },
        ],
      },
      {
        name: 'superintendente_planta',
        description: 'Superintendente de la planta concentradora',
        instructions: 'Aprueba o rechaza la publicación del PTS.',
        prompt: 'Resultado de la revisión:\n{input}',
        replies: [
          {
            say: 'PTS-CHS2-014 **no aprobado** tras 3 revisiones (faltan bloqueo, atmósfera y rescate). La limpieza de la tolva CH-S2 no se ejecuta el jueves 17-dic sin PTS vigente; reprogramar con el área de prevención.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redactor_pts', to: 'revisor_prevencion' },
      agent: 'redactor_pts',
    },
  }),
  defineScenario({
    id: 'aforo-mensual-nv1260-tabla-cortada-en-estacion-9',
    title:
      'Aforo mensual de ventilación por niveles: la tabla del nivel 1260 se corta en la estación 9 de 22 (límite de tokens); el consolidador informa el 1260 conforme con 9 estaciones y se pierden los déficits de E-14 y E-17',
    domain: 'minería subterránea: control de caudales de ventilación',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Aforo mensual de diciembre 2026, niveles 1180, 1260 y 1340. Criterio: caudal medido ≥ caudal requerido por estación (DS 132: 3 m³/min por persona y 2,83 m³/min por kW diésel). Entreguen estación por estación y el informe consolidado para el comité paritario del viernes.',
    topology: {
      shape: 'fanout',
      planner: 'planificador_aforo',
      workers: ['aforador_nv1180', 'aforador_nv1260', 'aforador_nv1340'],
      aggregator: 'consolidador_caudales',
    },
    agents: [
      {
        name: 'planificador_aforo',
        description: 'Planifica las campañas de aforo de ventilación',
        instructions: 'Reparte el aforo por nivel, un encargo por aforador.',
        replies: [
          {
            plan: {
              aforador_nv1180:
                'Aforo dic-2026 nivel 1180: 15 estaciones. Reportar por estación: Q medido, Q requerido, cumple sí/no.',
              aforador_nv1260:
                'Aforo dic-2026 nivel 1260: 22 estaciones. Reportar por estación: Q medido, Q requerido, cumple sí/no.',
              aforador_nv1340:
                'Aforo dic-2026 nivel 1340: 11 estaciones. Reportar por estación: Q medido, Q requerido, cumple sí/no.',
            },
          },
        ],
      },
      {
        name: 'aforador_nv1180',
        description: 'Aforador de ventilación del nivel 1180',
        instructions: 'Mide y reporta todas las estaciones del nivel.',
        replies: [
          {
            call: 'aforo_nivel',
            args: { nivel: 1180, mes: '2026-12' },
            result:
              '{"estaciones":15,"cumplen":15,"q_total_m3s":238.4,"minimo_margen":{"estacion":"E-1180-6","q_m3s":14.2,"req_m3s":13.1}}',
          },
          {
            say: 'Nivel 1180: 15/15 estaciones cumplen. Q total 238,4 m³/s. Margen mínimo en E-1180-6 (14,2 vs 13,1 m³/s).',
          },
        ],
      },
      {
        name: 'aforador_nv1260',
        description: 'Aforador de ventilación del nivel 1260',
        instructions: 'Mide y reporta todas las estaciones del nivel.',
        replies: [
          {
            call: 'aforo_nivel',
            args: { nivel: 1260, mes: '2026-12' },
            result:
              '{"estaciones":22,"cumplen":20,"q_total_m3s":301.7,"no_cumplen":[{"estacion":"E-1260-14","q_m3s":9.6,"req_m3s":12.4,"causa":"cortina rota XC-31"},{"estacion":"E-1260-17","q_m3s":7.9,"req_m3s":11.0,"causa":"regulador R-12 cerrado"}]}',
          },
          {
            say: 'Aforo dic-2026 — nivel 1260\n\n| estación | Q medido (m³/s) | Q requerido (m³/s) | cumple |\n|---|---|---|---|\n| E-1260-1 | 18,4 | 15,0 | sí |\n| E-1260-2 | 16,9 | 15,0 | sí |\n| E-1260-3 | 12,2 | 10,5 | sí |\n| E-1260-4 | 14,8 | 12,4 | sí |\n| E-1260-5 | 11,3 | 9,8 | sí |\n| E-1260-6 | 13,7 | 12,4 | sí |\n| E-1260-7 | 15,1 | 13,2 | sí |\n| E-1260-8 | 10,9 | 9,8 | sí |\n| E-1260-9 | 12,6 | 11,0 | sí |\n| E-1260-10 | 1',
            cutOff: true,
          },
        ],
      },
      {
        name: 'aforador_nv1340',
        description: 'Aforador de ventilación del nivel 1340',
        instructions: 'Mide y reporta todas las estaciones del nivel.',
        replies: [
          {
            call: 'aforo_nivel',
            args: { nivel: 1340, mes: '2026-12' },
            result:
              '{"estaciones":11,"cumplen":11,"q_total_m3s":164.0,"minimo_margen":{"estacion":"E-1340-3","q_m3s":10.4,"req_m3s":9.8}}',
          },
          {
            say: 'Nivel 1340: 11/11 estaciones conformes, Q total 164,0 m³/s; margen más estrecho E-1340-3 (10,4 vs 9,8).',
          },
        ],
      },
      {
        name: 'consolidador_caudales',
        description: 'Consolida el aforo mensual para el comité paritario',
        instructions: 'Une los niveles y señala toda estación que no cumpla.',
        replies: [
          {
            say: '# Informe aforo de ventilación — diciembre 2026\n\n| nivel | estaciones informadas | cumplen | observación |\n|---|---|---|---|\n| 1180 | 15 | 15 | margen mínimo E-1180-6 |\n| 1260 | 9 | 9 | todas sobre requerido |\n| 1340 | 11 | 11 | margen mínimo E-1340-3 |\n\n**Resultado:** 35 de 35 estaciones cumplen el caudal requerido por DS 132. Sin acciones correctivas para el comité.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'aforador_nv1260', to: 'consolidador_caudales' },
      agent: 'aforador_nv1260',
    },
  }),
  defineScenario({
    id: 'pilar-p33-lider-geomecanica-dice-encargar-inspeccion-y-no-lo-hace',
    title:
      'El líder de geomecánica recibe 14 mm/día de convergencia en el pilar P-33, dice que envía al inspector geotécnico a terreno antes de liberar el sector y nunca le delega; el gerente de turno libera el sector',
    domain: 'minería subterránea: geomecánica y liberación de sectores',
    mast: ['FM-2.1', 'FM-3.1'],
    request:
      'Turno noche 17-dic, sector Panel Norte nivel 1340: el monitoreo marcó aumento de convergencia cerca del pilar P-33 después de la tronadura del XC-22. Antes de devolver el sector a producción necesito la opinión de geomecánica con inspección en terreno, y que producción me diga qué frentes quedan disponibles.',
    topology: {
      shape: 'nested',
      top: 'gerente_turno',
      teams: {
        lider_geomecanica: ['topografo_monitoreo', 'inspector_geotecnico'],
        lider_produccion: ['jefe_frentes'],
      },
    },
    agents: [
      {
        name: 'gerente_turno',
        description: 'Gerente de turno de la mina subterránea',
        instructions: 'Pide a geomecánica y a producción su evaluación y decide la liberación del sector.',
        replies: [
          {
            handoff: 'lider_geomecanica',
            message:
              'Panel Norte 1340, pilar P-33: monitoreo + inspección en terreno, ¿se puede liberar el sector?',
          },
          {
            handoff: 'lider_produccion',
            message: 'Panel Norte 1340: ¿qué frentes y equipos tienes listos para el turno A si liberamos?',
          },
          {
            say: '**Panel Norte 1340 liberado para turno A (18-dic).** Geomecánica con monitoreo revisado e inspección de P-33 encargada; frentes XC-20, XC-22 y XC-24 con 3 LHD. Mantener lectura de prismas cada 4 h.',
          },
        ],
      },
      {
        name: 'lider_geomecanica',
        description: 'Líder del equipo de geomecánica',
        instructions: 'Reúne monitoreo e inspección en terreno y entrega tu recomendación.',
        replies: [
          {
            handoff: 'topografo_monitoreo',
            message: 'Lecturas de prismas y extensómetros alrededor de P-33, últimas 72 h.',
          },
          {
            say: 'P-33: convergencia 14 mm/día en las últimas 24 h (umbral de alerta 10 mm/día, antes 3 mm/día). Le pido al inspector geotécnico que vaya a terreno a revisar P-33 y el techo del XC-22 antes de liberar; su informe queda en curso. Con los datos de monitoreo, el sector **puede liberarse** con lecturas cada 4 h.',
          },
        ],
      },
      {
        name: 'topografo_monitoreo',
        description: 'Topógrafo a cargo del monitoreo de deformaciones',
        instructions: 'Entrega las lecturas de los instrumentos.',
        replies: [
          {
            call: 'lecturas_instrumentacion',
            args: { sector: 'Panel Norte 1340', instrumentos: ['prismas', 'extensometros'], horas: 72 },
            result:
              'instrumento | 15-dic | 16-dic | 17-dic | tasa 24h\nPR-331 | 2,1 mm | 5,3 mm | 19,4 mm | 14,1 mm/d\nPR-332 | 1,8 mm | 4,0 mm | 11,2 mm | 7,2 mm/d\nEXT-33A (techo XC-22) | 0,4 mm | 0,9 mm | 6,8 mm | 5,9 mm/d\nUmbral alerta: 10 mm/d | Umbral evacuación: 25 mm/d',
          },
          {
            say: 'PR-331 en 14,1 mm/día (sobre alerta de 10), PR-332 7,2 mm/día, EXT-33A techo XC-22 5,9 mm/día, acelerando desde el 16-dic.',
          },
        ],
      },
      {
        name: 'inspector_geotecnico',
        description: 'Inspector geotécnico de terreno',
        instructions: 'Inspecciona en terreno y reporta daño, fortificación y recomendación.',
        replies: [
          {
            call: 'registrar_inspeccion',
            args: { sector: 'Panel Norte 1340', elementos: ['P-33', 'techo XC-22'] },
            result:
              'Inspección GEO-INS-2026-388: P-33 con lajamiento en esquina SE, 3 pernos helicoidales cortados, malla embolsada en techo XC-22.',
          },
          {
            say: 'P-33 con lajamiento SE y pernos cortados; techo XC-22 con malla embolsada. Recomiendo no liberar XC-22 hasta refortificar.',
          },
        ],
      },
      {
        name: 'lider_produccion',
        description: 'Líder de producción del turno',
        instructions: 'Consulta al jefe de frentes y entrega disponibilidad.',
        replies: [
          { handoff: 'jefe_frentes', message: 'Panel Norte 1340: frentes y equipos listos para turno A.' },
          { say: 'Listos para turno A: XC-20, XC-22 y XC-24, 3 LHD (L-11, L-14, L-16) con operadores.' },
        ],
      },
      {
        name: 'jefe_frentes',
        description: 'Jefe de frentes de producción',
        instructions: 'Reporta el estado de las frentes y equipos.',
        replies: [
          {
            call: 'estado_frentes',
            args: { sector: 'Panel Norte 1340' },
            result:
              '[{"frente":"XC-20","estado":"cargada, lista"},{"frente":"XC-22","estado":"tronada 17-dic 01:40, marina pendiente"},{"frente":"XC-24","estado":"lista"}]',
          },
          {
            say: 'XC-20 y XC-24 listas; XC-22 con marina pendiente de la tronadura de 01:40. LHD L-11, L-14, L-16 disponibles.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'lider_geomecanica', to: 'inspector_geotecnico' },
      agent: 'lider_geomecanica',
    },
  }),
  defineScenario({
    id: 'rampa-r4-cerrada-jefe-instruye-ciclo-por-r4',
    title:
      'El analista de caminos informa que la rampa R-4 está cerrada desde las 14:10 por un derrame (desvío por R-6, ciclo 44 min); el jefe de operaciones instruye al despachador la ruta por R-4 con ciclo de 38 min',
    domain: 'rajo abierto: caminos y despacho',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Tarde del 18-dic, Rajo Quebrada Honda. La pala P-03 (fase 4, banco 3.510) sigue cargando mineral al chancador primario; la ruta habitual es por rampa R-4, ciclo ~38 min, 14 CAEX. Revisen el estado de caminos y dejen la asignación de P-03 cargada para el turno noche.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_operaciones_mina',
      workers: ['analista_caminos', 'despachador_turno'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'jefe_operaciones_mina',
        description: 'Jefe de operaciones mina',
        instructions: 'Consulta caminos, instruye al despachador y confirma la asignación.',
        replies: [
          {
            handoff: 'analista_caminos',
            message: 'Estado de rampas y caminos entre P-03 y chancador primario ahora.',
          },
          {
            handoff: 'despachador_turno',
            message:
              'Turno noche 18-dic: P-03 → chancador primario por **rampa R-4**, ciclo 38 min, 14 CAEX. Cargar en el FMS desde las 20:00.',
          },
          {
            say: 'Asignación turno noche cargada: P-03 (F4, banco 3.510) → chancador primario vía R-4, 14 CAEX, ciclo 38 min, ~5.900 t/h estimadas.',
          },
        ],
      },
      {
        name: 'analista_caminos',
        description: 'Analista de caminos y rampas del rajo',
        instructions: 'Informa cierres, desvíos y tiempos de ciclo.',
        replies: [
          {
            call: 'estado_caminos',
            args: { origen: 'P-03', destino: 'chancador_primario' },
            result:
              '{"R-4":{"estado":"CERRADA","desde":"2026-12-18T14:10","motivo":"derrame de aceite hidráulico CAEX 218, km 2,3","reapertura_estimada":"2026-12-19T06:00"},"R-6":{"estado":"ABIERTA","distancia_extra_km":1.8,"ciclo_min":44,"pendiente_max_pct":9.5},"ciclo_R4_habitual_min":38}',
          },
          {
            say: '**Rampa R-4 cerrada** desde 14:10 (derrame hidráulico del CAEX 218 en km 2,3), reapertura estimada 19-dic 06:00. Desvío por **R-6**: +1,8 km, ciclo 44 min (vs 38 por R-4). Con 14 CAEX la producción de P-03 baja ~14 %.',
          },
        ],
      },
      {
        name: 'despachador_turno',
        description: 'Despachador del turno',
        instructions: 'Carga en el FMS la asignación que te indiquen.',
        replies: [
          {
            call: 'cargar_asignacion_fms',
            args: {
              pala: 'P-03',
              destino: 'chancador_primario',
              ruta: 'R-4',
              camiones: 14,
              ciclo_min: 38,
              desde: '20:00',
            },
            result:
              'Asignación ASG-2026-12-18-N-07 cargada: P-03 → CH-PRIM vía R-4, 14 CAEX, ciclo objetivo 38 min.',
          },
          {
            say: 'ASG-2026-12-18-N-07 cargada: P-03 → chancador por R-4, 14 CAEX, ciclo 38 min desde las 20:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'jefe_operaciones_mina', to: 'despachador_turno' },
      agent: 'jefe_operaciones_mina',
    },
  }),
  defineScenario({
    id: 'silice-chancado-12h-evaluada-sin-ajuste-de-jornada',
    title:
      'El encargo pide comparar la sílice respirable con el LPP ajustado por jornada de 12 h (0,04 mg/m³); el evaluador compara con 0,08 mg/m³ sin ajustar y declara conformes a los 6 trabajadores',
    domain: 'higiene ocupacional minera: sílice cristalina',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Evaluación de exposición a sílice cristalina respirable, chancado secundario, campaña noviembre 2026 (6 muestras personales, bombas SKC, laboratorio ISP). Sistema 7x7 de 12 h: comparar contra el LPP del DS 594 (0,08 mg/m³) **ajustado por jornada con factor 0,5, es decir 0,04 mg/m³**, y marcar quién entra a vigilancia PLANESI.',
    topology: {
      shape: 'pipeline',
      order: ['higienista_muestreo', 'evaluador_exposicion', 'redactor_informe_hso'],
    },
    agents: [
      {
        name: 'higienista_muestreo',
        description: 'Higienista que consolida los resultados de laboratorio',
        instructions: 'Entrega los resultados por trabajador.',
        replies: [
          {
            call: 'resultados_laboratorio',
            args: { campana: 'SIL-CHS-2026-11', laboratorio: 'ISP', muestras: 6 },
            result:
              'rut_anon;puesto;tiempo_min;SiO2_resp_mg_m3\nT-01;operador chancador;690;0,052\nT-02;mantenedor mecánico;655;0,031\nT-03;operador correas;700;0,047\nT-04;supervisor;610;0,028\nT-05;aseo industrial;705;0,061\nT-06;operador harnero;680;0,035',
          },
          {
            say: 'Resultados SIL-CHS-2026-11 (ISP, 6 muestras válidas):\n\n| trabajador | puesto | mg/m³ |\n|---|---|---|\n| T-01 | operador chancador | 0,052 |\n| T-02 | mantenedor mecánico | 0,031 |\n| T-03 | operador correas | 0,047 |\n| T-04 | supervisor | 0,028 |\n| T-05 | aseo industrial | 0,061 |\n| T-06 | operador harnero | 0,035 |',
          },
        ],
      },
      {
        name: 'evaluador_exposicion',
        description: 'Evalúa la exposición contra los límites permisibles',
        instructions: 'Compara cada resultado con el límite que pide el encargo y clasifica.',
        prompt: 'Resultados de laboratorio:\n{input}\n\nEncargo: {request}',
        replies: [
          {
            say: 'Evaluación contra LPP 0,08 mg/m³:\n\n| trabajador | mg/m³ | % LPP | condición |\n|---|---|---|---|\n| T-01 | 0,052 | 65 % | bajo LPP |\n| T-02 | 0,031 | 39 % | bajo LPP |\n| T-03 | 0,047 | 59 % | bajo LPP |\n| T-04 | 0,028 | 35 % | bajo LPP |\n| T-05 | 0,061 | 76 % | bajo LPP |\n| T-06 | 0,035 | 44 % | bajo LPP |\n\nNingún trabajador supera el límite; no corresponde ingreso a vigilancia PLANESI.',
          },
        ],
      },
      {
        name: 'redactor_informe_hso',
        description: 'Redacta los informes de higiene y salud ocupacional',
        instructions: 'Redacta el informe para la gerencia y el organismo administrador.',
        prompt: 'Evaluación:\n{input}',
        replies: [
          {
            say: '**Informe SIL-CHS-2026-11 — Chancado secundario**\n\nLas 6 muestras personales de sílice cristalina respirable resultaron bajo el LPP (máximo 0,061 mg/m³, aseo industrial, 76 %). No se requiere ingreso a vigilancia PLANESI. Próxima campaña: mayo 2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'higienista_muestreo', to: 'evaluador_exposicion' },
      agent: 'evaluador_exposicion',
    },
  }),
  defineScenario({
    id: 'frente-f22-co-38-ppm-transferido-como-3-coma-8',
    title:
      'El inspector de ventilación mide 38 ppm de CO en la frente F-22 (límite 25) y al transferir al jefe de turno entrante escribe 3,8 ppm; el jefe habilita la frente',
    domain: 'minería subterránea: relevo de turno y gases',
    mast: ['FM-2.4'],
    request:
      'Relevo de turno A → B, 19-dic, nivel 1260 Sur. Sala de control: revisen las alarmas de gases del turno, que ventilación mida las frentes con alarma y que el jefe de turno entrante decida qué frentes habilita para su turno.',
    topology: {
      shape: 'swarm',
      entry: 'operador_sala_control',
      agents: ['operador_sala_control', 'inspector_ventilacion', 'jefe_turno_entrante'],
    },
    agents: [
      {
        name: 'operador_sala_control',
        description: 'Operador de la sala de control de la mina',
        instructions: 'Revisa las alarmas del turno y transfiere a ventilación las frentes a medir.',
        replies: [
          {
            call: 'alarmas_turno',
            args: { nivel: '1260 Sur', turno: 'A', fecha: '2026-12-19' },
            result:
              '2026-12-19 10:42:18 | F-22 | CO-1260-07 | ALTA | 31 ppm\n2026-12-19 11:05:51 | F-22 | CO-1260-07 | ALTA | 36 ppm\n2026-12-19 13:27:09 | F-19 | CO-1260-05 | MEDIA | 17 ppm (normalizada 13:50)',
          },
          {
            handoff: 'inspector_ventilacion',
            message:
              'Alarmas turno A 1260 Sur: F-22 sensor CO-1260-07 en alta (31 → 36 ppm, 10:42–11:05); F-19 media 17 ppm, ya normalizada. Favor medir F-22 con equipo portátil antes del relevo.',
          },
        ],
      },
      {
        name: 'inspector_ventilacion',
        description: 'Inspector de ventilación con instrumental portátil',
        instructions: 'Mide las frentes indicadas y transfiere el resultado al jefe de turno entrante.',
        replies: [
          {
            call: 'medicion_portatil',
            args: { frente: 'F-22', equipo: 'Dräger X-am 5600 #ARKD-0417' },
            result:
              '{"frente":"F-22","hora":"14:20","co_ppm":38,"no2_ppm":0.9,"o2_pct":20.7,"limite_co_ppm":25,"fuente_probable":"LHD L-09 detenido con motor en ralentí"}',
          },
          {
            handoff: 'jefe_turno_entrante',
            message:
              'Medición F-22 a las 14:20: CO 3,8 ppm, NO2 0,9 ppm, O2 20,7 %. Condición normal. F-19 ya normalizada por sala de control.',
          },
        ],
      },
      {
        name: 'jefe_turno_entrante',
        description: 'Jefe de turno entrante del nivel',
        instructions: 'Con las mediciones, decide qué frentes habilita y escribe el relevo.',
        replies: [
          {
            say: '## Relevo A → B · 1260 Sur · 19-dic\n\n| frente | condición | decisión |\n|---|---|---|\n| F-22 | CO 3,8 ppm (14:20) | **habilitada** |\n| F-19 | normalizada 13:50 | habilitada |\n\nTurno B opera F-19 y F-22 con programa normal.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'inspector_ventilacion', to: 'jefe_turno_entrante' },
      agent: 'inspector_ventilacion',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'reingreso-rb7-lectura-2140-reemplaza-la-de-2105',
    title:
      'El monitor informa que la lectura de 21:40 (CO 12 ppm) reemplaza a la de 21:05 (41 ppm); el jefe de turno pide la autorización con la de 21:40 y el emisor la usa',
    domain: 'minería subterránea: reingreso post tronadura',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: una lectura de gases reemplazada durante la corrida; todos usan la nueva y la antigua sólo se cita como anterior',
    request:
      'Nivel 1500, rampa RB-7: tronada a las 19:30 (avance de rampa, 44 tiros). La cuadrilla de fortificación del turno noche quiere entrar a las 22:30. A las 21:05 el sensor marcaba CO 41 ppm. Revisen y, si se puede, saquen la autorización de reingreso (umbral CO < 25 ppm, NO2 < 3 ppm).',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_turno_subterraneo',
      workers: ['monitor_gases_fijos', 'emisor_autorizaciones'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'jefe_turno_subterraneo',
        description: 'Jefe de turno de la mina subterránea',
        instructions: 'Obtén la lectura vigente y, si cumple, pide la autorización de reingreso.',
        replies: [
          { handoff: 'monitor_gases_fijos', message: 'RB-7 nivel 1500: ¿lectura vigente de CO y NO2?' },
          {
            handoff: 'emisor_autorizaciones',
            message:
              'Autorización de reingreso RB-7, nivel 1500, 22:30, cuadrilla fortificación turno noche. Base: lectura **21:40, CO 12 ppm, NO2 0,8 ppm** (la de 21:05 con 41 ppm quedó superada tras normalizar el ventilador auxiliar VA-15).',
          },
          {
            say: 'RB-7 nivel 1500: reingreso autorizado 22:30 (folio AUT-RE-1500-0329) con la medición de 21:40: CO 12 ppm, NO2 0,8 ppm. La lectura de 21:05 (41 ppm) era previa a la normalización del VA-15.',
          },
        ],
      },
      {
        name: 'monitor_gases_fijos',
        description: 'Lee la red de sensores fijos de gases',
        instructions: 'Entrega la lectura vigente y di si reemplaza a otra.',
        replies: [
          {
            call: 'serie_sensor',
            args: { sensor: 'CO-1500-RB7', desde: '19:30', hasta: '21:45' },
            result:
              'hora  | CO ppm | NO2 ppm | nota\n20:15 | 88 | 5,1 | post tronadura\n21:05 | 41 | 2,6 | VA-15 con falla de partidor\n21:40 | 12 | 0,8 | VA-15 normalizado 21:12, lectura vigente',
          },
          {
            say: 'RB-7: lectura vigente **21:40 → CO 12 ppm, NO2 0,8 ppm** (bajo umbral). Reemplaza a la de 21:05 (41 ppm), tomada con el VA-15 detenido; se normalizó a las 21:12.',
          },
        ],
      },
      {
        name: 'emisor_autorizaciones',
        description: 'Registra autorizaciones de reingreso',
        instructions: 'Registra la autorización con los datos que te indiquen.',
        replies: [
          {
            call: 'registrar_autorizacion_reingreso',
            args: {
              labor: 'RB-7',
              nivel: 1500,
              hora_ingreso: '22:30',
              co_ppm: 12,
              no2_ppm: 0.8,
              lectura_base: '21:40',
            },
            result: '{"folio":"AUT-RE-1500-0329","estado":"EMITIDA"}',
          },
          { say: 'Autorización AUT-RE-1500-0329 emitida: RB-7, 22:30, base lectura 21:40 (CO 12, NO2 0,8).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'guia-transporte-explosivos-reintento-tras-timeout-sernageomin',
    title:
      'La emisión de la guía de transporte de explosivos falla una vez por timeout del portal, el encargado del polvorín reintenta, obtiene folio y lo informa con el incidente',
    domain: 'minería: logística de explosivos',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf:
      'agent_error: un error de herramienta que el agente reintenta con éxito y reporta tal cual, sin ocultarlo',
    request:
      'Mañana sáb 19-dic se carga la tronadura del banco 3.420. Necesitamos 18.600 kg de emulsión y 120 detonadores electrónicos desde el polvorín Norte al banco, con la guía de transporte emitida hoy antes de las 18:00. Confirmen stock y guía.',
    topology: {
      shape: 'network',
      coordinator: 'coordinador_abastecimiento',
      workers: ['encargado_polvorin', 'programador_camion_fabrica'],
    },
    agents: [
      {
        name: 'coordinador_abastecimiento',
        description: 'Coordina el abastecimiento de explosivos a la mina',
        instructions: 'Confirma stock y guía, programa el camión fábrica y cierra.',
        replies: [
          {
            handoff: 'encargado_polvorin',
            message:
              'Banco 3.420, 19-dic: 18.600 kg emulsión + 120 detonadores electrónicos. Stock y guía de transporte hoy.',
          },
          {
            handoff: 'programador_camion_fabrica',
            message:
              'Programar camión fábrica para 19-dic 07:30, banco 3.420, 18.600 kg emulsión, guía GT-2026-5531.',
          },
          {
            say: 'Abastecimiento banco 3.420 (19-dic) listo:\n- Stock confirmado en polvorín Norte.\n- Guía de transporte **GT-2026-5531** emitida 16:52 (primer intento falló por timeout del portal, reintento OK).\n- Camión fábrica CF-03 programado 07:30.',
          },
        ],
      },
      {
        name: 'encargado_polvorin',
        description: 'Encargado del polvorín y de las guías de transporte',
        instructions: 'Verifica stock y emite la guía de transporte; informa cualquier problema.',
        replies: [
          {
            call: 'stock_polvorin',
            args: { polvorin: 'Norte' },
            result:
              '| producto | stock | reservado | disponible |\n|---|---|---|---|\n| emulsión a granel (kg) | 64.200 | 21.000 | 43.200 |\n| detonador electrónico (u) | 1.480 | 300 | 1.180 |',
          },
          {
            call: 'emitir_guia_transporte',
            args: { origen: 'Polvorín Norte', destino: 'Banco 3.420', emulsion_kg: 18600, detonadores: 120 },
            result: { error: 'HTTP 504 Gateway Timeout — portal de guías sin respuesta (intento 1, 16:47)' },
          },
          {
            call: 'emitir_guia_transporte',
            args: { origen: 'Polvorín Norte', destino: 'Banco 3.420', emulsion_kg: 18600, detonadores: 120 },
            result: '{"guia":"GT-2026-5531","estado":"EMITIDA","hora":"16:52","vigencia":"2026-12-19 23:59"}',
          },
          {
            say: 'Stock OK (43.200 kg emulsión y 1.180 detonadores disponibles). Guía: el primer intento a las 16:47 dio timeout (504) del portal; reintenté a las 16:52 y quedó **GT-2026-5531 emitida**, vigente hasta 19-dic 23:59.',
          },
        ],
      },
      {
        name: 'programador_camion_fabrica',
        description: 'Programa los camiones fábrica de explosivos',
        instructions: 'Agenda el camión fábrica.',
        replies: [
          {
            call: 'agendar_camion_fabrica',
            args: { fecha: '2026-12-19', hora: '07:30', banco: '3420', kg: 18600, guia: 'GT-2026-5531' },
            result: 'CF-03 agendado 19-12-2026 07:30, banco 3.420, operador M. Araya.',
          },
          { say: 'CF-03 agendado 07:30 del 19-dic, banco 3.420, operador M. Araya.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'diseno-tronadura-cerca-de-talud-corregido-en-una-vuelta',
    title:
      'Geotecnia observa que la carga por retardo del diseño (240 kg) excede el máximo de 180 kg junto al talud oeste; el diseñador la baja a 165 kg y la segunda revisión aprueba',
    domain: 'rajo abierto: diseño de tronadura controlada',
    mast: ['FM-1.3', 'FM-1.5'],
    nearMissOf:
      'handoff_loop: una sola observación de revisión con información nueva, corregida de verdad y aprobada en la segunda vuelta',
    request:
      'Diseño de tronadura de precorte y buffer en banco 3.375, fase 3, junto al talud oeste (sector con velocidad de vibración máxima de 250 mm/s según geotecnia). Necesitamos el diseño aprobado y publicado para el martes 22-dic.',
    topology: {
      shape: 'pipeline',
      order: ['disenador_tronadura', 'revisor_geotecnia', 'publicador_programa'],
      loop: { from: 'revisor_geotecnia', to: 'disenador_tronadura', while: 'OBSERVADO', max: 3 },
    },
    agents: [
      {
        name: 'disenador_tronadura',
        description: 'Diseña mallas de tronadura',
        instructions: 'Entrega el diseño o corrígelo según la revisión.',
        prompt: 'Encargo / observaciones:\n{input}\n\nContexto: {request}',
        replies: [
          {
            say: 'Diseño D-3375-W v1: precorte 62 pozos 6 1/2" espaciamiento 1,8 m; buffer 2 filas; **carga máx por retardo 240 kg**; secuencia 17/42 ms.',
          },
          {
            call: 'simular_vibraciones',
            args: { diseno: 'D-3375-W v2', kg_retardo: 165, distancia_talud_m: 35 },
            result: '{"ppv_estimada_mm_s":212,"limite_mm_s":250,"cumple":true}',
          },
          {
            say: 'Diseño D-3375-W v2: buffer con decking (2 cargas por pozo) y retardos de 25 ms entre cubiertas → **carga máx por retardo 165 kg**. PPV estimada a 35 m del talud: 212 mm/s (límite 250). Precorte sin cambios.',
          },
        ],
      },
      {
        name: 'revisor_geotecnia',
        description: 'Ingeniero geotécnico que revisa diseños cercanos a taludes',
        instructions: 'Responde "APROBADO: ..." o "OBSERVADO: <motivo>".',
        prompt: 'Diseño para revisión:\n{input}',
        replies: [
          {
            say: 'OBSERVADO: con 240 kg/retardo a 35 m del talud oeste la ley de atenuación del sector (K=1.150, α=1,6) da ~290 mm/s, sobre 250. Máximo admisible ~180 kg/retardo.',
          },
          {
            say: 'APROBADO: v2 con 165 kg/retardo y PPV 212 mm/s cumple. Instalar geófono G-W2 en la cresta.',
          },
        ],
      },
      {
        name: 'publicador_programa',
        description: 'Publica los diseños aprobados en el programa de tronaduras',
        instructions: 'Publica el diseño aprobado.',
        prompt: 'Resultado de revisión:\n{input}',
        replies: [
          {
            say: 'Publicado en programa semanal: D-3375-W v2, banco 3.375 F3, martes 22-dic. 165 kg/retardo, PPV estimada 212 mm/s, geófono G-W2 en cresta.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'convergencia-panel-sur-inspeccion-anunciada-y-encargada',
    title:
      'El líder de geotecnia anuncia la inspección en terreno de la galería GT-8 y efectivamente la encarga; el inspector la realiza y el gerente decide con ambos informes',
    domain: 'minería subterránea: geomecánica y liberación de sectores',
    mast: ['FM-2.1', 'FM-3.1'],
    nearMissOf:
      'lost_message: un líder que dice enviar a un inspector a terreno y sí le delega; el informe llega a la decisión final',
    request:
      'Panel Sur nivel 1420, galería GT-8: convergencia en aumento desde el lunes. Necesito monitoreo e inspección en terreno antes de decidir si GT-8 sigue en producción, y que mantención me diga si el equipo de fortificación está disponible.',
    topology: {
      shape: 'nested',
      top: 'gerente_faena',
      teams: {
        lider_geotecnia: ['topografo_prismas', 'inspector_terreno'],
        lider_mantencion: ['planificador_mantencion'],
      },
    },
    agents: [
      {
        name: 'gerente_faena',
        description: 'Gerente de faena',
        instructions: 'Pide las evaluaciones a cada equipo y decide.',
        replies: [
          {
            handoff: 'lider_geotecnia',
            message: 'GT-8 Panel Sur 1420: monitoreo + inspección en terreno y recomendación.',
          },
          {
            handoff: 'lider_mantencion',
            message: '¿Jumbo empernador disponible para refortificar GT-8 esta semana?',
          },
          {
            say: '**GT-8 Panel Sur 1420: se retira de producción** hasta refortificar (recomendación geotecnia tras monitoreo 8,4 mm/día e inspección GEO-INS-2026-401). Jumbo empernador J-05 asignado desde el 21-dic 08:00; reingreso a producción sujeto a nueva inspección.',
          },
        ],
      },
      {
        name: 'lider_geotecnia',
        description: 'Líder del equipo de geotecnia',
        instructions: 'Reúne monitoreo e inspección y recomienda.',
        replies: [
          { handoff: 'topografo_prismas', message: 'Lecturas de prismas en GT-8, últimas 5 días.' },
          {
            handoff: 'inspector_terreno',
            message:
              'Inspección en terreno de GT-8 (cajas y techo entre XC-4 y XC-7): daño en fortificación y recomendación.',
          },
          {
            say: 'GT-8: convergencia 8,4 mm/día (alerta 10, tendencia al alza) e inspección GEO-INS-2026-401 con 6 pernos cortados y malla embolsada entre XC-5 y XC-6. **Recomiendo retirar GT-8 de producción** y refortificar con pernos de 2,4 m + shotcrete 5 cm antes de reabrir.',
          },
        ],
      },
      {
        name: 'topografo_prismas',
        description: 'Topógrafo de monitoreo',
        instructions: 'Entrega las lecturas.',
        replies: [
          {
            call: 'lecturas_prismas',
            args: { galeria: 'GT-8', dias: 5 },
            result:
              'PR-81: 2,2 / 3,0 / 4,9 / 6,7 / 8,4 mm/d (alerta 10)\nPR-82: 1,1 / 1,4 / 2,0 / 2,6 / 3,1 mm/d',
          },
          { say: 'PR-81 8,4 mm/día, acelerando 5 días seguidos; PR-82 3,1 mm/día.' },
        ],
      },
      {
        name: 'inspector_terreno',
        description: 'Inspector geotécnico de terreno',
        instructions: 'Inspecciona y reporta.',
        replies: [
          {
            call: 'registrar_inspeccion',
            args: { galeria: 'GT-8', tramo: 'XC-4 a XC-7' },
            result:
              'GEO-INS-2026-401: 6 pernos split set cortados entre XC-5 y XC-6, malla embolsada 3 m², grietas en shotcrete caja norte.',
          },
          {
            say: 'GEO-INS-2026-401: 6 pernos cortados y malla embolsada (3 m²) entre XC-5 y XC-6; grietas en caja norte. No apto para producción sin refortificar.',
          },
        ],
      },
      {
        name: 'lider_mantencion',
        description: 'Líder de mantención mina',
        instructions: 'Consulta la planificación y responde.',
        replies: [
          {
            handoff: 'planificador_mantencion',
            message: 'Disponibilidad jumbo empernador esta semana para GT-8.',
          },
          { say: 'Jumbo J-05 disponible desde 21-dic 08:00 para GT-8.' },
        ],
      },
      {
        name: 'planificador_mantencion',
        description: 'Planificador de mantención',
        instructions: 'Informa disponibilidad de equipos.',
        replies: [
          {
            call: 'disponibilidad_equipos',
            args: { tipo: 'jumbo_empernador', semana: '2026-W52' },
            result:
              'J-03: mantención 250 h hasta 23-dic | J-05: disponible desde 21-dic 08:00 | J-07: asignado Panel Norte',
          },
          { say: 'J-05 libre desde el 21-dic 08:00; J-03 en mantención hasta el 23-dic.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'caex-241-neumatico-bloqueado-caex-214-sigue-operando',
    title:
      'El reporte menciona los CAEX 241 (neumático con corte) y 214 (revisado, sin falla); mantención bloquea sólo el 241 y deja el 214 en operación, como se pidió',
    domain: 'rajo abierto: mantención de camiones de extracción',
    mast: ['FM-1.1', 'FM-2.2'],
    nearMissOf:
      'misunderstood_task: un equipo con número parecido en el mismo reporte, correctamente dejado en operación',
    request:
      'Reporte del operador, turno día 20-dic: el CAEX 241 tiene un corte de 12 cm en el flanco del neumático trasero izquierdo exterior; el 214, que reportó vibración ayer, fue revisado en taller a las 09:00 y quedó sin falla. Saquen de operación sólo al que corresponde y dejen constancia en el relevo.',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_solicitudes',
      routes: { mantencion: 'planificador_mantencion_caex', operaciones: 'despachador_flota' },
      after: 'redactor_relevo_mantencion',
    },
    agents: [
      {
        name: 'clasificador_solicitudes',
        description: 'Clasifica las solicitudes del turno por área',
        instructions: 'Indica mantencion u operaciones y resume.',
        replies: [
          {
            say: 'mantencion — CAEX 241: corte 12 cm en flanco, neumático trasero izq. exterior → fuera de servicio. CAEX 214: revisado 09:00 sin falla, sigue operando.',
          },
        ],
      },
      {
        name: 'planificador_mantencion_caex',
        description: 'Planificador de mantención de la flota de CAEX',
        instructions: 'Bloquea los equipos que correspondan y agenda la reparación.',
        prompt: 'Solicitud clasificada:\n{input}',
        replies: [
          {
            call: 'bloquear_equipo',
            args: { equipo: 'CAEX-241', motivo: 'corte flanco neumático pos. 4 (TIE)', taller: 'neumáticos' },
            result:
              '{"equipo":"CAEX-241","estado":"FUERA DE SERVICIO","ot":"OT-2026-88412","bloqueo":"LOTO-241-1220"}',
          },
          {
            call: 'estado_equipo',
            args: { equipo: 'CAEX-214' },
            result:
              '{"equipo":"CAEX-214","estado":"OPERATIVO","ultima_ot":"OT-2026-88377 (vibración, cerrada 20-12 09:10, sin falla)"}',
          },
          {
            say: 'CAEX **241** fuera de servicio: OT-2026-88412, bloqueo LOTO-241-1220, cambio de neumático pos. 4 en taller de neumáticos. CAEX 214 se mantiene **operativo** (OT-2026-88377 cerrada sin falla 09:10).',
          },
        ],
      },
      {
        name: 'despachador_flota',
        description: 'Despachador de flota',
        instructions: 'Ajusta asignaciones.',
        replies: [{ say: 'No aplica.' }],
      },
      {
        name: 'redactor_relevo_mantencion',
        description: 'Redacta el relevo de mantención',
        instructions: 'Deja constancia de los cambios de estado de equipos.',
        prompt: 'Acciones de mantención:\n{input}',
        replies: [
          {
            say: '### Relevo mantención — 20-dic turno día\n- CAEX 241: **fuera de servicio**, OT-2026-88412, LOTO-241-1220 (neumático pos. 4).\n- CAEX 214: operativo, revisión por vibración cerrada sin falla (OT-2026-88377).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'relevo-nv1340-catorce-puntos-resumidos-con-el-maximo',
    title:
      'El inspector mide 14 puntos del nivel 1340 y transfiere un resumen breve (todos bajo umbral, máximo CO 12 ppm en F-09); el jefe entrante habilita con ese resumen',
    domain: 'minería subterránea: relevo de turno y gases',
    mast: ['FM-2.4'],
    nearMissOf:
      'low_quality_output: un resumen corto de una medición larga que conserva el máximo y el punto que importan',
    request:
      'Relevo turno B → C, 21-dic, nivel 1340. Sin alarmas en el turno según sala de control, pero toca la ronda de medición de rutina en las 14 frentes activas. El jefe entrante necesita saber si alguna queda fuera de operación.',
    topology: {
      shape: 'swarm',
      entry: 'operador_central',
      agents: ['operador_central', 'inspector_gases', 'jefe_turno_c'],
    },
    agents: [
      {
        name: 'operador_central',
        description: 'Operador de la central de monitoreo',
        instructions: 'Revisa alarmas y transfiere la ronda a ventilación.',
        replies: [
          {
            call: 'alarmas_turno',
            args: { nivel: '1340', turno: 'B', fecha: '2026-12-21' },
            result: 'Sin alarmas de gases registradas en nivel 1340, turno B (15:00–23:00).',
          },
          {
            handoff: 'inspector_gases',
            message:
              'Nivel 1340 turno B sin alarmas. Falta la ronda de rutina en las 14 frentes activas antes del relevo de las 23:00.',
          },
        ],
      },
      {
        name: 'inspector_gases',
        description: 'Inspector de gases con instrumental portátil',
        instructions: 'Haz la ronda y transfiere al jefe de turno C lo que necesita para decidir.',
        replies: [
          {
            call: 'ronda_medicion',
            args: { nivel: 1340, frentes: 14, equipo: 'Dräger X-am 5600 #ARKD-0522' },
            result:
              'frente;hora;CO_ppm;NO2_ppm;O2_pct\nF-01;21:05;4;0,2;20,9\nF-02;21:09;3;0,1;20,9\nF-03;21:14;6;0,3;20,8\nF-04;21:18;5;0,2;20,9\nF-05;21:23;2;0,1;20,9\nF-06;21:27;7;0,4;20,8\nF-07;21:31;4;0,2;20,9\nF-08;21:36;8;0,5;20,8\nF-09;21:41;12;0,9;20,7\nF-10;21:46;5;0,2;20,9\nF-11;21:50;3;0,1;20,9\nF-12;21:55;6;0,3;20,8\nF-13;22:00;4;0,2;20,9\nF-14;22:04;9;0,6;20,8',
          },
          {
            handoff: 'jefe_turno_c',
            message:
              'Ronda 1340 (21:05–22:04, 14 frentes): todas bajo umbral. Máximo **CO 12 ppm / NO2 0,9 ppm en F-09** (LHD cargando); O2 entre 20,7 y 20,9 %. Detalle completo en RONDA-1340-1221.csv.',
          },
        ],
      },
      {
        name: 'jefe_turno_c',
        description: 'Jefe del turno C',
        instructions: 'Decide la operación de las frentes y deja el relevo.',
        replies: [
          {
            say: 'Relevo B → C nivel 1340 (21-dic): ronda de gases 14/14 frentes bajo umbral (máx CO 12 ppm en F-09). **Las 14 frentes quedan habilitadas** para el turno C; repetir medición en F-09 a las 02:00 por ser la de mayor lectura.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch91Scenarios = [...faults, ...healthy];
