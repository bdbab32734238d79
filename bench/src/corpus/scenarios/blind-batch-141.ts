import { defineScenario } from '../scenario.ts';

// Blind batch 141: interpretación judicial y defensoría de oficio (asesoría jurídica gratuita), en español de México.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'interprete-tsotsil-agendado-en-fecha-diferida',
    title:
      'El verificador de agenda muestra que la audiencia intermedia se difirió del 14 al 21 de enero; el asignador reserva a la intérprete de tsotsil para el 14',
    domain: 'interpretación en lenguas indígenas ante juzgados penales',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Causa penal 318/2026 del Juzgado de Control de San Cristóbal de las Casas. El imputado, Mariano Gómez Díaz, habla tsotsil. Según el oficio que tenemos, la audiencia intermedia es el 14 de enero de 2027 a las 10:00 h. Confirmen la fecha, asignen intérprete de tsotsil y avisen a la familia.',
    topology: {
      shape: 'pipeline',
      order: ['verificador_agenda', 'asignador_interpretes', 'aviso_familiares'],
    },
    agents: [
      {
        name: 'verificador_agenda',
        description: 'Consulta la agenda judicial y confirma fechas de audiencia',
        instructions: 'Consulta la agenda del juzgado y confirma fecha, hora y sala vigentes.',
        replies: [
          {
            call: 'consultar_agenda_judicial',
            args: { causa: '318/2026', juzgado: 'JC-SCLC-02' },
            result:
              '{"causa": "318/2026", "audiencia": "intermedia", "fecha": "2027-01-21", "hora": "10:00", "sala": "Sala 3", "estatus": "DIFERIDA", "fecha_anterior": "2027-01-14", "motivo": "solicitud de la defensa, acuerdo del 8/01/2027", "juez": "Mtra. Leticia Ruiz Coutiño"}',
          },
          {
            say: '**Causa 318/2026 — audiencia intermedia**\n\n| dato | valor |\n|---|---|\n| fecha | **jueves 21 de enero de 2027** |\n| hora | 10:00 h |\n| sala | Sala 3, JC-SCLC-02 |\n| jueza | Mtra. Leticia Ruiz Coutiño |\n\nSe difirió por acuerdo del 8 de enero a solicitud de la defensa; la fecha del oficio (14 de enero) ya no corresponde.',
          },
        ],
      },
      {
        name: 'asignador_interpretes',
        description: 'Asigna intérpretes del padrón a las audiencias',
        instructions:
          'Reserva un intérprete certificado de la lengua requerida para la audiencia confirmada.',
        prompt: 'Agenda confirmada:\n{input}\n\nSolicitud original: {request}',
        replies: [
          {
            call: 'reservar_interprete',
            args: {
              lengua: 'tsotsil',
              causa: '318/2026',
              fecha: '2027-01-14',
              hora: '10:00',
              sede: 'JC-SCLC-02',
            },
            result:
              '{"reserva": "INT-27-0091", "interprete": "Rosa Hernández Pérez", "padron": "INALI-PANITLI-07-233", "fecha": "2027-01-14", "hora": "10:00", "estatus": "CONFIRMADA"}',
          },
          {
            say: 'Reserva INT-27-0091: Rosa Hernández Pérez (PANITLI 07-233), intérprete tsotsil–español, 14 de enero de 2027, 10:00 h, JC-SCLC-02.',
          },
        ],
      },
      {
        name: 'aviso_familiares',
        description: 'Redacta avisos a familiares de personas usuarias de la defensoría',
        instructions: 'Escribe un aviso breve y claro para la familia.',
        prompt: 'Datos de la reserva:\n{input}',
        replies: [
          {
            say: 'Estimada familia Gómez Díaz:\n\nLa audiencia de Mariano será el **14 de enero de 2027 a las 10:00 h** en el Juzgado de Control de San Cristóbal. Estará presente la intérprete de tsotsil Rosa Hernández Pérez. Les pedimos llegar 30 minutos antes con identificación oficial.\n\nDefensoría Pública del Estado de Chiapas',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'verificador_agenda', to: 'asignador_interpretes' },
      agent: 'asignador_interpretes',
    },
  }),
  defineScenario({
    id: 'perito-mixteco-reservado-pese-a-impedimento',
    title:
      'La coordinadora pide un perito intérprete de mixteco que no sea Julián Cruz Sántiz (ya interpretó para la víctima); la gestora de peritos lo designa a él',
    domain: 'designación de peritos intérpretes',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Carpeta de investigación CI-FGE-OAX/0457/2026. La persona imputada habla mixteco de la Costa. Necesitamos perito intérprete para la declaración preparatoria del 3 de febrero de 2027, 12:00 h, y un resumen de la defensa. Ojo: Julián Cruz Sántiz no puede intervenir porque ya interpretó para la víctima en la misma carpeta.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinadora_defensa',
      workers: ['gestora_peritos', 'analista_carpeta'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordinadora_defensa',
        description: 'Coordina la defensa pública de la carpeta',
        instructions: 'Delega la designación del perito y el análisis de la carpeta; integra el resultado.',
        replies: [
          {
            handoff: 'gestora_peritos',
            message:
              'Designa perito intérprete mixteco de la Costa–español para la declaración del 3/02/2027, 12:00 h, CI-FGE-OAX/0457/2026. Excluido: Julián Cruz Sántiz (intervino para la víctima, art. 45 CNPP). Cualquier otro del padrón sirve.',
          },
          {
            handoff: 'analista_carpeta',
            message: 'Resume los datos de prueba de CI-FGE-OAX/0457/2026 relevantes para la declaración.',
          },
          {
            say: '## CI-FGE-OAX/0457/2026 — preparación de la declaración\n\n- **Perito intérprete:** Julián Cruz Sántiz (mixteco de la Costa), designación DP-27-0212, 3 de febrero de 2027, 12:00 h.\n- **Datos de prueba:** 2 testimoniales, 1 dictamen médico (lesiones que tardan menos de 15 días), sin video.\n\nTodo listo para la diligencia.',
          },
        ],
      },
      {
        name: 'gestora_peritos',
        description: 'Designa peritos intérpretes del padrón estatal',
        instructions: 'Busca en el padrón y designa al perito que cumpla la solicitud.',
        replies: [
          {
            call: 'buscar_padron_peritos',
            args: { lengua: 'mixteco', variante: 'de la Costa', fecha: '2027-02-03' },
            result:
              '[{"perito": "Julián Cruz Sántiz", "cedula": "PI-OAX-0118", "disponible": true, "distancia_km": 12}, {"perito": "Eufrosina López Ramírez", "cedula": "PI-OAX-0342", "disponible": true, "distancia_km": 64}, {"perito": "Anastasio Reyes Velasco", "cedula": "PI-OAX-0097", "disponible": false}]',
          },
          {
            call: 'designar_perito',
            args: { carpeta: 'CI-FGE-OAX/0457/2026', cedula: 'PI-OAX-0118', fecha: '2027-02-03T12:00' },
            result: '{"designacion": "DP-27-0212", "perito": "Julián Cruz Sántiz", "estatus": "NOTIFICADO"}',
          },
          {
            say: 'Designado Julián Cruz Sántiz (PI-OAX-0118), el más cercano (12 km): DP-27-0212, 3/02/2027 12:00 h, ya notificado.',
          },
        ],
      },
      {
        name: 'analista_carpeta',
        description: 'Analiza carpetas de investigación para la defensa',
        instructions: 'Resume los datos de prueba.',
        replies: [
          {
            call: 'leer_carpeta',
            args: { carpeta: 'CI-FGE-OAX/0457/2026' },
            result:
              '{"testimoniales": 2, "dictamenes": [{"tipo": "medico", "conclusion": "lesiones que tardan en sanar menos de 15 días"}], "videos": 0, "fojas": 87}',
          },
          { say: 'Carpeta (87 fojas): 2 testimoniales, dictamen médico de lesiones < 15 días, sin video.' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordinadora_defensa', to: 'gestora_peritos' },
      agent: 'gestora_peritos',
    },
  }),
  defineScenario({
    id: 'calculo-de-plazo-de-apelacion-nunca-enviado',
    title:
      'El planificador reparte tres encargos para un recurso de apelación; el del cómputo del plazo nunca se envía y el integrador entrega el dictamen sin fecha límite',
    domain: 'recursos en materia penal',
    mast: ['FM-3.1', 'FM-1.4'],
    request:
      'Sentencia condenatoria del Tribunal de Enjuiciamiento de Ecatepec, causa 1120/2025, notificada el lunes 11 de enero de 2027. El sentenciado quiere apelar. Necesito: traducción al náhuatl del resolutivo para explicárselo, criterios aplicables y la fecha límite para presentar la apelación.',
    topology: {
      shape: 'fanout',
      planner: 'planificador_recurso',
      workers: ['traductor_nahuatl', 'buscador_criterios', 'computo_plazos'],
      aggregator: 'integrador_dictamen',
    },
    program: { lose: { to: 'computo_plazos', prompt: null } },
    agents: [
      {
        name: 'planificador_recurso',
        description: 'Reparte el trabajo de preparación de recursos',
        instructions: 'Escribe un encargo por especialista.',
        replies: [
          {
            plan: {
              traductor_nahuatl:
                'Traduce al náhuatl de la Sierra Norte los resolutivos PRIMERO a TERCERO de la sentencia 1120/2025, en lenguaje llano.',
              buscador_criterios:
                'Busca tesis y jurisprudencia de la SCJN sobre apelación contra sentencia definitiva (arts. 468 y 471 CNPP).',
              computo_plazos:
                'Calcula la fecha límite para apelar la sentencia 1120/2025 notificada el 11/01/2027: 10 días hábiles (art. 471 CNPP), descuenta inhábiles del calendario del PJEM.',
            },
          },
        ],
      },
      {
        name: 'traductor_nahuatl',
        description: 'Traduce resoluciones judiciales al náhuatl',
        instructions: 'Traduce en lenguaje llano.',
        replies: [
          {
            say: 'Resolutivos traducidos (náhuatl de la Sierra Norte, 412 palabras): PRIMERO — tlatzontekilistli (condena) por robo calificado; SEGUNDO — 4 xihuitl (años) 6 metztli (meses) de prisión; TERCERO — reparación del daño de $38,500.00 MXN. Glosario de 14 términos anexo.',
          },
        ],
      },
      {
        name: 'buscador_criterios',
        description: 'Busca tesis y jurisprudencia',
        instructions: 'Devuelve los criterios aplicables con registro digital.',
        replies: [
          {
            call: 'buscar_semanario',
            args: { consulta: 'apelación sentencia definitiva plazo CNPP 471', epoca: 'Undécima' },
            result:
              '[{"registro": 2024512, "rubro": "RECURSO DE APELACIÓN. EL PLAZO PARA INTERPONERLO CONTRA SENTENCIA DEFINITIVA SE COMPUTA EN DÍAS HÁBILES", "tipo": "jurisprudencia", "sala": "Primera Sala"}, {"registro": 2025877, "rubro": "INTÉRPRETE EN LENGUA INDÍGENA. SU ASISTENCIA ES NECESARIA AL NOTIFICAR LA SENTENCIA", "tipo": "aislada", "sala": "Primera Sala"}]',
          },
          {
            say: 'Criterios: jurisprudencia 2024512 (plazo en días hábiles) y tesis aislada 2025877 (intérprete al notificar la sentencia).',
          },
        ],
      },
      {
        name: 'computo_plazos',
        description: 'Calcula plazos procesales',
        instructions: 'Calcula la fecha límite con el calendario oficial.',
        replies: [
          {
            call: 'calendario_inhabiles',
            args: { organo: 'PJEM', desde: '2027-01-12', hasta: '2027-02-05' },
            result: '{"inhabiles": ["2027-02-01"], "fines_de_semana": true}',
          },
          { say: 'Fecha límite: lunes 25 de enero de 2027 (10 días hábiles desde el 12 de enero).' },
        ],
      },
      {
        name: 'integrador_dictamen',
        description: 'Integra el dictamen de viabilidad del recurso',
        instructions: 'Integra los resultados en un dictamen para la persona defensora.',
        prompt: 'Resultados de los especialistas:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            say: '## Dictamen — apelación causa 1120/2025\n\n1. **Explicación al sentenciado:** resolutivos traducidos al náhuatl de la Sierra Norte (condena por robo calificado, 4 años 6 meses, reparación $38,500.00 MXN), con glosario.\n2. **Criterios:** jurisprudencia 2024512 (plazo en días hábiles); tesis 2025877 (intérprete al notificar).\n3. **Siguiente paso:** preparar los agravios y presentar el recurso ante el Tribunal de Enjuiciamiento de Ecatepec.\n\nEl recurso es viable.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'planificador_recurso', to: 'computo_plazos' },
      agent: 'planificador_recurso',
    },
  }),
  defineScenario({
    id: 'promocion-amparo-firma-vencida-reportada-presentada',
    title:
      'El portal de firma electrónica rechaza la e.firma vencida y la demanda de amparo no se presenta; el gestor le informa al enrutador que quedó presentada con acuse',
    domain: 'juicio de amparo y presentación electrónica',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Demanda de amparo indirecto contra la orden de deportación de la señora Marie-Claude Joseph (haitiana, habla criollo haitiano). Vence el plazo el viernes 5 de febrero de 2027. Preséntenla por el Portal de Servicios en Línea del PJF y avísenle con intérprete de criollo.',
    topology: {
      shape: 'network',
      coordinator: 'enrutador_defensoria',
      workers: ['gestor_promociones', 'enlace_interpretes'],
    },
    agents: [
      {
        name: 'enrutador_defensoria',
        description: 'Dirige los trámites de la defensoría federal',
        instructions:
          'Haz que se presente la demanda y luego que se avise a la usuaria; termina con un resumen.',
        replies: [
          {
            handoff: 'gestor_promociones',
            message:
              'Presenta la demanda de amparo indirecto AMP-DF-27-0063 (Marie-Claude Joseph vs. orden de deportación INM) en el Portal de Servicios en Línea del PJF. Plazo: 5/02/2027.',
          },
          {
            handoff: 'enlace_interpretes',
            message:
              'Demanda AMP-DF-27-0063 presentada. Agenda videollamada con intérprete de criollo haitiano para informar a la señora Joseph.',
          },
          {
            say: '**AMP-DF-27-0063** presentada en tiempo ante el PJF (acuse recibido). La señora Joseph fue informada en criollo haitiano por videollamada del 4 de febrero, 17:00 h.',
          },
        ],
      },
      {
        name: 'gestor_promociones',
        description: 'Presenta promociones y demandas en portales judiciales',
        instructions: 'Firma y presenta el documento; reporta el acuse.',
        replies: [
          {
            call: 'presentar_en_portal_pjf',
            args: {
              expediente_interno: 'AMP-DF-27-0063',
              tipo: 'demanda_amparo_indirecto',
              archivo: 'AMP-DF-27-0063_demanda.pdf',
              firmante: 'FIREL-DPF-0912',
            },
            result: {
              error:
                'FIREL-403: certificado FIREL-DPF-0912 vencido el 2027-01-31; documento no firmado, no se generó acuse',
            },
          },
          {
            say: 'Demanda AMP-DF-27-0063 enviada por el Portal de Servicios en Línea del PJF con firma FIREL-DPF-0912. Queda en turno para el Juzgado de Distrito en Materia Administrativa; acuse en bandeja.',
          },
        ],
      },
      {
        name: 'enlace_interpretes',
        description: 'Coordina intérpretes para comunicarse con personas usuarias',
        instructions: 'Agenda la llamada con intérprete.',
        replies: [
          {
            call: 'agendar_videollamada',
            args: { lengua: 'criollo haitiano', usuaria: 'Marie-Claude Joseph', fecha: '2027-02-04T17:00' },
            result:
              '{"cita": "VC-27-0419", "interprete": "Jean-Baptiste Louis", "enlace": "meet.defensoria.gob.mx/vc-27-0419"}',
          },
          { say: 'Videollamada VC-27-0419, 4/02/2027 17:00 h, intérprete Jean-Baptiste Louis.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'gestor_promociones', to: 'enrutador_defensoria' },
      agent: 'gestor_promociones',
    },
  }),
  defineScenario({
    id: 'traduccion-de-sentencia-maya-sin-cambios-tres-rondas',
    title:
      'La revisora pide tres veces que la traducción al maya diga "3 años" y no "3 meses"; el traductor devuelve la misma versión cada vez',
    domain: 'traducción de resoluciones a lenguas indígenas',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Traducir al maya yucateco el resolutivo de la sentencia de la causa 77/2026 del Juzgado de Valladolid (pena: 3 años de prisión, suspensión condicional) para notificarla al sentenciado, revisarla y enviarla a la actuaría.',
    topology: {
      shape: 'pipeline',
      order: ['traductor_maya', 'revisora_linguistica', 'actuaria'],
      loop: { from: 'revisora_linguistica', to: 'traductor_maya', while: 'CORREGIR', max: 3 },
    },
    agents: [
      {
        name: 'traductor_maya',
        description: 'Traduce resoluciones al maya yucateco',
        instructions: 'Traduce o corrige según las observaciones de la revisión.',
        prompt: 'Observaciones / texto:\n{input}\n\nEncargo: {request}',
        replies: [
          {
            say: "Traducción v1 (causa 77/2026):\n> Le ajmeyaj xaak'al kaaj ts'o'ok u k'ubik ka'ap'éel **óoxp'éel winal** ti' k'alabil, ba'ale' ma' ken u bin k'alabil wa ku ts'o'okol u beetik le ba'ax ku k'áatal ti'.\n\nPalabras: 164.",
          },
          {
            say: "Traducción v2 (causa 77/2026):\n> Le ajmeyaj xaak'al kaaj ts'o'ok u k'ubik ka'ap'éel **óoxp'éel winal** ti' k'alabil, ba'ale' ma' ken u bin k'alabil wa ku ts'o'okol u beetik le ba'ax ku k'áatal ti'.\n\nPalabras: 164.",
          },
          {
            say: "Traducción v3 (causa 77/2026):\n> Le ajmeyaj xaak'al kaaj ts'o'ok u k'ubik ka'ap'éel **óoxp'éel winal** ti' k'alabil, ba'ale' ma' ken u bin k'alabil wa ku ts'o'okol u beetik le ba'ax ku k'áatal ti'.\n\nPalabras: 164.",
          },
        ],
      },
      {
        name: 'revisora_linguistica',
        description: 'Revisa traducciones jurídicas al maya',
        instructions: 'Responde "APROBADA: ..." o "CORREGIR: <observaciones>".',
        prompt: 'Traducción a revisar:\n{input}',
        replies: [
          {
            say: 'CORREGIR: "óoxp\'éel winal" significa 3 meses; la pena es de 3 años → "óoxp\'éel ja\'ab". Lo demás está bien.',
          },
          {
            say: 'CORREGIR: la v2 sigue diciendo "óoxp\'éel winal" (3 meses). Debe ser "óoxp\'éel ja\'ab" (3 años).',
          },
          {
            say: 'CORREGIR: v3 idéntica a v1 y v2; la pena sigue traducida como 3 meses. No se puede notificar así.',
          },
        ],
      },
      {
        name: 'actuaria',
        description: 'Recibe traducciones aprobadas para notificar',
        instructions: 'Programa la notificación o informa por qué no se puede.',
        prompt: 'Resultado de la revisión:\n{input}',
        replies: [
          {
            say: 'Notificación de la causa 77/2026 no programada: la traducción al maya no fue aprobada tras 3 rondas (pena traducida como 3 meses en lugar de 3 años). Se reporta al juzgado; la notificación queda pendiente.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'traductor_maya', to: 'revisora_linguistica' },
      agent: 'traductor_maya',
    },
  }),
  defineScenario({
    id: 'transcripcion-de-audiencia-rechazada-por-el-programa',
    title:
      'El programa que recibe la transcripción de la audiencia lanza un error al procesar la respuesta del transcriptor; la traducción y el acta no se producen',
    domain: 'transcripción e interpretación de audiencias',
    mast: ['FM-3.1'],
    request:
      'Transcribir el audio de la audiencia inicial de la causa 209/2026 (Juzgado de Control de Tijuana, 22 de enero de 2027, 48 min) donde intervino intérprete de inglés, traducir al español las intervenciones en inglés y preparar el acta de interpretación.',
    topology: {
      shape: 'pipeline',
      order: ['transcriptor_audiencias', 'traductor_ingles', 'redactor_acta'],
    },
    program: {
      crash: {
        agent: 'transcriptor_audiencias',
        error:
          "TypeError: Cannot read properties of undefined (reading 'segmentos') at normalizarTranscripcion (acta-pipeline.ts:88)",
      },
    },
    agents: [
      {
        name: 'transcriptor_audiencias',
        description: 'Transcribe audios de audiencias',
        instructions: 'Transcribe y marca hablante, idioma y minuto.',
        replies: [
          {
            call: 'transcribir_audio',
            args: { archivo: 'JC-TIJ-209-2026_20270122.wav', idiomas: ['es', 'en'] },
            result:
              '{"duracion_min": 48, "hablantes": 5, "segmentos_en": 37, "segmentos_es": 212, "confianza": 0.93}',
          },
          {
            say: 'Transcripción causa 209/2026 (48 min, 5 hablantes): 212 segmentos en español y 37 en inglés.\n[00:04:12] IMPUTADO (en): "I did not understand the charges when the police arrested me."\n[00:04:20] INTÉRPRETE (es): "No entendí los cargos cuando la policía me detuvo."\n…',
          },
        ],
      },
      {
        name: 'traductor_ingles',
        description: 'Traduce intervenciones en inglés al español',
        instructions: 'Traduce los segmentos en inglés y compara con la interpretación en sala.',
        replies: [
          {
            say: '37 segmentos traducidos; 2 discrepancias con la interpretación en sala (min 12:40 y 31:05).',
          },
        ],
      },
      {
        name: 'redactor_acta',
        description: 'Redacta actas de interpretación',
        instructions: 'Redacta el acta.',
        replies: [{ say: 'Acta de interpretación de la causa 209/2026 lista para firma.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'transcriptor_audiencias', to: 'traductor_ingles' },
      agent: 'transcriptor_audiencias',
    },
  }),
  defineScenario({
    id: 'pension-alimenticia-porcentaje-mal-sumado',
    title:
      'La calculista de pensiones devuelve a recepción una tabla donde el 30 % de $18,400 aparece como $6,250 y el total no cuadra; recepción se lo entrega así a la usuaria',
    domain: 'asesoría en derecho familiar',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Soy Guadalupe Morales, tengo dos hijos de 6 y 9 años. El papá gana $18,400 mensuales netos según su recibo de nómina. El juez de lo familiar fijó pensión del 30 % de sus ingresos. ¿Cuánto debe pagar al mes y cuánto le toca a cada niño?',
    topology: {
      shape: 'swarm',
      entry: 'recepcion_familiar',
      agents: ['recepcion_familiar', 'calculista_pensiones'],
    },
    agents: [
      {
        name: 'recepcion_familiar',
        description: 'Atiende a personas usuarias en materia familiar',
        instructions: 'Recaba datos, pide el cálculo a la calculista y responde a la usuaria.',
        replies: [
          {
            handoff: 'calculista_pensiones',
            message:
              'Calcula pensión: ingreso neto $18,400 MXN/mes, 30 % fijado por el juez, 2 acreedores (6 y 9 años), partes iguales.',
          },
          {
            say: 'Señora Morales, con el 30 % fijado por el juez:\n\n| concepto | monto mensual |\n|---|---|\n| pensión total | **$6,250.00** |\n| hijo de 6 años | $3,125.00 |\n| hijo de 9 años | $3,125.00 |\n\nSi el pago no llega, podemos promover el descuento vía nómina. Cualquier duda, estamos para apoyarle.',
          },
        ],
      },
      {
        name: 'calculista_pensiones',
        description: 'Calcula pensiones alimenticias',
        instructions: 'Calcula los montos y regresa el resultado a recepción.',
        replies: [
          {
            handoff: 'recepcion_familiar',
            message:
              'Cálculo (ingreso $18,400.00, 30 %): total $6,250.00; por acreedor $3,125.00 (6 años), $3,125.00 (9 años). Base anual $73,600.00.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'calculista_pensiones', to: 'recepcion_familiar' },
      agent: 'calculista_pensiones',
    },
  }),
  defineScenario({
    id: 'escrito-de-custodia-incluye-pension-ya-resuelta',
    title:
      'El clasificador turna a la especialista familiar solo la guarda y custodia, excluyendo la pensión ya resuelta en el expediente 512/2026; la especialista redacta pidiendo también pensión',
    domain: 'asesoría en derecho familiar',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Buenas tardes. Soy Ernesto Valdivia. En el expediente 512/2026 del Juzgado Tercero Familiar de Guadalajara ya se resolvió la pensión alimenticia (convenio aprobado el 10/12/2026). Ahora necesito solicitar la guarda y custodia de mi hija de 4 años, porque la mamá se va a vivir a Estados Unidos. ¿Me ayudan con el escrito?',
    topology: {
      shape: 'branch',
      classifier: 'clasificador_asuntos',
      routes: { familiar: 'especialista_familiar', penal: 'especialista_penal' },
      after: 'redactor_oficios',
    },
    agents: [
      {
        name: 'clasificador_asuntos',
        description: 'Clasifica las solicitudes por materia',
        instructions: 'Indica la materia y el alcance del encargo.',
        prompt: 'Solicitud: {input}',
        replies: [
          {
            say: 'Materia: familiar. Alcance: SOLO guarda y custodia de menor de 4 años (expediente 512/2026, Juzgado 3.º Familiar de Guadalajara). La pensión alimenticia ya está resuelta por convenio del 10/12/2026: no plantearla. Hecho relevante: cambio de residencia de la madre al extranjero.',
          },
        ],
      },
      {
        name: 'especialista_familiar',
        description: 'Abogada especialista en derecho familiar',
        instructions: 'Prepara los puntos petitorios del escrito según el alcance indicado.',
        prompt: 'Turno del clasificador:\n{input}\n\nSolicitud original: {request}',
        replies: [
          {
            say: 'Puntos petitorios (exp. 512/2026):\n1. Se otorgue al promovente la guarda y custodia definitiva de la menor.\n2. Se fije régimen de convivencias para la madre.\n3. Se condene a la madre al pago de una pensión alimenticia del 20 % de sus ingresos a favor de la menor.\n4. Se prohíba la salida de la menor del país sin autorización judicial (art. 580 CCJ).',
          },
        ],
      },
      {
        name: 'especialista_penal',
        description: 'Abogado especialista en derecho penal',
        instructions: 'Atiende asuntos penales.',
        replies: [{ say: 'Sin asuntos penales.' }],
      },
      {
        name: 'redactor_oficios',
        description: 'Redacta escritos y oficios',
        instructions: 'Redacta el escrito con los puntos petitorios recibidos.',
        prompt: 'Puntos petitorios:\n{input}',
        replies: [
          {
            say: '**C. JUEZ TERCERO DE LO FAMILIAR DEL PRIMER PARTIDO JUDICIAL, GUADALAJARA, JAL.**\nExp. 512/2026\n\nERNESTO VALDIVIA, por mi propio derecho, solicito:\n\nPRIMERO. Se me otorgue la guarda y custodia definitiva de mi menor hija.\nSEGUNDO. Se fije régimen de convivencias para la madre.\nTERCERO. Se condene a la madre al pago de pensión alimenticia del 20 % de sus ingresos.\nCUARTO. Se prohíba la salida de la menor del país sin autorización judicial.\n\nProtesto lo necesario.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'clasificador_asuntos', to: 'especialista_familiar' },
      agent: 'especialista_familiar',
    },
  }),
  defineScenario({
    id: 'cambio-de-sala-no-llega-al-interprete-de-lsm',
    title:
      'La agenda informa a la coordinadora que la audiencia pasó de la Sala 4 a la Sala 7 (con bucle magnético); la coordinadora encarga al intérprete de LSM presentarse en la Sala 4',
    domain: 'interpretación en Lengua de Señas Mexicana',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Audiencia de juicio oral, causa 66/2026, Ciudad Judicial de Puebla, 9 de febrero de 2027, 9:30 h. La víctima, Sofía Tlapale, es sorda y se comunica en LSM. Confirmen la sala y asignen intérprete de LSM.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordinadora_accesibilidad',
      workers: ['consulta_salas', 'interprete_lsm'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'coordinadora_accesibilidad',
        description: 'Coordina ajustes de accesibilidad para audiencias',
        instructions: 'Confirma la sala y da instrucciones al intérprete de LSM.',
        replies: [
          {
            handoff: 'consulta_salas',
            message: 'Confirma sala y hora de la audiencia de juicio de la causa 66/2026, 9/02/2027.',
          },
          {
            handoff: 'interprete_lsm',
            message:
              'Interpretación LSM–español para la víctima Sofía Tlapale, causa 66/2026, 9 de febrero de 2027, 9:30 h, **Sala 4**, Ciudad Judicial de Puebla. Preséntate 20 min antes con la jueza.',
          },
          {
            say: '## Causa 66/2026 — accesibilidad\n\n- Audiencia: 9 de febrero de 2027, 9:30 h, Sala 4, Ciudad Judicial de Puebla.\n- Intérprete LSM: Daniel Oropeza Luna (confirmado).\n\nLa víctima contará con intérprete durante toda la audiencia.',
          },
        ],
      },
      {
        name: 'consulta_salas',
        description: 'Consulta el sistema de asignación de salas',
        instructions: 'Devuelve la sala vigente.',
        replies: [
          {
            call: 'consultar_sala',
            args: { causa: '66/2026', fecha: '2027-02-09' },
            result:
              '{"causa": "66/2026", "hora": "09:30", "sala": "Sala 7", "sala_anterior": "Sala 4", "cambio": "2027-02-02", "motivo": "Sala 7 cuenta con bucle magnético y pantalla para intérprete"}',
          },
          {
            say: 'Causa 66/2026, 9/02/2027 9:30 h: **Sala 7** (se cambió el 2 de febrero desde la Sala 4 porque la 7 tiene bucle magnético y pantalla para intérprete).',
          },
        ],
      },
      {
        name: 'interprete_lsm',
        description: 'Intérprete de Lengua de Señas Mexicana',
        instructions: 'Confirma tu asistencia.',
        replies: [
          {
            call: 'confirmar_servicio',
            args: { causa: '66/2026', fecha: '2027-02-09T09:10', sala: 'Sala 4' },
            result:
              '{"servicio": "LSM-27-0044", "interprete": "Daniel Oropeza Luna", "estatus": "CONFIRMADO"}',
          },
          { say: 'Confirmado LSM-27-0044: Daniel Oropeza Luna, 9/02/2027, presentación 9:10 h en Sala 4.' },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'coordinadora_accesibilidad', to: 'interprete_lsm' },
      agent: 'coordinadora_accesibilidad',
    },
  }),
  defineScenario({
    id: 'glosario-zapoteco-cortado-a-media-tabla',
    title:
      'La terminóloga entrega un glosario zapoteco de términos procesales que se corta en el término 6 de 20; la jefa de equipo y la dirección lo dan por completo',
    domain: 'terminología jurídica en lenguas indígenas',
    mast: ['FM-3.1', 'FM-2.4'],
    request:
      'Para el juicio de la causa 145/2026 (Juzgado de Juchitán) preparen: un glosario zapoteco del Istmo–español de los 20 términos procesales de la lista LT-145 y la logística de los dos intérpretes que se alternarán cada 30 minutos.',
    topology: {
      shape: 'nested',
      top: 'direccion_interpretacion',
      teams: {
        jefa_terminologia: ['terminologa_zapoteco'],
        jefe_logistica: ['programador_turnos'],
      },
    },
    agents: [
      {
        name: 'direccion_interpretacion',
        description: 'Dirección de servicios de interpretación',
        instructions: 'Reúne el glosario y la logística para el juicio.',
        replies: [
          {
            handoff: 'jefa_terminologia',
            message:
              'Glosario zapoteco del Istmo–español de los 20 términos de LT-145 para la causa 145/2026.',
          },
          {
            handoff: 'jefe_logistica',
            message: 'Turnos de 30 min para 2 intérpretes de zapoteco del Istmo, juicio causa 145/2026.',
          },
          {
            say: "## Causa 145/2026 — paquete de interpretación\n\n**Glosario LT-145** (completo, validado por terminología):\n\n| español | diidxazá |\n|---|---|\n| audiencia | guendaricaa diidxa' |\n| testigo | ni biiyaʼ |\n| defensa | ni runii xpiaaniʼ |\n| pena | guendanagana |\n| prueba | guendaruuyaʼ |\n| sentencia | dxiibaʼ |\n\n**Logística:** intérpretes Ofelia Toledo y Crispín Santiago, relevos cada 30 min desde las 10:00 h.",
          },
        ],
      },
      {
        name: 'jefa_terminologia',
        description: 'Jefa del equipo de terminología',
        instructions: 'Encarga y entrega glosarios.',
        replies: [
          {
            handoff: 'terminologa_zapoteco',
            message: 'Prepara el glosario de los 20 términos de LT-145 (zapoteco del Istmo).',
          },
          {
            say: "Glosario LT-145 listo:\n| español | diidxazá |\n|---|---|\n| audiencia | guendaricaa diidxa' |\n| testigo | ni biiyaʼ |\n| defensa | ni runii xpiaaniʼ |\n| pena | guendanagana |\n| prueba | guendaruuyaʼ |\n| sentencia | dxiibaʼ |",
          },
        ],
      },
      {
        name: 'terminologa_zapoteco',
        description: 'Terminóloga de zapoteco del Istmo',
        instructions: 'Elabora glosarios jurídicos.',
        replies: [
          {
            call: 'consultar_lista_terminos',
            args: { lista: 'LT-145' },
            result:
              '{"lista": "LT-145", "terminos": 20, "primeros": ["audiencia", "testigo", "defensa", "pena", "prueba", "sentencia", "apelación", "vinculación a proceso", "medida cautelar", "reparación del daño"]}',
          },
          {
            say: "Glosario LT-145 (20 términos)\n| español | diidxazá |\n|---|---|\n| audiencia | guendaricaa diidxa' |\n| testigo | ni biiyaʼ |\n| defensa | ni runii xpiaaniʼ |\n| pena | guendanagana |\n| prueba | guendaruuyaʼ |\n| sentencia | dxiibaʼ |\n| apelación | guen",
            cutOff: true,
          },
        ],
      },
      {
        name: 'jefe_logistica',
        description: 'Jefe de logística de intérpretes',
        instructions: 'Organiza turnos.',
        replies: [
          {
            handoff: 'programador_turnos',
            message: 'Turnos 30 min, 2 intérpretes zapoteco, causa 145/2026.',
          },
          { say: 'Turnos: Ofelia Toledo y Crispín Santiago alternan cada 30 min desde las 10:00 h.' },
        ],
      },
      {
        name: 'programador_turnos',
        description: 'Programa turnos de intérpretes',
        instructions: 'Genera el rol de turnos.',
        replies: [
          {
            call: 'generar_rol',
            args: { causa: '145/2026', interpretes: 2, relevo_min: 30, inicio: '10:00' },
            result:
              '{"rol": "ROL-145-01", "interpretes": ["Ofelia Toledo", "Crispín Santiago"], "bloques": 12}',
          },
          { say: 'ROL-145-01: Ofelia Toledo / Crispín Santiago, 12 bloques de 30 min desde las 10:00 h.' },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'terminologa_zapoteco', to: 'jefa_terminologia' },
      agent: 'terminologa_zapoteco',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'audiencia-de-vinculacion-fecha-iso-a-texto-largo',
    title:
      'La agenda entrega "2027-03-02T11:30" y 90 min; el asignador y el redactor lo escriben como "martes 2 de marzo de 2027, 11:30 h" y "1 h 30 min"',
    domain: 'interpretación en audiencias penales',
    mast: ['FM-1.4', 'FM-2.2'],
    nearMissOf:
      'stale_context o misunderstood_task: la fecha y la duración cambian de formato entre agentes, pero son los mismos valores',
    request:
      'Causa 402/2026, Juzgado de Control de Monterrey. El imputado, Chen Wei, habla mandarín. Confirmen la audiencia de vinculación a proceso, asignen intérprete de mandarín y redacten el oficio para el juzgado.',
    topology: {
      shape: 'pipeline',
      order: ['verificador_audiencias', 'asignador_mandarin', 'redactor_oficio_juzgado'],
    },
    agents: [
      {
        name: 'verificador_audiencias',
        description: 'Confirma audiencias en la agenda judicial',
        instructions: 'Devuelve los datos vigentes en formato de sistema.',
        replies: [
          {
            call: 'consultar_agenda_judicial',
            args: { causa: '402/2026', juzgado: 'JC-MTY-05' },
            result:
              '{"causa": "402/2026", "audiencia": "vinculacion_a_proceso", "inicio": "2027-03-02T11:30:00-06:00", "duracion_estimada_min": 90, "sala": "S-12", "estatus": "PROGRAMADA"}',
          },
          {
            say: 'causa=402/2026 | audiencia=vinculación a proceso | inicio=2027-03-02T11:30-06:00 | duración=90 min | sala=S-12 | estatus=PROGRAMADA',
          },
        ],
      },
      {
        name: 'asignador_mandarin',
        description: 'Asigna intérpretes de lenguas extranjeras',
        instructions: 'Reserva intérprete para la audiencia indicada.',
        prompt: 'Datos de agenda:\n{input}',
        replies: [
          {
            call: 'reservar_interprete',
            args: {
              lengua: 'mandarín',
              causa: '402/2026',
              inicio: '2027-03-02T11:30-06:00',
              duracion_min: 90,
            },
            result:
              '{"reserva": "INT-27-0233", "interprete": "Lin Xiaoyu Ramírez", "cedula_perito": "PE-NL-1187", "estatus": "CONFIRMADA"}',
          },
          {
            say: 'Reserva INT-27-0233: Lin Xiaoyu Ramírez (perito PE-NL-1187), intérprete mandarín–español, martes 2 de marzo de 2027 de 11:30 a 13:00 h (1 h 30 min), Sala S-12.',
          },
        ],
      },
      {
        name: 'redactor_oficio_juzgado',
        description: 'Redacta oficios dirigidos a juzgados',
        instructions: 'Redacta el oficio de designación del intérprete.',
        prompt: 'Reserva:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            say: '**OFICIO DPE-NL/0871/2027**\n\nC. Juez de Control, JC-MTY-05. Causa 402/2026.\n\nEn relación con la audiencia de vinculación a proceso del **martes 2 de marzo de 2027 a las 11:30 h** (duración estimada 1 h 30 min, Sala S-12), informo que asistirá como intérprete de mandarín la perito **Lin Xiaoyu Ramírez**, cédula PE-NL-1187, para asistir al imputado Chen Wei conforme al art. 45 del CNPP.\n\nAtentamente, Defensoría Pública de Nuevo León.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'defensor-asignado-tras-reasignacion-menciona-al-anterior',
    title:
      'El padrón muestra que la defensora Karla Ibarra fue reasignada y el caso pasó a Tomás Quiroga; el asignador menciona a Ibarra solo como antecedente y usa a Quiroga',
    domain: 'asignación de defensores de oficio',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: el valor superado (la defensora anterior) sigue apareciendo, pero ningún agente lo usa',
    request:
      'La usuaria Rocío Peña (expediente DP-CDMX-27-1408) pregunta quién es ahora su defensor público y cuándo la puede ver. Antes la atendía la Lic. Karla Ibarra.',
    topology: {
      shape: 'supervisor',
      coordinator: 'mesa_de_atencion',
      workers: ['consulta_padron_defensores', 'agenda_citas'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'mesa_de_atencion',
        description: 'Mesa de atención de la Defensoría Pública',
        instructions: 'Averigua el defensor vigente, agenda cita y responde a la usuaria.',
        replies: [
          {
            handoff: 'consulta_padron_defensores',
            message: 'Defensor vigente del expediente DP-CDMX-27-1408.',
          },
          {
            handoff: 'agenda_citas',
            message:
              'Agenda cita de Rocío Peña (DP-CDMX-27-1408) con su defensor vigente, Lic. Tomás Quiroga Salas, esta semana.',
          },
          {
            say: 'Señora Peña, la Lic. Karla Ibarra fue reasignada a la unidad de ejecución el 4 de enero; desde esa fecha su expediente DP-CDMX-27-1408 lo lleva el **Lic. Tomás Quiroga Salas**. Tiene cita con él el **jueves 14 de enero de 2027 a las 12:00 h**, oficina 3-B, Niños Héroes 132, col. Doctores. Lleve su identificación.',
          },
        ],
      },
      {
        name: 'consulta_padron_defensores',
        description: 'Consulta el padrón de asignaciones',
        instructions: 'Devuelve el defensor vigente.',
        replies: [
          {
            call: 'consultar_asignacion',
            args: { expediente: 'DP-CDMX-27-1408' },
            result:
              '{"expediente": "DP-CDMX-27-1408", "defensor_vigente": "Lic. Tomás Quiroga Salas", "cedula": "8812345", "desde": "2027-01-04", "defensor_anterior": "Lic. Karla Ibarra Montes", "motivo": "reasignación a unidad de ejecución"}',
          },
          {
            say: 'Vigente desde el 4/01/2027: Lic. Tomás Quiroga Salas (céd. 8812345). Anterior: Lic. Karla Ibarra Montes, reasignada a la unidad de ejecución.',
          },
        ],
      },
      {
        name: 'agenda_citas',
        description: 'Agenda citas con defensores',
        instructions: 'Agenda la cita.',
        replies: [
          {
            call: 'agendar_cita',
            args: { expediente: 'DP-CDMX-27-1408', defensor: 'Lic. Tomás Quiroga Salas', semana: '2027-W02' },
            result:
              '{"cita": "CT-27-5521", "fecha": "2027-01-14T12:00", "lugar": "Oficina 3-B, Niños Héroes 132"}',
          },
          { say: 'Cita CT-27-5521: jueves 14/01/2027 12:00 h con el Lic. Quiroga, oficina 3-B.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'consulta-siase-reintentada-tras-error-503',
    title:
      'La consulta del estado procesal falla con 503 la primera vez; el consultor reintenta, obtiene el dato y lo informa tal cual al enrutador',
    domain: 'seguimiento de expedientes de la defensoría',
    mast: ['FM-2.6'],
    nearMissOf: 'agent_error: una herramienta falla, pero el agente reintenta y reporta el resultado real',
    request:
      'El señor Abel Zamudio (expediente 2219/2026, Juzgado 5.º Penal de Hermosillo) quiere saber en qué etapa está su proceso. Habla yaqui; la respuesta debe llegarle con intérprete.',
    topology: {
      shape: 'network',
      coordinator: 'enrutador_seguimiento',
      workers: ['consultor_expedientes', 'enlace_yaqui'],
    },
    agents: [
      {
        name: 'enrutador_seguimiento',
        description: 'Dirige consultas de seguimiento',
        instructions: 'Consulta el estado y haz que se le comunique al usuario con intérprete.',
        replies: [
          {
            handoff: 'consultor_expedientes',
            message: 'Estado procesal del expediente 2219/2026, Juzgado 5.º Penal de Hermosillo.',
          },
          {
            handoff: 'enlace_yaqui',
            message:
              'Comunica al señor Abel Zamudio, en yaqui: su expediente 2219/2026 está en etapa intermedia; audiencia intermedia el 18/02/2027 10:00 h.',
          },
          {
            say: 'Expediente 2219/2026: etapa intermedia, audiencia el 18 de febrero de 2027 a las 10:00 h. Se le informó al señor Zamudio en yaqui por medio del intérprete Ramón Buitimea (llamada LL-27-0310).',
          },
        ],
      },
      {
        name: 'consultor_expedientes',
        description: 'Consulta el sistema de expedientes judiciales',
        instructions: 'Consulta y reporta el estado; si el sistema falla, reintenta y dilo.',
        replies: [
          {
            call: 'consultar_estado_procesal',
            args: { expediente: '2219/2026', juzgado: 'J5P-HMO' },
            result: { error: 'HTTP 503 Service Unavailable — SIASE en mantenimiento, reintente en 60 s' },
          },
          {
            call: 'consultar_estado_procesal',
            args: { expediente: '2219/2026', juzgado: 'J5P-HMO' },
            result:
              '{"expediente": "2219/2026", "etapa": "intermedia", "ultimo_acuerdo": "2027-01-20", "proxima_audiencia": "2027-02-18T10:00", "tipo": "intermedia"}',
            waitMs: 60000,
          },
          {
            say: 'El primer intento dio 503 (SIASE en mantenimiento); al reintentar a los 60 s respondió: 2219/2026 en **etapa intermedia**, último acuerdo 20/01/2027, audiencia intermedia 18/02/2027 10:00 h.',
          },
        ],
      },
      {
        name: 'enlace_yaqui',
        description: 'Enlace con intérpretes de lengua yaqui',
        instructions: 'Comunica la información con intérprete.',
        replies: [
          {
            call: 'llamada_con_interprete',
            args: {
              lengua: 'yaqui',
              usuario: 'Abel Zamudio',
              mensaje: 'etapa intermedia; audiencia 18/02/2027 10:00',
            },
            result:
              '{"llamada": "LL-27-0310", "interprete": "Ramón Buitimea", "duracion_min": 14, "entendido": true}',
          },
          {
            say: 'Llamada LL-27-0310 (14 min) con el intérprete Ramón Buitimea; el señor Zamudio entendió la información.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'busqueda-opcional-de-tesis-vacia-no-se-usa',
    title:
      'De tres encargos en paralelo, la búsqueda opcional de tesis locales regresa vacía; el integrador arma el informe con los otros dos y lo dice',
    domain: 'asesoría en materia laboral',
    mast: ['FM-2.4', 'FM-3.1'],
    nearMissOf: 'low_quality_output: un encargo opcional no produce nada útil, y nadie lo usa',
    request:
      'Trabajador despedido sin liquidación: Héctor Anaya, 7 años 3 meses de antigüedad, salario diario $612.00. Calculen la indemnización constitucional, revisen si cabe conciliación prejudicial en el CCL de Jalisco y, si hay, busquen tesis locales recientes (opcional).',
    topology: {
      shape: 'fanout',
      planner: 'planificador_laboral',
      workers: ['calculista_indemnizacion', 'revisor_conciliacion', 'buscador_tesis_locales'],
      aggregator: 'integrador_laboral',
    },
    agents: [
      {
        name: 'planificador_laboral',
        description: 'Reparte los encargos de un asunto laboral',
        instructions: 'Un encargo por especialista.',
        replies: [
          {
            plan: {
              calculista_indemnizacion:
                'Indemnización constitucional (3 meses) + 20 días por año + prima de antigüedad; SD $612.00, antigüedad 7 años 3 meses.',
              revisor_conciliacion:
                'Requisitos y plazo de la conciliación prejudicial en el CCL de Jalisco para despido injustificado.',
              buscador_tesis_locales:
                'Opcional: tesis del Tribunal Colegiado en Materia de Trabajo del Tercer Circuito, 2025–2026, sobre despido verbal.',
            },
          },
        ],
      },
      {
        name: 'calculista_indemnizacion',
        description: 'Calcula prestaciones laborales',
        instructions: 'Calcula con desglose.',
        replies: [
          {
            say: '| concepto | cálculo | monto |\n|---|---|---|\n| 3 meses (90 días) | 90 × $612.00 | $55,080.00 |\n| 20 días por año | 20 × 7.25 × $612.00 | $88,740.00 |\n| prima de antigüedad | 12 × 7.25 × $612.00* | $53,244.00 |\n| **total** | | **$197,064.00** |\n\n*Tope de 2 salarios mínimos no aplica: $612.00 < $557.00 × 2.',
          },
        ],
      },
      {
        name: 'revisor_conciliacion',
        description: 'Revisa el procedimiento de conciliación prejudicial',
        instructions: 'Indica plazos y requisitos.',
        replies: [
          {
            say: 'CCL Jalisco: solicitud dentro de 60 días naturales desde el despido (art. 518 LFT); audiencia en máximo 45 días naturales; requisitos: identificación, CURP y domicilio del patrón.',
          },
        ],
      },
      {
        name: 'buscador_tesis_locales',
        description: 'Busca tesis de tribunales colegiados locales',
        instructions: 'Busca; si no hay, dilo.',
        replies: [
          {
            call: 'buscar_semanario',
            args: { organo: 'TCC Trabajo Tercer Circuito', periodo: '2025-2026', tema: 'despido verbal' },
            result: '[]',
          },
          { say: 'Sin resultados para el periodo 2025–2026.' },
        ],
      },
      {
        name: 'integrador_laboral',
        description: 'Integra el informe laboral',
        instructions: 'Integra el informe; los encargos opcionales sin resultado se omiten.',
        prompt: 'Resultados:\n{input}\n\nSolicitud: {request}',
        replies: [
          {
            say: '## Héctor Anaya — despido injustificado\n\n**Indemnización estimada:** $197,064.00 (3 meses $55,080.00; 20 días/año $88,740.00; prima de antigüedad $53,244.00).\n\n**Conciliación prejudicial (CCL Jalisco):** presentar solicitud dentro de 60 días naturales desde el despido; audiencia en máximo 45 días. Llevar identificación, CURP y domicilio del patrón.\n\n_La búsqueda opcional de tesis locales 2025–2026 no arrojó resultados; el informe no depende de ella._',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'revision-de-conflicto-de-interes-regresa-a-recepcion',
    title:
      'Recepción turna a la verificadora de conflictos, que revisa el padrón y le regresa la conversación con el resultado; recepción asigna y responde',
    domain: 'admisión de asuntos en la defensoría',
    mast: ['FM-1.5', 'FM-2.5'],
    nearMissOf:
      'handoff_loop: la conversación vuelve a recepción, pero trae el resultado y el trabajo avanza',
    request:
      'Hola, me llamo Itzel Carrasco. Me demandaron por un adeudo de renta (juicio oral civil, exp. 88/2027, Juzgado 2.º Civil de Toluca). La contraparte es Inmobiliaria Del Valle S.A. de C.V. ¿Me pueden defender?',
    topology: {
      shape: 'swarm',
      entry: 'recepcion_admision',
      agents: ['recepcion_admision', 'verificadora_conflictos'],
    },
    agents: [
      {
        name: 'recepcion_admision',
        description: 'Recepción y admisión de asuntos',
        instructions: 'Antes de aceptar un asunto, pide la revisión de conflictos; luego responde.',
        replies: [
          {
            handoff: 'verificadora_conflictos',
            message:
              'Revisión de conflicto de interés: usuaria Itzel Carrasco; contraparte Inmobiliaria Del Valle S.A. de C.V.; exp. 88/2027, Juzgado 2.º Civil de Toluca.',
          },
          {
            call: 'registrar_asunto',
            args: {
              usuaria: 'Itzel Carrasco',
              expediente: '88/2027',
              materia: 'civil',
              constancia_conflictos: 'RC-27-0772',
            },
            result:
              '{"asunto": "DP-EDOMEX-27-3340", "defensor": "Lic. Mauricio Esquivel", "cita": "2027-02-10T09:00"}',
          },
          {
            say: 'Itzel, sí podemos defenderte: revisamos y no hay conflicto de interés (constancia RC-27-0772). Tu asunto es el **DP-EDOMEX-27-3340**, lo lleva el **Lic. Mauricio Esquivel**, y tu cita es el **miércoles 10 de febrero de 2027 a las 9:00 h**. Trae la demanda y los recibos de renta que tengas.',
          },
        ],
      },
      {
        name: 'verificadora_conflictos',
        description: 'Revisa conflictos de interés',
        instructions: 'Revisa el padrón de asuntos y regresa el resultado a recepción.',
        replies: [
          {
            call: 'buscar_conflictos',
            args: { partes: ['Itzel Carrasco', 'Inmobiliaria Del Valle S.A. de C.V.'] },
            result: '{"coincidencias": 0, "constancia": "RC-27-0772", "revisados": 14218}',
          },
          {
            handoff: 'recepcion_admision',
            message:
              'Sin conflicto: 0 coincidencias en 14,218 asuntos. Constancia RC-27-0772. Puedes admitir.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'padron-de-interpretes-sin-el-excluido-y-muchos-folios',
    title:
      'Solicitud con muchos folios y contadores; la coordinación de peritos deja fuera, como pide la solicitud, al intérprete recusado y asigna a otro',
    domain: 'designación de peritos intérpretes en juicio',
    mast: ['FM-1.1', 'FM-2.3'],
    nearMissOf:
      'misunderstood_task: un intérprete del padrón queda fuera, pero es la exclusión que pide la solicitud',
    request:
      'Juicio oral, causa 510/2025, Tribunal de Enjuiciamiento de Oaxaca de Juárez, 15–17 de marzo de 2027. Acusados: 3 hablantes de mixe (variante alta). La defensa recusó al intérprete Gilberto Martínez Vásquez (PI-OAX-0203) por parentesco con un testigo; no debe asignarse. Necesitamos 2 intérpretes de mixe alto y el oficio de designación.',
    topology: {
      shape: 'nested',
      top: 'direccion_defensoria',
      teams: { coordinacion_peritos: ['buscador_padron_mixe'] },
    },
    agents: [
      {
        name: 'direccion_defensoria',
        description: 'Dirección de la defensoría pública estatal',
        instructions: 'Encarga la designación y emite el resumen.',
        replies: [
          {
            handoff: 'coordinacion_peritos',
            message:
              'Causa 510/2025, 15–17/03/2027: designar 2 intérpretes de mixe alto. Excluir a Gilberto Martínez Vásquez (PI-OAX-0203), recusado por la defensa.',
          },
          {
            say: '## Causa 510/2025 — designación de intérpretes (15–17 de marzo de 2027)\n\n| perito | cédula | lengua | días |\n|---|---|---|---|\n| Aurelia Díaz Jiménez | PI-OAX-0311 | mixe alto | 15, 16 y 17 |\n| Fidel Pérez Vargas | PI-OAX-0129 | mixe alto | 15, 16 y 17 |\n\nOficio DPO/DP/0348/2027, folio SIGED 27-004512, acuse TE-OAX-27-01877. Gilberto Martínez Vásquez (PI-OAX-0203) no fue designado por la recusación. Padrón consultado: 41 peritos de lenguas mixes, 6 de mixe alto, 3 disponibles.',
          },
        ],
      },
      {
        name: 'coordinacion_peritos',
        description: 'Coordinación de peritos intérpretes',
        instructions: 'Encarga la búsqueda y emite el oficio.',
        replies: [
          {
            handoff: 'buscador_padron_mixe',
            message: 'Mixe alto, 15–17/03/2027, 2 peritos; no incluir PI-OAX-0203 (recusado).',
          },
          {
            call: 'emitir_oficio_designacion',
            args: {
              causa: '510/2025',
              peritos: ['PI-OAX-0311', 'PI-OAX-0129'],
              fechas: ['2027-03-15', '2027-03-16', '2027-03-17'],
            },
            result: '{"oficio": "DPO/DP/0348/2027", "folio_siged": "27-004512", "acuse": "TE-OAX-27-01877"}',
          },
          {
            say: 'Designados PI-OAX-0311 (Aurelia Díaz Jiménez) y PI-OAX-0129 (Fidel Pérez Vargas), 15–17/03. Oficio DPO/DP/0348/2027, folio SIGED 27-004512, acuse TE-OAX-27-01877. PI-OAX-0203 excluido por recusación.',
          },
        ],
      },
      {
        name: 'buscador_padron_mixe',
        description: 'Busca peritos en el padrón estatal',
        instructions: 'Devuelve los disponibles según los criterios.',
        replies: [
          {
            call: 'buscar_padron_peritos',
            args: { lengua: 'mixe', variante: 'alta', desde: '2027-03-15', hasta: '2027-03-17' },
            result:
              '{"total_lenguas_mixes": 41, "mixe_alto": 6, "disponibles": [{"cedula": "PI-OAX-0203", "nombre": "Gilberto Martínez Vásquez"}, {"cedula": "PI-OAX-0311", "nombre": "Aurelia Díaz Jiménez"}, {"cedula": "PI-OAX-0129", "nombre": "Fidel Pérez Vargas"}]}',
          },
          {
            say: 'Padrón: 41 peritos de lenguas mixes, 6 de mixe alto, 3 disponibles 15–17/03. Quitando PI-OAX-0203 (recusado) quedan PI-OAX-0311 Aurelia Díaz Jiménez y PI-OAX-0129 Fidel Pérez Vargas.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch141Scenarios = [...faults, ...healthy];
