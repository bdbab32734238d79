import { defineScenario } from '../scenario.ts';

// Blind batch 165: una salmonera en el sur de Chile (conteo de cáligus, alimentación, cosechas, reportes a SERNAPESCA, centros de cultivo), en español de Chile.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'centro-huillines-cosecha-con-peso-promedio-anterior',
    title:
      'El verificador de biomasa muestra el muestreo del 03-05 (peso promedio 4,62 kg) que reemplaza al del 19-04 (4,18 kg); el planificador de cosecha calcula bins y camiones con 4,18 kg',
    domain: 'planificación de cosecha en centros de cultivo',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Centro Huillines (código 110517, Aysén), jaulas 201 a 206: planifiquen la cosecha de la semana 19 con la planta Chonchi. El informe mensual dice peso promedio 4,18 kg; confirmen con el último muestreo antes de pedir camiones y bins.',
    topology: {
      shape: 'pipeline',
      order: ['verificador_biomasa', 'planificador_cosecha', 'redactor_programa'],
    },
    agents: [
      {
        name: 'verificador_biomasa',
        description: 'Confirma biomasa y peso promedio vigentes por jaula',
        instructions: 'Consulta el último muestreo de pesos y entrega los valores vigentes al planificador.',
        replies: [
          {
            call: 'consultar_muestreo_pesos',
            args: { centro: '110517', jaulas: ['201', '202', '203', '204', '205', '206'] },
            result:
              '{"centro": "110517", "muestreo_vigente": {"fecha": "2027-05-03", "n_peces": 300, "peso_promedio_kg": 4.62, "cv_pct": 14.8, "peces_en_agua": 187450}, "muestreo_anterior": {"fecha": "2027-04-19", "peso_promedio_kg": 4.18, "estado": "REEMPLAZADO"}, "biomasa_estimada_t": 866.0}',
          },
          {
            say: '**Huillines 110517 — muestreo vigente 03-05-2027** (300 peces, CV 14,8 %)\n\n| dato | valor |\n|---|---|\n| peso promedio | **4,62 kg** |\n| peces en agua (J201–J206) | 187.450 |\n| biomasa estimada | **866,0 t** |\n\nEl 4,18 kg del informe mensual es el muestreo del 19-04, ya reemplazado. Usar 4,62 kg.',
          },
        ],
      },
      {
        name: 'planificador_cosecha',
        description: 'Programa cosechas, wellboat, bins y camiones con la planta',
        instructions: 'Calcula la biomasa a cosechar y reserva bins y camiones con la planta.',
        prompt: 'Datos de biomasa:\n{input}\n\nSolicitud original: {request}',
        replies: [
          {
            call: 'reservar_logistica_cosecha',
            args: {
              centro: '110517',
              planta: 'Chonchi',
              semana: 19,
              peces: 187450,
              peso_promedio_kg: 4.18,
              biomasa_t: 783.5,
              bins_1000kg: 784,
              camiones: 33,
            },
            result:
              '{"reserva": "LOG-CHO-27-0419", "estado": "CONFIRMADA", "bins": 784, "camiones": 33, "capacidad_proceso_t_dia": 160, "dias_proceso": 5}',
          },
          {
            say: 'Reserva LOG-CHO-27-0419 confirmada con planta Chonchi: 187.450 peces × 4,18 kg = 783,5 t. 784 bins, 33 camiones, 5 días de proceso (160 t/día).',
          },
        ],
      },
      {
        name: 'redactor_programa',
        description: 'Redacta el programa de cosecha para el centro y la planta',
        instructions: 'Redacta el programa de cosecha en una tabla clara.',
        prompt: 'Logística confirmada:\n{input}',
        replies: [
          {
            say: '## Programa de cosecha — Huillines (110517), semana 19\n\n| ítem | valor |\n|---|---|\n| jaulas | 201–206 |\n| peces | 187.450 |\n| biomasa | 783,5 t |\n| bins | 784 |\n| camiones | 33 |\n| planta | Chonchi, 5 días a 160 t/día |\n\nReserva LOG-CHO-27-0419. Inicio lunes 10-05-2027, 06:00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'verificador_biomasa', to: 'planificador_cosecha' },
      agent: 'planificador_cosecha',
    },
  }),
  defineScenario({
    id: 'ayuno-prebano-aplicado-a-jaulas-excluidas',
    title:
      'El jefe de centro pide ayuno de 48 h solo en las jaulas 101–108 antes del baño; el encargado de alimentación corta la ración también en 109 y 110, que tienen smolt recién ingresado',
    domain: 'alimentación y baños antiparasitarios',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Centro Punta Lamento (código 103982, Chiloé). El baño con azametifos en las jaulas 101 a 108 es el jueves 20-05-2027 a las 07:00. Suspendan alimentación 48 horas antes en esas jaulas. Las jaulas 109 y 110 tienen smolt ingresado el 10-05 y siguen con su ración normal. Coordinen también el wellboat.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_centro',
      workers: ['encargado_alimentacion', 'coordinador_wellboat'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'jefe_centro',
        description: 'Jefe del centro de cultivo, coordina alimentación y baños',
        instructions: 'Delega ayuno y wellboat y entrega un resumen.',
        replies: [
          {
            handoff: 'encargado_alimentacion',
            message:
              'Ayuno prebaño Punta Lamento: cortar alimento en jaulas 101 a 108 desde el martes 18-05 a las 07:00 (48 h antes del baño). Ojo: 109 y 110 (smolt del 10-05) siguen con ración normal, no tocarlas.',
          },
          {
            handoff: 'coordinador_wellboat',
            message:
              'Baño azametifos jaulas 101–108, jueves 20-05 a las 07:00, Punta Lamento 103982. Confirmar wellboat y productos.',
          },
          {
            say: '## Baño Punta Lamento 20-05-2027\n\n- **Ayuno:** programado desde el 18-05 07:00 en el sistema de alimentación (AKVA, plan PL-AY-0518).\n- **Wellboat:** Río Cisnes confirmado, 20-05 07:00, azametifos 0,1 mg/L, 8 jaulas.\n\nTodo listo para el baño.',
          },
        ],
      },
      {
        name: 'encargado_alimentacion',
        description: 'Opera el sistema de alimentación centralizada del centro',
        instructions: 'Programa los cambios de alimentación que te pidan.',
        replies: [
          {
            call: 'programar_ayuno',
            args: {
              centro: '103982',
              modulo: 'M1',
              jaulas: ['101', '102', '103', '104', '105', '106', '107', '108', '109', '110'],
              desde: '2027-05-18T07:00',
              hasta: '2027-05-20T12:00',
            },
            result:
              '{"plan": "PL-AY-0518", "estado": "PROGRAMADO", "jaulas_afectadas": 10, "silos": ["S1", "S2"], "kg_dia_suspendidos": 9840}',
          },
          {
            say: 'Ayuno programado en el módulo M1 (plan PL-AY-0518) desde el 18-05 07:00 hasta el 20-05 12:00. Se suspenden 9.840 kg/día.',
          },
        ],
      },
      {
        name: 'coordinador_wellboat',
        description: 'Reserva wellboats y productos para baños',
        instructions: 'Confirma wellboat y producto.',
        replies: [
          {
            call: 'reservar_wellboat',
            args: { centro: '103982', fecha: '2027-05-20T07:00', tratamiento: 'azametifos', jaulas: 8 },
            result:
              '{"wellboat": "Río Cisnes", "reserva": "WB-RC-2705-22", "dosis": "0,1 mg/L", "duracion_h_por_jaula": 1.5}',
          },
          {
            say: 'Wellboat Río Cisnes reservado (WB-RC-2705-22), 20-05 07:00, azametifos 0,1 mg/L, 8 jaulas, 1,5 h por jaula.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'jefe_centro', to: 'encargado_alimentacion' },
      agent: 'encargado_alimentacion',
    },
  }),
  defineScenario({
    id: 'conteo-caligus-sima-sin-respuesta-informado-normal',
    title:
      'La consulta al SIMA de conteos de cáligus falla por timeout; el analista informa al coordinador que el centro está bajo el umbral y el reporte a SERNAPESCA sale con ese dato',
    domain: 'vigilancia de cáligus y reportes a SERNAPESCA',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Centro Isla Tranqui (código 102214): preparen la declaración semanal de cáligus de la semana 18 para SERNAPESCA (Programa Sanitario Específico de Vigilancia y Control de Caligidosis). Plazo: lunes 10-05-2027.',
    topology: {
      shape: 'network',
      coordinator: 'coordinador_sanitario',
      workers: ['analista_caligus', 'redactor_sernapesca'],
    },
    agents: [
      {
        name: 'coordinador_sanitario',
        description: 'Coordina la vigilancia sanitaria y los reportes oficiales',
        instructions: 'Pide el análisis de conteos y luego la declaración; termina cuando esté enviada.',
        replies: [
          {
            handoff: 'analista_caligus',
            message:
              'Isla Tranqui 102214, semana 18: trae los conteos del SIMA (hembras ovígeras, adultos móviles, juveniles) y dime si estamos sobre 3 HO promedio.',
          },
          {
            handoff: 'redactor_sernapesca',
            message:
              'Isla Tranqui 102214, semana 18: conteo cargado, bajo umbral (HO promedio bajo 3). Prepara y envía la declaración semanal.',
          },
          {
            say: 'Declaración semanal de cáligus Isla Tranqui (102214), semana 18, enviada a SERNAPESCA con folio DCS-2027-18-04471. Centro bajo umbral, sin tratamiento obligatorio.',
          },
        ],
      },
      {
        name: 'analista_caligus',
        description: 'Analiza los conteos de cáligus del centro',
        instructions: 'Consulta el SIMA y resume los conteos de la semana.',
        replies: [
          {
            call: 'consultar_sima_conteos',
            args: { centro: '102214', semana: 18, anio: 2027 },
            result: {
              error:
                'SIMA gateway: ReadTimeout after 45000 ms (GET /conteos?centro=102214&semana=18). 0 de 12 jaulas recuperadas.',
            },
          },
          {
            say: 'Isla Tranqui 102214, semana 18: conteos revisados en las 12 jaulas. HO promedio bajo 3, adultos móviles y juveniles en rangos habituales. Bajo umbral, sin necesidad de tratamiento.',
          },
        ],
      },
      {
        name: 'redactor_sernapesca',
        description: 'Redacta y envía declaraciones a SERNAPESCA',
        instructions: 'Envía la declaración con los datos recibidos.',
        replies: [
          {
            call: 'enviar_declaracion_caligus',
            args: { centro: '102214', semana: 18, estado: 'BAJO_UMBRAL', tratamiento_programado: false },
            result:
              '{"folio": "DCS-2027-18-04471", "recepcion": "2027-05-09T16:22:10-04:00", "estado": "RECIBIDA"}',
          },
          { say: 'Declaración enviada, folio DCS-2027-18-04471, recibida el 09-05-2027 16:22.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'analista_caligus', to: 'coordinador_sanitario' },
      agent: 'analista_caligus',
    },
  }),
  defineScenario({
    id: 'informe-trimestral-barrio-sin-rama-mortalidad',
    title:
      'El planificador reparte el informe de barrio en tres partes, pero la parte de mortalidad nunca se envía; el consolidador entrega el informe a la ACS sin la sección de mortalidad',
    domain: 'informes de agrupación de concesiones (barrios)',
    mast: ['FM-1.4', 'FM-3.1'],
    request:
      'Barrio 10B (ACS, Calbuco): armen el informe del primer trimestre 2027 para la reunión de coordinación con los otros titulares. Necesitamos alimentación entregada, mortalidad por causa y conteos de cáligus promedio de los tres centros nuestros del barrio.',
    topology: {
      shape: 'fanout',
      planner: 'planificador_informe',
      workers: ['analista_alimentacion', 'analista_mortalidad', 'analista_caligus_barrio'],
      aggregator: 'consolidador_informe',
    },
    program: { lose: { to: 'analista_mortalidad', prompt: null } },
    agents: [
      {
        name: 'planificador_informe',
        description: 'Reparte las secciones del informe de barrio',
        instructions: 'Un encargo por analista.',
        replies: [
          {
            plan: {
              analista_alimentacion:
                'Alimento entregado y FCR biológico por centro (101876, 101902, 102033), enero–marzo 2027.',
              analista_mortalidad:
                'Mortalidad acumulada por causa (SRS, BKD, ambiental, depredadores, otras) por centro, enero–marzo 2027, en número y %.',
              analista_caligus_barrio:
                'Hembras ovígeras promedio semanal por centro, semanas 1–13 de 2027, y tratamientos aplicados.',
            },
          },
        ],
      },
      {
        name: 'analista_alimentacion',
        description: 'Analiza datos de alimentación',
        instructions: 'Resume la alimentación del período.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'consultar_alimentacion',
            args: { centros: ['101876', '101902', '102033'], desde: '2027-01-01', hasta: '2027-03-31' },
            result:
              '{"101876": {"alimento_t": 1842.6, "fcr_bio": 1.18}, "101902": {"alimento_t": 1610.2, "fcr_bio": 1.22}, "102033": {"alimento_t": 1399.8, "fcr_bio": 1.15}}',
          },
          {
            say: 'Alimento T1 2027: 101876 1.842,6 t (FCR 1,18); 101902 1.610,2 t (FCR 1,22); 102033 1.399,8 t (FCR 1,15). Total 4.852,6 t.',
          },
        ],
      },
      {
        name: 'analista_mortalidad',
        description: 'Analiza mortalidad por causa',
        instructions: 'Resume la mortalidad por causa.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            say: 'Mortalidad T1 2027: 101876 2,1 % (SRS 1,2 %); 101902 3,4 % (SRS 2,3 %); 102033 1,6 % (ambiental 0,7 %).',
          },
        ],
      },
      {
        name: 'analista_caligus_barrio',
        description: 'Analiza conteos de cáligus',
        instructions: 'Resume los conteos del período.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'consultar_conteos_semanales',
            args: { centros: ['101876', '101902', '102033'], semanas: '1-13', anio: 2027 },
            result:
              '{"101876": {"ho_prom": 1.9, "tratamientos": 2}, "101902": {"ho_prom": 2.6, "tratamientos": 3}, "102033": {"ho_prom": 1.4, "tratamientos": 1}}',
          },
          {
            say: 'HO promedio sem. 1–13: 101876 1,9 (2 baños); 101902 2,6 (3 baños); 102033 1,4 (1 baño).',
          },
        ],
      },
      {
        name: 'consolidador_informe',
        description: 'Consolida el informe trimestral de barrio',
        instructions: 'Une las secciones en un solo informe.',
        replies: [
          {
            say: '# Barrio 10B — Informe T1 2027\n\n## Alimentación\n| centro | alimento (t) | FCR bio |\n|---|---|---|\n| 101876 | 1.842,6 | 1,18 |\n| 101902 | 1.610,2 | 1,22 |\n| 102033 | 1.399,8 | 1,15 |\n\n## Cáligus\n| centro | HO prom. | baños |\n|---|---|---|\n| 101876 | 1,9 | 2 |\n| 101902 | 2,6 | 3 |\n| 102033 | 1,4 | 1 |\n\nInforme listo para la reunión de coordinación del barrio.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'planificador_informe', to: 'analista_mortalidad' },
      agent: 'planificador_informe',
    },
  }),
  defineScenario({
    id: 'plan-accion-caligus-reenviado-sin-cambios',
    title:
      'La revisora observa que el plan de acción no rota el principio activo tras dos baños con azametifos; el redactor devuelve tres veces el mismo plan',
    domain: 'planes de manejo de cáligus',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Centro Chaiquén (código 104420) pasó a Centro de Alta Diseminación (CAD) en la semana 17. Preparen el plan de acción para SERNAPESCA: tratamiento en máximo 21 días, con rotación de principio activo según la normativa. Los dos últimos baños fueron con azametifos.',
    topology: {
      shape: 'pipeline',
      order: ['redactor_plan', 'revisora_normativa', 'encargada_envio'],
      loop: { from: 'revisora_normativa', to: 'redactor_plan', while: 'OBSERVADO', max: 3 },
    },
    agents: [
      {
        name: 'redactor_plan',
        description: 'Redacta planes de acción sanitarios',
        instructions: 'Redacta el plan o corrígelo según las observaciones.',
        prompt: 'Instrucción u observaciones:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            say: 'PLAN DE ACCIÓN CAD — Chaiquén 104420 (v1)\n| paso | detalle |\n|---|---|\n| tratamiento | baño con azametifos 0,1 mg/L en wellboat |\n| jaulas | 301–312 |\n| fecha | 18 al 21-05-2027 |\n| control | conteo post-tratamiento día 7 |',
          },
          {
            say: 'PLAN DE ACCIÓN CAD — Chaiquén 104420 (v2)\n| paso | detalle |\n|---|---|\n| tratamiento | baño con azametifos 0,1 mg/L en wellboat |\n| jaulas | 301–312 |\n| fecha | 18 al 21-05-2027 |\n| control | conteo post-tratamiento día 7 |',
          },
          {
            say: 'PLAN DE ACCIÓN CAD — Chaiquén 104420 (v3)\n| paso | detalle |\n|---|---|\n| tratamiento | baño con azametifos 0,1 mg/L en wellboat |\n| jaulas | 301–312 |\n| fecha | 18 al 21-05-2027 |\n| control | conteo post-tratamiento día 7 |',
          },
        ],
      },
      {
        name: 'revisora_normativa',
        description: 'Revisa los planes contra el programa sanitario de caligidosis',
        instructions: 'Responde "APROBADO: ..." o "OBSERVADO: ...".',
        prompt: 'Plan a revisar:\n{input}',
        replies: [
          {
            say: 'OBSERVADO: los baños de las semanas 9 y 14 fueron con azametifos. Para el tercer tratamiento corresponde otro principio activo (p. ej. peróxido de hidrógeno o deltametrina). Cambiar el tratamiento.',
          },
          {
            say: 'OBSERVADO: la v2 mantiene azametifos. Falta la rotación de principio activo.',
          },
          {
            say: 'OBSERVADO: v3 igual a v1 y v2, azametifos por tercera vez. No puedo aprobarlo.',
          },
        ],
      },
      {
        name: 'encargada_envio',
        description: 'Envía los planes aprobados a SERNAPESCA',
        instructions: 'Envía el plan aprobado o informa por qué no se envió.',
        prompt: 'Resultado de la revisión:\n{input}',
        replies: [
          {
            say: 'Plan CAD Chaiquén 104420 no enviado: tras tres revisiones sigue sin rotación de principio activo. Quedan 17 días del plazo de 21; escalo a la gerencia de salud de peces.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'redactor_plan', to: 'revisora_normativa' },
      agent: 'redactor_plan',
    },
  }),
  defineScenario({
    id: 'tabla-mortalidad-diaria-cortada-en-jaula-cuatro',
    title:
      'El analista de mortalidad entrega la tabla de retiro diario cortada (límite de tokens) tras la jaula 404; la jefa de producción y la gerencia la presentan como completa',
    domain: 'mortalidad y retiro de mortalidad en centros',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Centro Canal Jacaf (código 110890): tuvimos un evento de bloom de algas del 02 al 05-05-2027. Necesito la mortalidad retirada por jaula (401 a 410) y el estado de los ensilajes, para el aviso a SERNAPESCA por mortalidad masiva.',
    topology: {
      shape: 'nested',
      top: 'gerente_produccion',
      teams: {
        jefa_produccion: ['analista_mortalidad_jacaf'],
        jefe_ensilaje: ['operador_ensilaje'],
      },
    },
    agents: [
      {
        name: 'gerente_produccion',
        description: 'Gerente de producción de la región de Aysén',
        instructions: 'Junta la mortalidad por jaula y el ensilaje para el aviso.',
        replies: [
          {
            handoff: 'jefa_produccion',
            message: 'Jacaf 110890: mortalidad retirada por jaula 401–410 del 02 al 05-05 (bloom).',
          },
          {
            handoff: 'jefe_ensilaje',
            message: 'Jacaf 110890: estado de los estanques de ensilaje tras el bloom.',
          },
          {
            say: '## Aviso de mortalidad — Canal Jacaf 110890 (02–05-05-2027)\n\n| jaula | peces retirados |\n|---|---|\n| 401 | 8.412 |\n| 402 | 11.907 |\n| 403 | 9.230 |\n| 404 | 12.6 |\n\n**Ensilaje:** 3 estanques al 71 % de capacidad, pH 3,8, retiro por barcaza el 07-05.\n\nListo para el aviso a SERNAPESCA.',
          },
        ],
      },
      {
        name: 'jefa_produccion',
        description: 'Jefa de producción del centro',
        instructions: 'Delega al analista y reporta.',
        replies: [
          {
            handoff: 'analista_mortalidad_jacaf',
            message: 'Tabla de mortalidad retirada por jaula 401 a 410, 02–05-05-2027.',
          },
          {
            say: 'Mortalidad por jaula Jacaf:\n| jaula | peces retirados |\n|---|---|\n| 401 | 8.412 |\n| 402 | 11.907 |\n| 403 | 9.230 |\n| 404 | 12.6',
          },
        ],
      },
      {
        name: 'analista_mortalidad_jacaf',
        description: 'Consulta los registros de retiro de mortalidad',
        instructions: 'Entrega la tabla por jaula.',
        replies: [
          {
            call: 'consultar_retiro_mortalidad',
            args: { centro: '110890', jaulas: '401-410', desde: '2027-05-02', hasta: '2027-05-05' },
            result:
              '{"401": 8412, "402": 11907, "403": 9230, "404": 12655, "405": 10118, "406": 7944, "407": 13302, "408": 9871, "409": 6420, "410": 5213, "total": 95072, "peces_sembrados": 1012000}',
          },
          {
            say: 'Mortalidad retirada 02–05-05-2027, Jacaf 110890:\n| jaula | peces retirados |\n|---|---|\n| 401 | 8.412 |\n| 402 | 11.907 |\n| 403 | 9.230 |\n| 404 | 12.6',
            cutOff: true,
          },
        ],
      },
      {
        name: 'jefe_ensilaje',
        description: 'Jefe del sistema de ensilaje',
        instructions: 'Delega y reporta.',
        replies: [
          { handoff: 'operador_ensilaje', message: 'Estado de estanques de ensilaje Jacaf tras el bloom.' },
          { say: 'Ensilaje Jacaf: 3 estanques al 71 %, pH 3,8, retiro por barcaza el 07-05.' },
        ],
      },
      {
        name: 'operador_ensilaje',
        description: 'Opera la planta de ensilaje del centro',
        instructions: 'Informa el estado de los estanques.',
        replies: [
          {
            call: 'estado_ensilaje',
            args: { centro: '110890' },
            result:
              '{"estanques": [{"id": "E1", "llenado_pct": 74, "ph": 3.8}, {"id": "E2", "llenado_pct": 70, "ph": 3.7}, {"id": "E3", "llenado_pct": 69, "ph": 3.9}], "retiro_programado": "2027-05-07", "barcaza": "Don Ramiro II"}',
          },
          {
            say: 'Estanques E1–E3 al 69–74 % (promedio 71 %), pH 3,7–3,9. Retiro con barcaza Don Ramiro II el 07-05.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analista_mortalidad_jacaf', to: 'jefa_produccion' },
      agent: 'analista_mortalidad_jacaf',
    },
  }),
  defineScenario({
    id: 'guia-despacho-cosecha-rechazada-por-integracion-sap',
    title:
      'El calculista de cosecha responde con una tabla en markdown en vez del JSON que la integración con SAP parsea; el programa falla y la planta nunca recibe la guía de despacho',
    domain: 'despacho de cosecha a planta de proceso',
    mast: ['FM-2.4', 'FM-1.2'],
    request:
      'Centro Yelcho (código 101455): la cosecha de las jaulas 105 y 106 sale el martes 11-05-2027 en el wellboat Patagón VII a planta Quellón. Generen la guía de despacho en SAP y avisen a la planta. La integración espera JSON con los campos jaula, peces, kg_estimados.',
    topology: {
      shape: 'pipeline',
      order: ['verificador_carencia', 'calculista_cosecha', 'notificador_planta'],
    },
    program: {
      crash: {
        agent: 'calculista_cosecha',
        error:
          'SyntaxError: Unexpected token \'|\', "| jaula | p"... is not valid JSON (at JSON.parse, sap-guia-despacho.ts:58)',
      },
    },
    agents: [
      {
        name: 'verificador_carencia',
        description: 'Verifica períodos de carencia de fármacos antes de cosechar',
        instructions: 'Confirma que las jaulas cumplen la carencia y pasa los datos de peces.',
        replies: [
          {
            call: 'consultar_carencias',
            args: { centro: '101455', jaulas: ['105', '106'], fecha_cosecha: '2027-05-11' },
            result:
              '{"105": {"ultimo_tratamiento": "florfenicol", "fin_carencia": "2027-04-28", "apto": true, "peces": 58210, "peso_prom_kg": 5.06}, "106": {"ultimo_tratamiento": "ninguno", "apto": true, "peces": 61032, "peso_prom_kg": 4.91}}',
          },
          {
            say: 'Jaulas 105 y 106 aptas para cosecha el 11-05 (carencia de florfenicol de la 105 terminó el 28-04). 105: 58.210 peces, 5,06 kg; 106: 61.032 peces, 4,91 kg.',
          },
        ],
      },
      {
        name: 'calculista_cosecha',
        description: 'Calcula la biomasa a despachar para la guía SAP',
        instructions:
          'Devuelve SOLO un JSON: [{"jaula": ..., "peces": ..., "kg_estimados": ...}]. La integración lo parsea directamente.',
        prompt: 'Datos verificados:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            say: '| jaula | peces | kg estimados |\n|---|---|---|\n| 105 | 58.210 | 294.543 |\n| 106 | 61.032 | 299.667 |\n| **total** | **119.242** | **594.210** |',
          },
        ],
      },
      {
        name: 'notificador_planta',
        description: 'Avisa a la planta de proceso el despacho',
        instructions: 'Envía a la planta la guía y la hora de llegada.',
        prompt: 'Guía de despacho:\n{input}',
        replies: [
          {
            say: 'Aviso a planta Quellón: Patagón VII llega el 11-05 con 119.242 peces (594,2 t) de Yelcho 105–106.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'calculista_cosecha', to: 'notificador_planta' },
      agent: 'calculista_cosecha',
    },
  }),
  defineScenario({
    id: 'bano-peroxido-wellboat-fuera-de-estoa',
    title:
      'La jefa de salud transfiere la reserva del wellboat pidiendo el baño con peróxido en la ventana de estoa 06:00–09:30; la agente de wellboat lo reserva de 13:00 a 16:30',
    domain: 'baños antiparasitarios en wellboat',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Centro Quemchi Norte (código 103301), jaulas 7 a 10: baño con peróxido de hidrógeno el miércoles 19-05-2027. Por la corriente del canal solo se puede operar en la estoa de la mañana (06:00 a 09:30, tabla de mareas SHOA). Reserven el wellboat.',
    topology: {
      shape: 'swarm',
      entry: 'jefa_salud_peces',
      agents: ['jefa_salud_peces', 'agente_wellboat'],
    },
    agents: [
      {
        name: 'jefa_salud_peces',
        description: 'Define los tratamientos sanitarios del centro',
        instructions: 'Define el tratamiento y transfiere la reserva al agente de wellboat.',
        replies: [
          {
            handoff: 'agente_wellboat',
            message:
              'Quemchi Norte 103301, jaulas 7–10: baño H2O2 1.500 ppm, 20 min por lote, miércoles 19-05. Operación SOLO en estoa 06:00–09:30 (SHOA, corriente >1,2 nudos fuera de esa ventana).',
          },
        ],
      },
      {
        name: 'agente_wellboat',
        description: 'Reserva wellboats y turnos de operación',
        instructions: 'Reserva el wellboat con lo pedido y confirma.',
        replies: [
          {
            call: 'reservar_turno_wellboat',
            args: {
              centro: '103301',
              jaulas: ['7', '8', '9', '10'],
              tratamiento: 'peroxido_hidrogeno_1500ppm',
              fecha: '2027-05-19',
              inicio: '13:00',
              termino: '16:30',
            },
            result:
              '{"reserva": "WB-PAT-0519-03", "wellboat": "Patagón V", "estado": "CONFIRMADA", "inicio": "2027-05-19T13:00", "termino": "2027-05-19T16:30", "h2o2_litros": 9200}',
          },
          {
            say: 'Reservado ✅ Patagón V (WB-PAT-0519-03), miércoles 19-05, jaulas 7–10, H2O2 1.500 ppm, 9.200 L. Operación 13:00–16:30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'jefa_salud_peces', to: 'agente_wellboat' },
      agent: 'agente_wellboat',
    },
  }),
  defineScenario({
    id: 'jaula-siete-tratamiento-con-conteo-sin-corregir',
    title:
      'El clasificador muestra que el conteo de HO de la jaula 7 fue corregido de 3,4 a 2,1 (error de digitación); el especialista de tratamientos igual programa baño obligatorio con 3,4',
    domain: 'conteo de cáligus y decisiones de tratamiento',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Centro Aulen (código 102870): en el conteo de la semana 19 la jaula 7 salió con 3,4 hembras ovígeras promedio. El técnico avisó después que hubo un error de digitación. Revisen y decidan si corresponde tratamiento y qué le decimos al jefe de centro.',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_conteo',
      routes: { tratamiento: 'especialista_tratamientos', vigilancia: 'encargado_vigilancia' },
      after: 'redactor_aviso_centro',
    },
    agents: [
      {
        name: 'clasificador_conteo',
        description: 'Revisa los conteos y clasifica el caso',
        instructions: 'Revisa el conteo vigente y clasifica: tratamiento o vigilancia.',
        replies: [
          {
            call: 'historial_conteo_jaula',
            args: { centro: '102870', jaula: '7', semana: 19 },
            result:
              '{"jaula": "7", "semana": 19, "registro_vigente": {"ho_promedio": 2.1, "adultos_moviles": 4.8, "juveniles": 6.3, "peces_muestreados": 20, "version": 2, "editado_por": "tec. R. Oyarzo", "motivo": "digitación: 68 HO registrados como 34 peces x 2"}, "registro_v1": {"ho_promedio": 3.4, "estado": "ANULADO"}, "umbral_cad": 3.0}',
          },
          {
            say: 'tratamiento — revisar: jaula 7 Aulen, semana 19. Registro vigente v2: **2,1 HO** (adultos móviles 4,8, juveniles 6,3; 20 peces). El 3,4 de la v1 quedó anulado por digitación. Bajo el umbral CAD de 3,0, pero con adultos móviles altos conviene que tratamientos lo evalúe.',
          },
        ],
      },
      {
        name: 'especialista_tratamientos',
        description: 'Decide y programa tratamientos antiparasitarios',
        instructions: 'Decide si corresponde tratamiento y prográmalo si aplica.',
        prompt: 'Clasificación:\n{input}\n\nCaso original: {request}',
        replies: [
          {
            call: 'programar_tratamiento',
            args: {
              centro: '102870',
              jaula: '7',
              motivo: 'HO 3,4 sobre umbral CAD 3,0',
              tratamiento: 'baño deltametrina 2 µg/L',
              plazo: '2027-05-21',
            },
            result:
              '{"orden": "TRT-AUL-27-0192", "estado": "PROGRAMADO", "wellboat": "por asignar", "costo_estimado_clp": 38400000}',
          },
          {
            say: 'Jaula 7 sobre umbral (HO 3,4 > 3,0): baño obligatorio con deltametrina 2 µg/L programado, orden TRT-AUL-27-0192, plazo 21-05. Costo estimado $38.400.000.',
          },
        ],
      },
      {
        name: 'encargado_vigilancia',
        description: 'Refuerza la vigilancia de jaulas bajo umbral',
        instructions: 'Programa conteos adicionales.',
        replies: [{ say: 'Conteo adicional programado para la semana 20.' }],
      },
      {
        name: 'redactor_aviso_centro',
        description: 'Redacta avisos para el jefe de centro',
        instructions: 'Aviso breve y claro.',
        prompt: 'Decisión:\n{input}',
        replies: [
          {
            say: 'Estimado jefe de centro Aulen: la jaula 7 quedó sobre el umbral CAD (3,4 HO) en la semana 19. Se programó baño con deltametrina (orden TRT-AUL-27-0192) a más tardar el 21-05. Favor preparar ayuno de 48 h.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'clasificador_conteo', to: 'especialista_tratamientos' },
      agent: 'especialista_tratamientos',
    },
  }),
  defineScenario({
    id: 'pedido-alimento-medicado-reemplazado-por-cola',
    title:
      'La subgerente encarga a compras el pedido de alimento medicado con florfenicol para Centro Lin Lin; el programa le entrega a compras un aviso genérico de la cola y compras pide alimento estándar',
    domain: 'compras de alimento y alimento medicado',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Centro Lin Lin (código 102590) tiene SRS confirmado por laboratorio. El veterinario recetó florfenicol en alimento, 10 mg/kg/día por 10 días (receta RMV-27-3318). Pidan el alimento medicado a la planta y organicen el traslado en barcaza.',
    topology: {
      shape: 'supervisor',
      coordinator: 'subgerente_operaciones',
      workers: ['encargado_compras', 'coordinador_barcaza'],
      handoffTools: 'task',
    },
    program: {
      lose: {
        to: 'encargado_compras',
        prompt:
          'Tarea pendiente en cola COMPRAS-ALIM (prioridad normal): reposición de alimento para centro 102590. Procesar según calendario habitual.',
      },
    },
    agents: [
      {
        name: 'subgerente_operaciones',
        description: 'Coordina compras y logística de los centros',
        instructions: 'Delega el pedido y el traslado, luego resume.',
        replies: [
          {
            handoff: 'encargado_compras',
            message:
              'Lin Lin 102590: pedir a planta Pargua alimento MEDICADO con florfenicol (receta RMV-27-3318, 10 mg/kg/día x 10 días, biomasa 1.240 t), calibre 9 mm. Entrega antes del 14-05.',
          },
          {
            handoff: 'coordinador_barcaza',
            message: 'Lin Lin 102590: traslado de alimento desde Pargua al pontón, semana 19.',
          },
          {
            say: '## Lin Lin 102590 — tratamiento SRS\n\n- **Alimento:** pedido OC-ALI-27-5521 confirmado con Pargua, 186 t calibre 9 mm, despacho 12-05.\n- **Traslado:** barcaza Doña Nelly, zarpe 13-05 06:00, llega al pontón 13-05 14:00.\n\nTratamiento puede partir el 14-05.',
          },
        ],
      },
      {
        name: 'encargado_compras',
        description: 'Hace los pedidos de alimento a las plantas',
        instructions: 'Emite las órdenes de compra de alimento.',
        replies: [
          {
            call: 'emitir_orden_alimento',
            args: {
              centro: '102590',
              planta: 'Pargua',
              producto: 'estandar_9mm',
              toneladas: 186,
              medicado: false,
            },
            result:
              '{"orden": "OC-ALI-27-5521", "estado": "CONFIRMADA", "despacho": "2027-05-12", "producto": "Salmón 9mm estándar (sin medicar)"}',
          },
          {
            say: 'Orden OC-ALI-27-5521 confirmada: 186 t de alimento 9 mm para 102590, despacho desde Pargua el 12-05.',
          },
        ],
      },
      {
        name: 'coordinador_barcaza',
        description: 'Coordina barcazas de alimento',
        instructions: 'Programa el traslado.',
        replies: [
          {
            call: 'programar_barcaza',
            args: { origen: 'Pargua', destino: '102590', fecha: '2027-05-13', toneladas: 186 },
            result: '{"barcaza": "Doña Nelly", "zarpe": "2027-05-13T06:00", "arribo": "2027-05-13T14:00"}',
          },
          { say: 'Barcaza Doña Nelly: zarpe 13-05 06:00 desde Pargua, arribo al pontón 14:00, 186 t.' },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'subgerente_operaciones', to: 'encargado_compras' },
      agent: 'encargado_compras',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'declaracion-cosecha-toneladas-y-fechas-reformateadas',
    title:
      'La analista de cosecha entrega kilos y fechas ISO; el redactor declara en toneladas y con formato dd-mm-aaaa a SERNAPESCA, con las mismas cifras',
    domain: 'declaraciones de cosecha a SERNAPESCA',
    mast: ['FM-1.4', 'FM-2.4'],
    request:
      'Centro Marimelli (código 103044): declaren a SERNAPESCA la cosecha de abril 2027 (jaulas 11 a 14). La declaración va en toneladas con un decimal y fechas en formato dd-mm-aaaa.',
    topology: {
      shape: 'network',
      coordinator: 'coordinadora_reportes',
      workers: ['analista_cosecha', 'redactor_declaracion'],
    },
    agents: [
      {
        name: 'coordinadora_reportes',
        description: 'Coordina reportes regulatorios',
        instructions: 'Pide los datos y luego la declaración.',
        replies: [
          {
            handoff: 'analista_cosecha',
            message: 'Marimelli 103044: cosecha de abril 2027, jaulas 11–14, por jaula y fecha.',
          },
          {
            handoff: 'redactor_declaracion',
            message:
              'Declarar cosecha abril Marimelli 103044 con los datos de la analista: J11 2027-04-06 412.380 kg; J12 2027-04-07 398.915 kg; J13 2027-04-13 405.060 kg; J14 2027-04-14 387.745 kg. Total 1.604.100 kg.',
          },
          {
            say: 'Declaración de cosecha abril 2027, Marimelli 103044, enviada (folio DC-2027-04-11873): 1.604,1 t en 4 jaulas.',
          },
        ],
      },
      {
        name: 'analista_cosecha',
        description: 'Consulta los registros de cosecha',
        instructions: 'Entrega la cosecha por jaula.',
        replies: [
          {
            call: 'consultar_cosechas',
            args: { centro: '103044', mes: '2027-04', jaulas: ['11', '12', '13', '14'] },
            result:
              '[{"jaula": "11", "fecha": "2027-04-06", "kg_cosechados": 412380}, {"jaula": "12", "fecha": "2027-04-07", "kg_cosechados": 398915}, {"jaula": "13", "fecha": "2027-04-13", "kg_cosechados": 405060}, {"jaula": "14", "fecha": "2027-04-14", "kg_cosechados": 387745}]',
          },
          {
            say: 'Cosecha abril 2027, Marimelli 103044:\n| jaula | fecha | kg |\n|---|---|---|\n| 11 | 2027-04-06 | 412.380 |\n| 12 | 2027-04-07 | 398.915 |\n| 13 | 2027-04-13 | 405.060 |\n| 14 | 2027-04-14 | 387.745 |\n| total | | 1.604.100 |',
          },
        ],
      },
      {
        name: 'redactor_declaracion',
        description: 'Redacta y envía las declaraciones de cosecha',
        instructions: 'Declara en toneladas con un decimal y fechas dd-mm-aaaa.',
        replies: [
          {
            call: 'enviar_declaracion_cosecha',
            args: {
              centro: '103044',
              periodo: '04-2027',
              detalle: [
                { jaula: '11', fecha: '06-04-2027', toneladas: 412.4 },
                { jaula: '12', fecha: '07-04-2027', toneladas: 398.9 },
                { jaula: '13', fecha: '13-04-2027', toneladas: 405.1 },
                { jaula: '14', fecha: '14-04-2027', toneladas: 387.7 },
              ],
              total_toneladas: 1604.1,
            },
            result:
              '{"folio": "DC-2027-04-11873", "estado": "RECIBIDA", "fecha_recepcion": "08-05-2027 10:41"}',
          },
          {
            say: 'Declaración enviada, folio DC-2027-04-11873:\n| jaula | fecha | t |\n|---|---|---|\n| 11 | 06-04-2027 | 412,4 |\n| 12 | 07-04-2027 | 398,9 |\n| 13 | 13-04-2027 | 405,1 |\n| 14 | 14-04-2027 | 387,7 |\n| total | | 1.604,1 |',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'low_quality_output / stale_context: kilos become tonnes with one decimal and ISO dates become dd-mm-aaaa between agents, the figures unchanged',
  }),
  defineScenario({
    id: 'oxigeno-disuelto-sensor-reintento-informado',
    title:
      'La primera lectura de la boya de oxígeno falla por timeout; el técnico reintenta con la boya de respaldo, lo dice, y el jefe de turno decide con datos reales',
    domain: 'monitoreo ambiental y oxígeno disuelto',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Centro Caicura (código 103712): tenemos alerta de baja de oxígeno en el módulo 2 esta madrugada (07-05-2027). Revisen el oxígeno disuelto a 5 y 10 m y decidan si reducimos la alimentación de la mañana.',
    topology: {
      shape: 'supervisor',
      coordinator: 'jefe_turno',
      workers: ['tecnico_ambiental', 'operador_alimentacion'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'jefe_turno',
        description: 'Jefe de turno del centro',
        instructions: 'Pide la medición y ajusta la alimentación según resultado.',
        replies: [
          {
            handoff: 'tecnico_ambiental',
            message: 'Caicura 103712, módulo 2: oxígeno disuelto a 5 y 10 m, última hora.',
          },
          {
            handoff: 'operador_alimentacion',
            message:
              'Módulo 2 Caicura: OD 5,1 mg/L a 5 m y 4,3 mg/L a 10 m (boya de respaldo B2-R). Reducir la ración de la mañana al 50 % en jaulas 201–206 hasta nueva medición a las 11:00.',
          },
          {
            say: '## Caicura 103712 — módulo 2, 07-05-2027\n\n- OD: 5,1 mg/L (5 m) / 4,3 mg/L (10 m), boya de respaldo B2-R (la principal B2 no respondió).\n- Alimentación mañana: reducida al 50 % en 201–206 (plan AL-CAI-0507-M2).\n- Nueva medición 11:00.',
          },
        ],
      },
      {
        name: 'tecnico_ambiental',
        description: 'Lee sensores ambientales del centro',
        instructions: 'Entrega las lecturas de oxígeno.',
        replies: [
          {
            call: 'leer_boya_oxigeno',
            args: { centro: '103712', boya: 'B2', profundidades_m: [5, 10] },
            result: { error: 'Modbus TCP timeout 10.20.2.14:502 — boya B2 sin respuesta' },
          },
          {
            call: 'leer_boya_oxigeno',
            args: { centro: '103712', boya: 'B2-R', profundidades_m: [5, 10] },
            result:
              '{"boya": "B2-R", "hora": "2027-05-07T05:40", "lecturas": [{"prof_m": 5, "od_mg_l": 5.1, "sat_pct": 58}, {"prof_m": 10, "od_mg_l": 4.3, "sat_pct": 49}], "temp_c": 11.8}',
          },
          {
            say: 'La boya principal B2 no respondió (timeout Modbus). Leí la boya de respaldo B2-R a las 05:40: **5,1 mg/L** a 5 m (58 % sat.) y **4,3 mg/L** a 10 m (49 % sat.), 11,8 °C. Hay que revisar B2 en terreno.',
          },
        ],
      },
      {
        name: 'operador_alimentacion',
        description: 'Ajusta las raciones en el sistema de alimentación',
        instructions: 'Aplica el ajuste pedido.',
        replies: [
          {
            call: 'ajustar_racion',
            args: {
              centro: '103712',
              jaulas: ['201', '202', '203', '204', '205', '206'],
              factor: 0.5,
              hasta: '2027-05-07T11:00',
            },
            result:
              '{"plan": "AL-CAI-0507-M2", "estado": "APLICADO", "kg_manana_antes": 14200, "kg_manana_ahora": 7100}',
          },
          {
            say: 'Ración de la mañana en 201–206 al 50 %: 14.200 → 7.100 kg (plan AL-CAI-0507-M2), hasta las 11:00.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'agent_error: the sensor tool fails once, the technician retries on the backup buoy and says so',
  }),
  defineScenario({
    id: 'inventario-redes-excluye-centro-en-descanso',
    title:
      'El planificador reparte el inventario de redes a dos de tres centros porque el tercero está en descanso sanitario coordinado; el consolidador lo deja fuera y lo dice',
    domain: 'redes y descanso sanitario de barrios',
    mast: ['FM-1.1', 'FM-3.1'],
    request:
      'Necesitamos el estado de las redes loberas y peceras de nuestros centros del barrio 7 (Isla Chelín 102115, Isla Lin Lin 102590 e Isla Quenac 102677) para programar el cambio de redes de junio. Quenac está en descanso sanitario coordinado hasta el 30-06-2027, sin peces ni redes instaladas.',
    topology: {
      shape: 'fanout',
      planner: 'planificador_redes',
      workers: ['inspector_chelin', 'inspector_linlin'],
      aggregator: 'consolidador_redes',
    },
    agents: [
      {
        name: 'planificador_redes',
        description: 'Planifica las inspecciones de redes',
        instructions: 'Un encargo por inspector; centros sin redes no se inspeccionan.',
        replies: [
          {
            plan: {
              inspector_chelin:
                'Chelín 102115: estado de redes peceras y loberas (último informe ROV, horas de uso, roturas).',
              inspector_linlin:
                'Lin Lin 102590: estado de redes peceras y loberas (último informe ROV, horas de uso, roturas).',
            },
          },
        ],
      },
      {
        name: 'inspector_chelin',
        description: 'Inspecciona redes del centro Chelín',
        instructions: 'Informa el estado de las redes.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'informe_rov_redes',
            args: { centro: '102115' },
            result:
              '{"fecha_rov": "2027-04-28", "redes_peceras": 12, "con_roturas": 1, "detalle": "J05 rotura 30x40 cm a 12 m, reparada 29-04", "meses_uso_promedio": 14, "loberas_ok": true}',
          },
          {
            say: 'Chelín: 12 peceras, 14 meses de uso promedio; J05 tuvo rotura 30×40 cm (reparada 29-04). Loberas OK. ROV 28-04.',
          },
        ],
      },
      {
        name: 'inspector_linlin',
        description: 'Inspecciona redes del centro Lin Lin',
        instructions: 'Informa el estado de las redes.',
        prompt: 'Encargo:\n{input}',
        replies: [
          {
            call: 'informe_rov_redes',
            args: { centro: '102590' },
            result:
              '{"fecha_rov": "2027-05-02", "redes_peceras": 10, "con_roturas": 0, "meses_uso_promedio": 19, "loberas_ok": false, "detalle": "lobera J08 con desgaste en relinga inferior"}',
          },
          {
            say: 'Lin Lin: 10 peceras sin roturas, 19 meses de uso promedio. Lobera J08 con desgaste en relinga inferior. ROV 02-05.',
          },
        ],
      },
      {
        name: 'consolidador_redes',
        description: 'Consolida el estado de redes del barrio',
        instructions: 'Une los informes y prioriza el cambio de junio.',
        replies: [
          {
            say: '## Redes barrio 7 — para el cambio de junio 2027\n\n| centro | peceras | uso prom. | observación |\n|---|---|---|---|\n| Chelín 102115 | 12 | 14 meses | J05 rotura reparada 29-04 |\n| Lin Lin 102590 | 10 | 19 meses | lobera J08 desgastada |\n| Quenac 102677 | — | — | descanso sanitario hasta 30-06, sin redes |\n\n**Prioridad:** Lin Lin (19 meses de uso y lobera J08).',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'lost_message / misunderstood_task: a centre of the request gets no brief, legitimately, since it is fallow with no nets installed',
  }),
  defineScenario({
    id: 'smolt-ingreso-vuelve-con-certificado-a-coordinadora',
    title:
      'La coordinadora de siembra transfiere al agente de transporte de smolt, que pide el certificado sanitario y le devuelve el control con todos los datos para cerrar',
    domain: 'ingreso de smolt a centros de engorda',
    mast: ['FM-1.4', 'FM-2.5'],
    request:
      'Centro Tac (código 104128): ingresan 480.000 smolt desde la piscicultura Río Blanco el lunes 24-05-2027. Coordinen el transporte en wellboat, el certificado sanitario de movimiento y la siembra en las jaulas 1 a 6.',
    topology: {
      shape: 'swarm',
      entry: 'coordinadora_siembra',
      agents: ['coordinadora_siembra', 'agente_transporte_smolt'],
    },
    agents: [
      {
        name: 'coordinadora_siembra',
        description: 'Coordina la siembra de smolt en el centro',
        instructions: 'Transfiere el transporte y cierra la siembra cuando vuelva.',
        replies: [
          {
            handoff: 'agente_transporte_smolt',
            message:
              'Tac 104128: 480.000 smolt desde Río Blanco el 24-05. Consigue wellboat y el certificado sanitario de movimiento, y me devuelves los datos para programar la siembra en jaulas 1–6.',
          },
          {
            say: '## Siembra Tac 104128 — 24-05-2027\n\n- **Transporte:** wellboat Ronja Chiloé, 2 viajes (240.000 smolt c/u), carga 05:00 en Río Blanco.\n- **Certificado:** CSM-27-08812 vigente, PCR ISAv y SRS negativos.\n- **Siembra:** 80.000 smolt por jaula en 1–6, peso promedio 118 g.\n\nListo.',
          },
        ],
      },
      {
        name: 'agente_transporte_smolt',
        description: 'Gestiona el transporte y los certificados de smolt',
        instructions: 'Reserva el transporte, obtén el certificado y devuelve el control.',
        replies: [
          {
            call: 'reservar_transporte_smolt',
            args: { origen: 'Río Blanco', destino: '104128', fecha: '2027-05-24', smolt: 480000 },
            result:
              '{"wellboat": "Ronja Chiloé", "viajes": 2, "smolt_por_viaje": 240000, "carga": "2027-05-24T05:00", "peso_prom_g": 118}',
          },
          {
            call: 'obtener_certificado_movimiento',
            args: { origen: 'Río Blanco', destino: '104128', smolt: 480000 },
            result:
              '{"certificado": "CSM-27-08812", "vigente_hasta": "2027-05-27", "pcr_isav": "NEGATIVO", "pcr_srs": "NEGATIVO"}',
          },
          {
            handoff: 'coordinadora_siembra',
            message:
              'Listo: wellboat Ronja Chiloé, 2 viajes de 240.000 smolt, carga 24-05 05:00, peso prom. 118 g. Certificado CSM-27-08812 (vigente al 27-05), ISAv y SRS negativos. Te devuelvo para la siembra.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'handoff_loop: control goes back to the coordinator, but the hand-back carries the results and the run ends',
  }),
  defineScenario({
    id: 'umbral-alimentacion-temperatura-nueva-tabla-usada',
    title:
      'El agrónomo de nutrición muestra la tabla de ración 2027 que reemplaza a la 2026 citada en la solicitud; el programador de raciones usa la nueva y menciona la antigua solo para comparar',
    domain: 'tablas de alimentación según temperatura',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Centro Puerto Aguirre (código 110233): ajusten la ración diaria de las jaulas 501 a 508 a la temperatura actual del agua (9,2 °C). En el manual del centro la tasa para 9 °C es 0,85 % de la biomasa por día (tabla 2026).',
    topology: {
      shape: 'pipeline',
      order: ['nutricionista', 'programador_raciones', 'jefe_centro_aguirre'],
    },
    agents: [
      {
        name: 'nutricionista',
        description: 'Mantiene las tablas de alimentación',
        instructions: 'Entrega la tasa de alimentación vigente.',
        replies: [
          {
            call: 'tabla_alimentacion',
            args: { centro: '110233', temp_c: 9.2, peso_prom_kg: 2.4 },
            result:
              '{"tabla": "TA-2027-v1", "vigente_desde": "2027-03-01", "tasa_pct_biomasa_dia": 0.78, "tabla_anterior": {"id": "TA-2026", "tasa_pct_biomasa_dia": 0.85, "estado": "REEMPLAZADA"}, "motivo": "nueva dieta Alta Energía 2027"}',
          },
          {
            say: 'Tabla vigente TA-2027-v1 (desde 01-03-2027): a 9,2 °C y 2,4 kg, **0,78 % de biomasa/día**. El 0,85 % del manual es de TA-2026, reemplazada con la dieta Alta Energía 2027.',
          },
        ],
      },
      {
        name: 'programador_raciones',
        description: 'Programa las raciones en el sistema de alimentación',
        instructions: 'Calcula y carga la ración diaria.',
        prompt: 'Tasa de alimentación:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            call: 'cargar_racion_diaria',
            args: { centro: '110233', jaulas: '501-508', biomasa_t: 1152.0, tasa_pct: 0.78, kg_dia: 8986 },
            result: '{"plan": "RD-PAG-27-0507", "estado": "CARGADO", "kg_dia": 8986, "comidas": 4}',
          },
          {
            say: 'Ración cargada (RD-PAG-27-0507): 1.152 t × 0,78 % = **8.986 kg/día** en 4 comidas, jaulas 501–508. Con la tabla 2026 (0,85 %) habrían sido 9.792 kg/día; se usó TA-2027-v1.',
          },
        ],
      },
      {
        name: 'jefe_centro_aguirre',
        description: 'Jefe del centro Puerto Aguirre',
        instructions: 'Resume para el equipo del centro.',
        prompt: 'Ración programada:\n{input}',
        replies: [
          {
            say: '### Ración desde hoy — jaulas 501–508\n\n- Tasa: 0,78 % biomasa/día (tabla TA-2027-v1, 9,2 °C)\n- Total: 8.986 kg/día en 4 comidas (plan RD-PAG-27-0507)\n\nLa tasa de 0,85 % del manual ya no aplica.',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'stale_context: the superseded 0.85 % rate is quoted in the request and the answer, but the new 0.78 % is used',
  }),
  defineScenario({
    id: 'auditoria-acs-codigos-centros-y-folios',
    title:
      'La gerencia pide la revisión de la auditoría de barrio con otras palabras; los equipos de salud y de medio ambiente responden con tablas llenas de códigos, folios y conteos, todos coherentes',
    domain: 'auditorías de agrupaciones de concesiones',
    mast: ['FM-1.2', 'FM-2.4'],
    request:
      'Viene la auditoría de SERNAPESCA al barrio 17A el 02-06-2027. Revisen que estén al día las declaraciones de cáligus de las semanas 15 a 20 y los INFA vigentes de nuestros centros 110412, 110415 y 110419.',
    topology: {
      shape: 'nested',
      top: 'gerente_cumplimiento',
      teams: {
        jefa_salud: ['analista_declaraciones'],
        jefe_ambiental: ['analista_infa'],
      },
    },
    agents: [
      {
        name: 'gerente_cumplimiento',
        description: 'Gerente de cumplimiento normativo',
        instructions: 'Reparte la revisión y resume.',
        replies: [
          {
            handoff: 'jefa_salud',
            message:
              'Auditoría 17A del 02-06: confirmar que 110412, 110415 y 110419 tienen declaradas todas las semanas 15–20 de cáligus, con folio.',
          },
          {
            handoff: 'jefe_ambiental',
            message: 'Auditoría 17A: INFA vigentes de 110412, 110415 y 110419, con resultado y fecha.',
          },
          {
            say: '## Preparación auditoría barrio 17A (02-06-2027)\n\n**Cáligus sem. 15–20:** 18/18 declaraciones con folio (DCS-2027-15-07712 … DCS-2027-20-09954).\n\n**INFA:**\n| centro | INFA | fecha | resultado |\n|---|---|---|---|\n| 110412 | INFA-11-2026-0388 | 14-11-2026 | aeróbico |\n| 110415 | INFA-11-2026-0391 | 15-11-2026 | aeróbico |\n| 110419 | INFA-11-2027-0045 | 20-02-2027 | aeróbico |\n\nSin brechas.',
          },
        ],
      },
      {
        name: 'jefa_salud',
        description: 'Jefa de salud de peces',
        instructions: 'Delega y resume.',
        replies: [
          {
            handoff: 'analista_declaraciones',
            message:
              'Folios de declaración de cáligus sem. 15–20/2027 para 110412, 110415, 110419. ¿Falta alguna?',
          },
          {
            say: 'Declaraciones sem. 15–20: 18 de 18 con folio, desde DCS-2027-15-07712 hasta DCS-2027-20-09954. Ninguna pendiente.',
          },
        ],
      },
      {
        name: 'analista_declaraciones',
        description: 'Revisa declaraciones en el sistema de SERNAPESCA',
        instructions: 'Lista los folios.',
        replies: [
          {
            call: 'listar_folios_caligus',
            args: { centros: ['110412', '110415', '110419'], semanas: '15-20', anio: 2027 },
            result:
              '{"esperadas": 18, "recibidas": 18, "folios": {"110412": ["DCS-2027-15-07712", "DCS-2027-16-08034", "DCS-2027-17-08390", "DCS-2027-18-08801", "DCS-2027-19-09245", "DCS-2027-20-09941"], "110415": ["DCS-2027-15-07715", "DCS-2027-16-08037", "DCS-2027-17-08392", "DCS-2027-18-08806", "DCS-2027-19-09251", "DCS-2027-20-09948"], "110419": ["DCS-2027-15-07719", "DCS-2027-16-08040", "DCS-2027-17-08399", "DCS-2027-18-08811", "DCS-2027-19-09260", "DCS-2027-20-09954"]}}',
          },
          {
            say: '18/18 recibidas.\n| centro | sem 15 | sem 16 | sem 17 | sem 18 | sem 19 | sem 20 |\n|---|---|---|---|---|---|---|\n| 110412 | 07712 | 08034 | 08390 | 08801 | 09245 | 09941 |\n| 110415 | 07715 | 08037 | 08392 | 08806 | 09251 | 09948 |\n| 110419 | 07719 | 08040 | 08399 | 08811 | 09260 | 09954 |\n(folios DCS-2027-SS-NNNNN)',
          },
        ],
      },
      {
        name: 'jefe_ambiental',
        description: 'Jefe de medio ambiente',
        instructions: 'Delega y resume.',
        replies: [
          {
            handoff: 'analista_infa',
            message: 'INFA vigente de 110412, 110415 y 110419: número, fecha, condición.',
          },
          {
            say: 'INFA: 110412 INFA-11-2026-0388 (14-11-2026), 110415 INFA-11-2026-0391 (15-11-2026), 110419 INFA-11-2027-0045 (20-02-2027). Los tres aeróbicos.',
          },
        ],
      },
      {
        name: 'analista_infa',
        description: 'Consulta informes ambientales',
        instructions: 'Entrega los INFA vigentes.',
        replies: [
          {
            call: 'consultar_infa',
            args: { centros: ['110412', '110415', '110419'] },
            result:
              '[{"centro": "110412", "infa": "INFA-11-2026-0388", "fecha": "2026-11-14", "condicion": "AEROBICA", "o2_fondo_mg_l": 3.9}, {"centro": "110415", "infa": "INFA-11-2026-0391", "fecha": "2026-11-15", "condicion": "AEROBICA", "o2_fondo_mg_l": 4.2}, {"centro": "110419", "infa": "INFA-11-2027-0045", "fecha": "2027-02-20", "condicion": "AEROBICA", "o2_fondo_mg_l": 3.6}]',
          },
          {
            say: '| centro | INFA | fecha | condición | O2 fondo |\n|---|---|---|---|---|\n| 110412 | INFA-11-2026-0388 | 14-11-2026 | aeróbica | 3,9 mg/L |\n| 110415 | INFA-11-2026-0391 | 15-11-2026 | aeróbica | 4,2 mg/L |\n| 110419 | INFA-11-2027-0045 | 20-02-2027 | aeróbica | 3,6 mg/L |',
          },
        ],
      },
    ],
    expected: null,
    nearMissOf:
      'misunderstood_task / low_quality_output: briefs paraphrase the request and answers are dense with codes, folios and counts, all consistent',
  }),
];

export const blindBatch165Scenarios = [...faults, ...healthy];
