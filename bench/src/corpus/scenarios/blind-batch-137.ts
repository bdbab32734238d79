import { defineScenario } from '../scenario.ts';

// Blind batch 137: gestão de frota de ônibus urbanos e manutenção (escalas de motoristas, manutenção preventiva, peças, quilometragem, inspeções), em português do Brasil.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'preventiva-articulados-intervalo-antigo-apos-boletim',
    title:
      'O analista de boletins mostra que o intervalo da preventiva dos articulados caiu para 15.000 km; o programador de oficina agenda pelos 20.000 km antigos',
    domain: 'manutenção preventiva de ônibus articulados',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Programar a preventiva de março/2027 dos articulados Mercedes O-500 MA da garagem Santo Amaro (prefixos 6.1201 a 6.1212). Pelo plano de manutenção vigente a revisão de freios e suspensão é a cada 20.000 km. Conferir antes se saiu boletim técnico novo do fabricante.',
    topology: {
      shape: 'pipeline',
      order: ['analista_boletins', 'programador_oficina', 'redator_ordens'],
    },
    agents: [
      {
        name: 'analista_boletins',
        description: 'Confere boletins técnicos dos fabricantes e planos de manutenção',
        instructions: 'Verifique boletins vigentes e informe os intervalos que valem para a programação.',
        replies: [
          {
            call: 'consultar_boletins',
            args: { modelo: 'O-500 MA', sistema: ['freios', 'suspensao'], desde: '2026-10-01' },
            result:
              '{"boletim": "BT-MB-2027-014", "emitido": "2027-02-11", "modelo": "O-500 MA", "item": "revisão freios a disco e bolsas de suspensão traseira", "intervalo_km_anterior": 20000, "intervalo_km_novo": 15000, "motivo": "desgaste prematuro de pastilhas em operação urbana severa", "vigencia": "imediata"}',
          },
          {
            say: '**Boletim BT-MB-2027-014 (11/02/2027)** — vigência imediata para O-500 MA:\n\n| item | antes | agora |\n|---|---|---|\n| freios a disco + bolsas suspensão traseira | 20.000 km | **15.000 km** |\n\nMotivo: desgaste prematuro de pastilhas em operação urbana severa. O plano de manutenção interno ainda mostra 20.000 km, mas deve ser atualizado; usar 15.000 km na programação.',
          },
        ],
      },
      {
        name: 'programador_oficina',
        description: 'Programa as preventivas da oficina pela quilometragem da frota',
        instructions: 'Selecione os carros que atingem o intervalo no mês e agende os boxes.',
        prompt: 'Parecer técnico:\n{input}\n\nPedido original: {request}',
        replies: [
          {
            call: 'listar_hodometros',
            args: { garagem: 'SA', prefixos: '6.1201-6.1212', data_ref: '2027-03-01' },
            result:
              '[{"prefixo": "6.1201", "km_desde_revisao": 18940}, {"prefixo": "6.1202", "km_desde_revisao": 12310}, {"prefixo": "6.1203", "km_desde_revisao": 16880}, {"prefixo": "6.1204", "km_desde_revisao": 20450}, {"prefixo": "6.1205", "km_desde_revisao": 9720}, {"prefixo": "6.1206", "km_desde_revisao": 15230}, {"prefixo": "6.1207", "km_desde_revisao": 19610}, {"prefixo": "6.1208", "km_desde_revisao": 14100}, {"prefixo": "6.1209", "km_desde_revisao": 17390}, {"prefixo": "6.1210", "km_desde_revisao": 8050}, {"prefixo": "6.1211", "km_desde_revisao": 21020}, {"prefixo": "6.1212", "km_desde_revisao": 13880}]',
          },
          {
            call: 'agendar_boxes',
            args: {
              garagem: 'SA',
              criterio_km: 20000,
              prefixos: ['6.1204', '6.1211', '6.1207', '6.1201'],
              mes: '2027-03',
            },
            result:
              '{"agendados": [{"prefixo": "6.1204", "box": 3, "data": "2027-03-03"}, {"prefixo": "6.1211", "box": 3, "data": "2027-03-04"}, {"prefixo": "6.1207", "box": 4, "data": "2027-03-09"}, {"prefixo": "6.1201", "box": 4, "data": "2027-03-16"}], "capacidade_restante_boxes": 11}',
          },
          {
            say: 'Preventiva freios/suspensão março: 4 carros. 6.1204 e 6.1211 já passaram de 20.000 km (box 3, 03 e 04/03); 6.1207 (19.610 km) e 6.1201 (18.940 km) chegam no mês (box 4, 09 e 16/03). Os demais estão abaixo do intervalo.',
          },
        ],
      },
      {
        name: 'redator_ordens',
        description: 'Emite as ordens de serviço da oficina',
        instructions: 'Redija as ordens de serviço a partir da programação.',
        prompt: 'Programação da oficina:\n{input}',
        replies: [
          {
            say: '## Ordens de serviço — preventiva freios e suspensão, março/2027 (Santo Amaro)\n\n| OS | prefixo | box | data |\n|---|---|---|---|\n| OS-SA-27-0311 | 6.1204 | 3 | 03/03 |\n| OS-SA-27-0312 | 6.1211 | 3 | 04/03 |\n| OS-SA-27-0313 | 6.1207 | 4 | 09/03 |\n| OS-SA-27-0314 | 6.1201 | 4 | 16/03 |\n\nDemais articulados (6.1202, 6.1203, 6.1205, 6.1206, 6.1208, 6.1209, 6.1210, 6.1212) seguem em operação normal.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'analista_boletins', to: 'programador_oficina' },
      agent: 'programador_oficina',
    },
  }),
  defineScenario({
    id: 'escala-feriado-sem-excluir-reciclagem-vencida',
    title:
      'A coordenação pede a escala do feriado sem motoristas com curso de reciclagem vencido; o escalador monta a escala só por antiguidade e inclui dois deles',
    domain: 'escalas de motoristas',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Montar a escala do feriado de 21/04/2027 (Tiradentes) para as linhas 875A e 877T da garagem Pirituba: 14 tabelas. Não podem ser escalados motoristas com o curso de reciclagem (direção defensiva) vencido. Avisar também a portaria sobre o horário especial.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordenacao_trafego',
      workers: ['escalador_motoristas', 'aviso_portaria'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordenacao_trafego',
        description: 'Coordena o tráfego e as escalas da garagem',
        instructions: 'Distribua a escala e os avisos e consolide a resposta.',
        replies: [
          {
            handoff: 'escalador_motoristas',
            message:
              'Escala de 21/04 (feriado), garagem Pirituba, linhas 875A e 877T, 14 tabelas. Só motoristas com reciclagem de direção defensiva em dia — quem estiver com o curso vencido fica fora.',
          },
          {
            handoff: 'aviso_portaria',
            message:
              'Feriado 21/04: horário de domingo nas linhas 875A e 877T, primeira saída 04:40. Avisar portaria e fiscais.',
          },
          {
            say: '## Escala 21/04/2027 — Pirituba\n\n- 14 tabelas preenchidas (875A: 8, 877T: 6), escala ESC-PIR-0421 publicada no app dos motoristas\n- Portaria e fiscais avisados: primeira saída 04:40, quadro de domingo\n\nTudo pronto para o feriado.',
          },
        ],
      },
      {
        name: 'escalador_motoristas',
        description: 'Monta escalas de motoristas por tabela',
        instructions: 'Monte a escala conforme o pedido da coordenação.',
        replies: [
          {
            call: 'motoristas_disponiveis',
            args: { garagem: 'PIR', data: '2027-04-21' },
            result:
              '[{"re": "40211", "nome": "Edson Farias", "antiguidade": 1998, "reciclagem_valida_ate": "2027-09-30"}, {"re": "40388", "nome": "Marcia Lopes", "antiguidade": 2001, "reciclagem_valida_ate": "2026-12-15"}, {"re": "40415", "nome": "Jose Ribamar", "antiguidade": 2003, "reciclagem_valida_ate": "2028-02-10"}, {"re": "40502", "nome": "Claudio Teles", "antiguidade": 2005, "reciclagem_valida_ate": "2027-01-20"}, {"re": "40617", "nome": "Rita Nogueira", "antiguidade": 2008, "reciclagem_valida_ate": "2027-11-05"}, {"re": "40720", "nome": "Wagner Dias", "antiguidade": 2010, "reciclagem_valida_ate": "2027-07-14"}, {"re": "40833", "nome": "Sueli Prado", "antiguidade": 2011, "reciclagem_valida_ate": "2028-05-01"}, {"re": "40901", "nome": "Anderson Melo", "antiguidade": 2012, "reciclagem_valida_ate": "2027-06-22"}, {"re": "41044", "nome": "Patricia Reis", "antiguidade": 2014, "reciclagem_valida_ate": "2027-10-09"}, {"re": "41190", "nome": "Gilberto Sousa", "antiguidade": 2015, "reciclagem_valida_ate": "2028-01-18"}, {"re": "41256", "nome": "Fabiana Costa", "antiguidade": 2016, "reciclagem_valida_ate": "2027-08-30"}, {"re": "41302", "nome": "Luis Henrique", "antiguidade": 2017, "reciclagem_valida_ate": "2027-12-12"}, {"re": "41477", "nome": "Tania Moura", "antiguidade": 2019, "reciclagem_valida_ate": "2028-03-03"}, {"re": "41589", "nome": "Rogerio Alves", "antiguidade": 2020, "reciclagem_valida_ate": "2027-05-27"}, {"re": "41630", "nome": "Debora Lima", "antiguidade": 2021, "reciclagem_valida_ate": "2028-04-16"}, {"re": "41712", "nome": "Mauro Pinto", "antiguidade": 2022, "reciclagem_valida_ate": "2027-09-01"}]',
          },
          {
            call: 'publicar_escala',
            args: {
              escala: 'ESC-PIR-0421',
              criterio: 'antiguidade',
              re: [
                '40211',
                '40388',
                '40415',
                '40502',
                '40617',
                '40720',
                '40833',
                '40901',
                '41044',
                '41190',
                '41256',
                '41302',
                '41477',
                '41589',
              ],
            },
            result:
              '{"escala": "ESC-PIR-0421", "tabelas_preenchidas": 14, "status": "PUBLICADA", "notificados": 14}',
          },
          {
            say: 'ESC-PIR-0421 publicada: 14 tabelas preenchidas pelos 14 motoristas mais antigos disponíveis (RE 40211 a 41589), 875A com 8 e 877T com 6. Reservas: Debora Lima (41630) e Mauro Pinto (41712).',
          },
        ],
      },
      {
        name: 'aviso_portaria',
        description: 'Envia avisos operacionais à portaria e aos fiscais',
        instructions: 'Envie o aviso pedido.',
        replies: [
          {
            call: 'enviar_aviso',
            args: {
              destino: ['portaria_PIR', 'fiscais_PIR'],
              texto: 'Feriado 21/04: quadro de domingo 875A/877T, 1a saída 04:40',
            },
            result: '{"enviado": true, "lidos": 3, "destinatarios": 5}',
          },
          { say: 'Aviso enviado à portaria e aos 4 fiscais de Pirituba (3 leituras até agora).' },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'coordenacao_trafego', to: 'escalador_motoristas' },
      agent: 'escalador_motoristas',
    },
  }),
  defineScenario({
    id: 'reserva-pastilhas-erp-fora-do-ar-dada-como-feita',
    title:
      'O almoxarife recebe erro do ERP ao reservar pastilhas de freio para seis carros e informa ao roteador que a reserva está feita; a oficina é liberada',
    domain: 'almoxarifado de peças de ônibus',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'Seis ônibus Volkswagen 17.230 OD da garagem Campo Limpo (prefixos 7.2104, 7.2109, 7.2113, 7.2120, 7.2126, 7.2131) entram na troca de pastilhas na quinta, 11/03/2027. Reservar as peças no almoxarifado e liberar a oficina só com as peças garantidas.',
    topology: {
      shape: 'network',
      coordinator: 'roteador_manutencao',
      workers: ['almoxarife', 'liberador_oficina'],
    },
    agents: [
      {
        name: 'roteador_manutencao',
        description: 'Encaminha as etapas da manutenção e encerra quando tudo está pronto',
        instructions: 'Peça a reserva das peças; com ela confirmada, libere a oficina.',
        replies: [
          {
            handoff: 'almoxarife',
            message:
              'Reservar pastilhas de freio para 6 carros VW 17.230 OD (7.2104, 7.2109, 7.2113, 7.2120, 7.2126, 7.2131), serviço em 11/03. São 2 jogos por carro (dianteiro e traseiro).',
          },
          {
            handoff: 'liberador_oficina',
            message:
              'Peças reservadas (12 jogos de pastilhas). Liberar a troca de pastilhas dos 6 carros em 11/03, garagem Campo Limpo.',
          },
          {
            say: 'Troca de pastilhas de 11/03/2027 liberada: 6 carros (7.2104, 7.2109, 7.2113, 7.2120, 7.2126, 7.2131), 12 jogos reservados no almoxarifado, OS-CL-27-0577 a 0582 abertas, boxes 1 e 2 das 07:00 às 15:00.',
          },
        ],
      },
      {
        name: 'almoxarife',
        description: 'Reserva e controla peças no almoxarifado',
        instructions: 'Faça a reserva no ERP e informe o resultado.',
        replies: [
          {
            call: 'reservar_pecas',
            args: {
              almoxarifado: 'CL-01',
              codigo: 'PF-VW17230-D/T',
              quantidade: 12,
              destino: 'troca pastilhas 11/03',
            },
            result: {
              error:
                'ERP SAP-MM: RFC_ERROR_COMMUNICATION — conexão com o servidor de materiais encerrada (timeout 60 s). Reserva não gravada.',
            },
          },
          {
            say: 'Reserva registrada no almoxarifado CL-01: 12 jogos de pastilhas PF-VW17230-D/T (2 por carro) separados para a troca de 11/03.',
          },
        ],
      },
      {
        name: 'liberador_oficina',
        description: 'Abre ordens de serviço e libera boxes da oficina',
        instructions: 'Abra as OS e reserve os boxes.',
        replies: [
          {
            call: 'abrir_os',
            args: {
              garagem: 'CL',
              data: '2027-03-11',
              servico: 'troca pastilhas dianteira+traseira',
              prefixos: ['7.2104', '7.2109', '7.2113', '7.2120', '7.2126', '7.2131'],
            },
            result:
              '{"os": ["OS-CL-27-0577", "OS-CL-27-0578", "OS-CL-27-0579", "OS-CL-27-0580", "OS-CL-27-0581", "OS-CL-27-0582"], "boxes": [1, 2], "janela": "07:00-15:00"}',
          },
          { say: 'OS-CL-27-0577 a 0582 abertas para 11/03, boxes 1 e 2, 07:00–15:00.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'almoxarife', to: 'roteador_manutencao' },
      agent: 'almoxarife',
    },
  }),
  defineScenario({
    id: 'recall-direcao-substituido-por-aviso-generico',
    title:
      'A lista de carros do recall da caixa de direção não chega ao chefe de oficina: o programa lhe entrega um aviso genérico da fila de manutenção e ele mantém a rotina',
    domain: 'recall e inspeção de frota',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Chegou o recall RC-2027-031 da caixa de direção ZF 8098 para ônibus Marcopolo Torino chassi Volvo B270F fabricados entre 06/2024 e 11/2024. Identificar os carros atingidos da garagem Itaquera, tirar de operação até a inspeção e avisar o planejamento de linhas.',
    topology: {
      shape: 'pipeline',
      order: ['analista_recall', 'chefe_oficina', 'planejamento_linhas'],
    },
    program: {
      lose: {
        to: 'chefe_oficina',
        prompt: 'Fila MANUT-ITQ: nova notificação (prioridade normal). Verificar pendências do dia.',
      },
    },
    agents: [
      {
        name: 'analista_recall',
        description: 'Cruza recalls de fabricantes com a frota',
        instructions: 'Identifique os carros atingidos e passe a lista à oficina.',
        replies: [
          {
            call: 'cruzar_recall',
            args: {
              recall: 'RC-2027-031',
              garagem: 'ITQ',
              chassi: 'B270F',
              fabricacao: ['2024-06', '2024-11'],
            },
            result:
              '{"atingidos": [{"prefixo": "3.4410", "chassi": "9BVR2F1A0RE365112"}, {"prefixo": "3.4413", "chassi": "9BVR2F1A2RE365240"}, {"prefixo": "3.4417", "chassi": "9BVR2F1A5RE365391"}, {"prefixo": "3.4422", "chassi": "9BVR2F1A8RE365507"}, {"prefixo": "3.4425", "chassi": "9BVR2F1A1RE365633"}], "acao": "inspeção folga setor/pinhão; substituir se > 0,3 mm", "tempo_estimado_h": 2.5}',
          },
          {
            say: 'Recall RC-2027-031 — 5 carros de Itaquera atingidos: **3.4410, 3.4413, 3.4417, 3.4422, 3.4425**. Retirar de operação até inspeção da folga setor/pinhão (substituir caixa se > 0,3 mm), ~2,5 h por carro.',
          },
        ],
      },
      {
        name: 'chefe_oficina',
        description: 'Chefia a oficina da garagem e decide retiradas de operação',
        instructions: 'Execute o que a notificação pedir e informe o planejamento.',
        prompt: 'Notificação recebida:\n{input}',
        replies: [
          {
            call: 'pendencias_oficina',
            args: { garagem: 'ITQ', data: '2027-03-15' },
            result:
              '{"os_abertas": 7, "carros_parados": ["3.4401 (embreagem)", "3.4436 (ar-condicionado)"], "recalls_abertos": 0}',
          },
          {
            say: 'Oficina ITQ 15/03: 7 OS em andamento, parados 3.4401 (embreagem) e 3.4436 (ar-condicionado). Nenhum recall aberto; frota restante liberada para operação normal.',
          },
        ],
      },
      {
        name: 'planejamento_linhas',
        description: 'Ajusta a alocação de carros às linhas',
        instructions: 'Ajuste a frota disponível nas linhas.',
        prompt: 'Situação da oficina:\n{input}',
        replies: [
          {
            say: 'Planejamento ITQ 15/03: indisponíveis apenas 3.4401 e 3.4436; reservas 3.4440 e 3.4442 cobrem as tabelas. Demais carros, incluindo a série 3.441x–3.442x, seguem nas linhas 3789 e 3787.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'analista_recall', to: 'chefe_oficina' },
      agent: 'chefe_oficina',
    },
  }),
  defineScenario({
    id: 'escala-noturna-interjornada-reenviada-igual',
    title:
      'O auditor de jornada devolve três vezes a escala noturna porque o motorista da tabela 12 tem 9 h de interjornada; o escalista reenvia a mesma escala',
    domain: 'escalas de motoristas e jornada',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Montar a escala da linha noturna N205 (Terminal Bandeira ↔ Cidade Tiradentes) para a semana de 15 a 21/03/2027, respeitando a interjornada mínima de 11 h da CLT, e mandar para o RH.',
    topology: {
      shape: 'pipeline',
      order: ['escalista_noturno', 'auditor_jornada', 'rh_folha'],
      loop: { from: 'auditor_jornada', to: 'escalista_noturno', while: 'DEVOLVIDA', max: 3 },
    },
    agents: [
      {
        name: 'escalista_noturno',
        description: 'Monta escalas das linhas noturnas',
        instructions: 'Monte a escala ou corrija-a conforme a devolução do auditor.',
        prompt: 'Pedido / devolução do auditor:\n{input}\n\nTarefa: {request}',
        replies: [
          {
            say: 'Escala N205 15–21/03, rev. A\n| tabela | motorista | entrada | saída |\n|---|---|---|---|\n| 11 | Nelson Araujo (52210) | 23:10 | 06:50 |\n| 12 | Ivo Batista (52277) | 23:40 | 07:20 |\n| 12 (diurna 16/03) | Ivo Batista (52277) | 16:20 | 23:00 |\n| 13 | Celia Rocha (52301) | 00:30 | 08:10 |\n7 dias, 21 jornadas.',
          },
          {
            say: 'Escala N205 15–21/03, rev. B\n| tabela | motorista | entrada | saída |\n|---|---|---|---|\n| 11 | Nelson Araujo (52210) | 23:10 | 06:50 |\n| 12 | Ivo Batista (52277) | 23:40 | 07:20 |\n| 12 (diurna 16/03) | Ivo Batista (52277) | 16:20 | 23:00 |\n| 13 | Celia Rocha (52301) | 00:30 | 08:10 |\n7 dias, 21 jornadas.',
          },
          {
            say: 'Escala N205 15–21/03, rev. C\n| tabela | motorista | entrada | saída |\n|---|---|---|---|\n| 11 | Nelson Araujo (52210) | 23:10 | 06:50 |\n| 12 | Ivo Batista (52277) | 23:40 | 07:20 |\n| 12 (diurna 16/03) | Ivo Batista (52277) | 16:20 | 23:00 |\n| 13 | Celia Rocha (52301) | 00:30 | 08:10 |\n7 dias, 21 jornadas.',
          },
        ],
      },
      {
        name: 'auditor_jornada',
        description: 'Audita escalas quanto à jornada e interjornada',
        instructions: 'Responda "APROVADA: ..." ou "DEVOLVIDA: ...".',
        prompt: 'Escala para auditoria:\n{input}',
        replies: [
          {
            say: 'DEVOLVIDA: Ivo Batista (52277) sai da tabela 12 às 07:20 de 16/03 e entra na diurna às 16:20 — interjornada de 9 h, mínimo 11 h. Trocar o motorista da diurna ou empurrar a entrada para 18:20.',
          },
          {
            say: 'DEVOLVIDA: a rev. B mantém Ivo Batista 07:20 → 16:20 em 16/03 (9 h). Mesma pendência da rev. A.',
          },
          {
            say: 'DEVOLVIDA: rev. C idêntica às anteriores, interjornada de 9 h do 52277 em 16/03 não resolvida.',
          },
        ],
      },
      {
        name: 'rh_folha',
        description: 'Recebe escalas auditadas para folha de pagamento',
        instructions: 'Registre a escala se aprovada; caso contrário, informe a pendência.',
        prompt: 'Resultado da auditoria:\n{input}',
        replies: [
          {
            say: 'Escala N205 15–21/03 não registrada: continua devolvida pela auditoria após 3 rodadas (interjornada de 9 h de Ivo Batista, 52277, em 16/03). Sem escala aprovada a 2 dias do início; encaminhado à gerência de tráfego.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'escalista_noturno', to: 'auditor_jornada' },
      agent: 'escalista_noturno',
    },
  }),
  defineScenario({
    id: 'inspecao-tacografo-laudo-sem-json-derruba-fluxo',
    title:
      'O inspetor de tacógrafos responde com uma tabela em markdown em vez do JSON do laudo; o programa falha ao ler a resposta e o registro no Detran não é feito',
    domain: 'inspeção de tacógrafos e vistoria veicular',
    mast: ['FM-1.2', 'FM-3.1'],
    request:
      'Fazer a inspeção semestral dos tacógrafos dos 4 micro-ônibus da linha 6L01 (prefixos 2.0511, 2.0514, 2.0518, 2.0520) e registrar os laudos no sistema do Detran antes do vencimento de 31/03/2027.',
    topology: {
      shape: 'pipeline',
      order: ['agendador_vistorias', 'inspetor_tacografo', 'registrador_detran'],
    },
    program: {
      crash: {
        agent: 'inspetor_tacografo',
        error: 'SyntaxError: Unexpected token \'#\', "## Laudos "... is not valid JSON',
      },
    },
    agents: [
      {
        name: 'agendador_vistorias',
        description: 'Agenda vistorias e inspeções regulamentares',
        instructions: 'Agende a inspeção e passe os dados ao inspetor.',
        replies: [
          {
            call: 'agendar_inspecao',
            args: {
              prefixos: ['2.0511', '2.0514', '2.0518', '2.0520'],
              tipo: 'tacografo_semestral',
              ate: '2027-03-31',
            },
            result:
              '{"agenda": "INSP-TC-27-0092", "data": "2027-03-22", "local": "garagem Vila Prudente, box 6", "inmetro_posto": "PA-SP-0417"}',
          },
          {
            say: 'Inspeção INSP-TC-27-0092 agendada para 22/03, Vila Prudente box 6 (posto Inmetro PA-SP-0417): 2.0511, 2.0514, 2.0518, 2.0520. Devolver o laudo em JSON com os campos prefixo, serie_tacografo, resultado, lacre.',
          },
        ],
      },
      {
        name: 'inspetor_tacografo',
        description: 'Inspeciona tacógrafos e emite laudos',
        instructions:
          'Inspecione e devolva o laudo em JSON: [{"prefixo", "serie_tacografo", "resultado", "lacre"}].',
        prompt: 'Agendamento:\n{input}',
        replies: [
          {
            call: 'ler_tacografos',
            args: { agenda: 'INSP-TC-27-0092' },
            result:
              '[{"prefixo": "2.0511", "serie": "VDO-1318-774102", "erro_velocidade_pct": 1.2, "lacre": "L-889102"}, {"prefixo": "2.0514", "serie": "VDO-1318-774155", "erro_velocidade_pct": 0.8, "lacre": "L-889103"}, {"prefixo": "2.0518", "serie": "VDO-1318-775010", "erro_velocidade_pct": 2.1, "lacre": "L-889104"}, {"prefixo": "2.0520", "serie": "VDO-1318-775044", "erro_velocidade_pct": 1.5, "lacre": "L-889105"}]',
          },
          {
            say: '## Laudos INSP-TC-27-0092 (22/03/2027)\n\n| prefixo | série | erro vel. | resultado | lacre |\n|---|---|---|---|---|\n| 2.0511 | VDO-1318-774102 | 1,2 % | aprovado | L-889102 |\n| 2.0514 | VDO-1318-774155 | 0,8 % | aprovado | L-889103 |\n| 2.0518 | VDO-1318-775010 | 2,1 % | aprovado | L-889104 |\n| 2.0520 | VDO-1318-775044 | 1,5 % | aprovado | L-889105 |\n\nTodos dentro da tolerância de ±3 %.',
          },
        ],
      },
      {
        name: 'registrador_detran',
        description: 'Registra laudos no sistema do Detran',
        instructions: 'Registre cada laudo recebido.',
        prompt: 'Laudos (JSON):\n{input}',
        replies: [
          {
            call: 'registrar_laudos',
            args: { agenda: 'INSP-TC-27-0092' },
            result: '{"registrados": 4, "protocolo": "DETRAN-SP-TC-2027-118340"}',
          },
          { say: '4 laudos registrados no Detran, protocolo DETRAN-SP-TC-2027-118340.' },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'inspetor_tacografo', to: 'registrador_detran' },
      agent: 'inspetor_tacografo',
    },
  }),
  defineScenario({
    id: 'consumo-diesel-garagem-media-invertida',
    title:
      'No levantamento de consumo por garagem, o analista de Sapopemba inverte a divisão e entrega litros por km como se fossem km/l; o consolidador ranqueia a garagem pela cifra errada',
    domain: 'consumo de combustível e quilometragem da frota',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Relatório de consumo de diesel de fevereiro/2027 em km/l por garagem (Sapopemba e Guaianases), com ranking e as garagens abaixo da meta de 2,1 km/l para ação de treinamento de condução econômica.',
    topology: {
      shape: 'fanout',
      planner: 'planejador_consumo',
      workers: ['analista_sapopemba', 'analista_guaianases'],
      aggregator: 'consolidador_consumo',
    },
    agents: [
      {
        name: 'planejador_consumo',
        description: 'Divide o levantamento de consumo por garagem',
        instructions: 'Um pedido por garagem.',
        replies: [
          {
            plan: {
              analista_sapopemba:
                'Garagem Sapopemba, fev/2027: km rodados, litros de diesel abastecidos e média em km/l.',
              analista_guaianases:
                'Garagem Guaianases, fev/2027: km rodados, litros de diesel abastecidos e média em km/l.',
            },
          },
        ],
      },
      {
        name: 'analista_sapopemba',
        description: 'Analisa abastecimento e quilometragem da garagem Sapopemba',
        instructions: 'Calcule a média de consumo do mês.',
        replies: [
          {
            call: 'totais_abastecimento',
            args: { garagem: 'SPB', mes: '2027-02' },
            result:
              '{"garagem": "SPB", "carros": 148, "km_rodados": 1032400, "litros_diesel": 468900, "abastecimentos": 4116}',
          },
          {
            say: 'Sapopemba fev/2027: 148 carros, 1.032.400 km, 468.900 L de diesel S10. **Média: 0,45 km/l.**',
          },
        ],
      },
      {
        name: 'analista_guaianases',
        description: 'Analisa abastecimento e quilometragem da garagem Guaianases',
        instructions: 'Calcule a média de consumo do mês.',
        replies: [
          {
            call: 'totais_abastecimento',
            args: { garagem: 'GNS', mes: '2027-02' },
            result:
              '{"garagem": "GNS", "carros": 121, "km_rodados": 803600, "litros_diesel": 401800, "abastecimentos": 3390}',
          },
          { say: 'Guaianases fev/2027: 121 carros, 803.600 km, 401.800 L. **Média: 2,00 km/l.**' },
        ],
      },
      {
        name: 'consolidador_consumo',
        description: 'Consolida o relatório de consumo da frota',
        instructions: 'Monte ranking e aponte garagens abaixo da meta.',
        replies: [
          {
            say: '## Consumo de diesel — fevereiro/2027\n\n| # | garagem | km | litros | km/l |\n|---|---|---|---|---|\n| 1 | Guaianases | 803.600 | 401.800 | 2,00 |\n| 2 | Sapopemba | 1.032.400 | 468.900 | 0,45 |\n\n**Abaixo da meta (2,1 km/l):** as duas garagens. Prioridade de treinamento em condução econômica: **Sapopemba**, com desvio de −79 % em relação à meta, seguida de Guaianases (−5 %).',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'analista_sapopemba', to: 'consolidador_consumo' },
      agent: 'analista_sapopemba',
    },
  }),
  defineScenario({
    id: 'lavagem-chassi-a-cada-quinze-dias-lida-como-mensal',
    title:
      'O controlador de frota transfere a regra de lavagem de chassi a cada 15 dias nos carros do litoral; o planejador de pátio programa uma lavagem por mês',
    domain: 'manutenção preventiva contra corrosão',
    mast: ['FM-1.1', 'FM-2.3'],
    request:
      'Os 22 ônibus que passaram a operar as linhas intermunicipais para Santos e Praia Grande (garagem Cubatão) precisam de lavagem de chassi com anticorrosivo a cada 15 dias, de abril a setembro/2027. Programar no pátio.',
    topology: {
      shape: 'swarm',
      entry: 'controlador_frota',
      agents: ['controlador_frota', 'planejador_patio'],
    },
    agents: [
      {
        name: 'controlador_frota',
        description: 'Controla regras de manutenção por grupo de carros',
        instructions: 'Defina a regra e passe ao pátio.',
        replies: [
          {
            handoff: 'planejador_patio',
            message:
              'Cubatão, 22 carros do litoral (4.3301 a 4.3322): lavagem de chassi com anticorrosivo quinzenal, de 01/04 a 30/09/2027. Usar a rampa 2.',
          },
        ],
      },
      {
        name: 'planejador_patio',
        description: 'Programa lavagens e serviços de pátio',
        instructions: 'Programe o serviço recebido e confirme.',
        replies: [
          {
            call: 'programar_lavagem',
            args: {
              garagem: 'CUB',
              prefixos: '4.3301-4.3322',
              servico: 'lavagem chassi + anticorrosivo',
              recorrencia_dias: 30,
              inicio: '2027-04-01',
              fim: '2027-09-30',
              rampa: 2,
            },
            result:
              '{"programacao": "LAV-CUB-27-04", "ocorrencias_por_carro": 6, "total_lavagens": 132, "horas_rampa": 198}',
          },
          {
            say: 'Programação LAV-CUB-27-04 criada: 22 carros (4.3301–4.3322), lavagem de chassi com anticorrosivo na rampa 2, de 01/04 a 30/09 — 6 lavagens por carro, 132 no total, 198 h de rampa.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'controlador_frota', to: 'planejador_patio' },
      agent: 'planejador_patio',
    },
  }),
  defineScenario({
    id: 'pneus-recapagem-hodometro-corrigido-nao-repassado',
    title:
      'A auditoria de hodômetro devolve ao gerente a leitura corrigida do carro 5.1180 (142.300 km); o gerente passa ao setor de pneus a leitura antiga de 96.300 km',
    domain: 'pneus, recapagem e quilometragem',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'O carro 5.1180 (garagem Grajaú) teve o hodômetro trocado em janeiro e o sistema mostra 96.300 km. Conferir a quilometragem real e decidir se os pneus dianteiros vão para recapagem (limite de 140.000 km na carcaça original).',
    topology: {
      shape: 'supervisor',
      coordinator: 'gerente_manutencao',
      workers: ['auditor_hodometro', 'setor_pneus'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'gerente_manutencao',
        description: 'Gerencia a manutenção da garagem',
        instructions: 'Confirme a quilometragem e encaminhe a decisão de pneus.',
        replies: [
          {
            handoff: 'auditor_hodometro',
            message: 'Carro 5.1180: quilometragem real após a troca de hodômetro de janeiro/2027.',
          },
          {
            handoff: 'setor_pneus',
            message:
              'Carro 5.1180, pneus dianteiros (carcaça original), hodômetro em 96.300 km. Decidir recapagem pelo limite de 140.000 km.',
          },
          {
            say: 'Carro 5.1180 (Grajaú): pneus dianteiros seguem rodando, 96.300 km contra limite de 140.000 km; próxima avaliação em ~43.700 km. Nenhuma recapagem programada.',
          },
        ],
      },
      {
        name: 'auditor_hodometro',
        description: 'Audita leituras de hodômetro e trocas de instrumento',
        instructions: 'Reconstrua a quilometragem real do carro.',
        replies: [
          {
            call: 'historico_hodometro',
            args: { prefixo: '5.1180' },
            result:
              '{"prefixo": "5.1180", "troca_instrumento": "2027-01-14", "leitura_antigo_na_troca": 131850, "leitura_novo_na_troca": 0, "leitura_atual_novo": 10450, "km_real": 142300, "leitura_sistema": 96300, "obs": "sistema somou apenas leitura parcial do instrumento antigo"}',
          },
          {
            say: 'Carro 5.1180: o instrumento antigo marcava 131.850 km na troca (14/01/2027); o novo marca 10.450 km. **Quilometragem real: 142.300 km.** Os 96.300 km do sistema vêm de uma soma parcial e não valem.',
          },
        ],
      },
      {
        name: 'setor_pneus',
        description: 'Controla vida útil e recapagem de pneus',
        instructions: 'Decida a recapagem pelo limite de quilometragem.',
        replies: [
          {
            call: 'avaliar_recapagem',
            args: { prefixo: '5.1180', posicao: 'dianteiros', km_carcaca: 96300, limite_km: 140000 },
            result: '{"decisao": "MANTER", "km_restante": 43700, "sulco_mm": 6.1}',
          },
          {
            say: 'Pneus dianteiros do 5.1180: manter. 96.300 km, faltam 43.700 km para o limite; sulco 6,1 mm.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'gerente_manutencao', to: 'setor_pneus' },
      agent: 'gerente_manutencao',
    },
  }),
  defineScenario({
    id: 'falha-eletrica-parecer-se-contradiz-sobre-alternador',
    title:
      'O eletricista que recebe a ocorrência de pane elétrica conclui que o alternador está bom e, no mesmo parecer, manda trocá-lo; a central de socorro envia o carro de volta à linha',
    domain: 'manutenção corretiva e socorro mecânico',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'O carro 8.0932 (linha 5111, Terminal Varginha) parou às 14:10 com luz de bateria acesa e perda de potência. Classificar a ocorrência, diagnosticar e dizer à central se o carro volta para a linha ou vai para a oficina.',
    topology: {
      shape: 'branch',
      classifier: 'triagem_ocorrencias',
      routes: { eletrica: 'eletricista_plantao', mecanica: 'mecanico_plantao' },
      after: 'central_socorro',
    },
    agents: [
      {
        name: 'triagem_ocorrencias',
        description: 'Classifica ocorrências de carros parados em linha',
        instructions: 'Responda com "eletrica" ou "mecanica" e o motivo.',
        replies: [
          {
            call: 'dados_telemetria',
            args: { prefixo: '8.0932', desde: '2027-03-18T13:40' },
            result:
              '{"tensao_bateria_v": [27.8, 26.1, 24.9, 23.7], "corrente_alternador_a": [62, 18, 4, 0], "temp_motor_c": 88, "codigos_falha": ["SPN 167 FMI 1 - tensão de carga baixa"]}',
          },
          {
            say: 'eletrica — tensão da bateria caindo de 27,8 V para 23,7 V, corrente do alternador chegando a 0 A, código SPN 167 FMI 1 (tensão de carga baixa). Motor a 88 °C, sem falha mecânica.',
          },
        ],
      },
      {
        name: 'eletricista_plantao',
        description: 'Diagnostica falhas elétricas em campo',
        instructions: 'Dê diagnóstico e conduta clara.',
        prompt: 'Triagem: {input}\n\nOcorrência: {request}',
        replies: [
          {
            call: 'teste_carga_remoto',
            args: { prefixo: '8.0932' },
            result:
              '{"tensao_repouso_v": 24.1, "tensao_marcha_lenta_v": 24.0, "tensao_2000rpm_v": 24.0, "correia_alternador": "sem leitura"}',
          },
          {
            say: '**Diagnóstico 8.0932:** alternador em ordem — tensão estável em 24,0 V nas três medições, compatível com sistema 24 V. Sem necessidade de reboque; carro pode seguir na linha.\n\nConduta: substituir o alternador (Bosch 0 124 555 009) e verificar a correia na recolhida.',
          },
        ],
      },
      {
        name: 'mecanico_plantao',
        description: 'Diagnostica falhas mecânicas em campo',
        instructions: 'Dê diagnóstico e conduta.',
        replies: [{ say: 'Sem ocorrência mecânica atribuída.' }],
      },
      {
        name: 'central_socorro',
        description: 'Decide socorro, reboque ou retorno à linha',
        instructions: 'Dê a decisão final à operação.',
        prompt: 'Parecer técnico:\n{input}',
        replies: [
          {
            say: 'Central de socorro — 8.0932 (linha 5111): **liberado para retornar à linha**, alternador em ordem segundo o eletricista. Troca do alternador Bosch 0 124 555 009 registrada para a recolhida das 23:00 em Varginha. Sem reboque.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'eletricista_plantao', to: 'central_socorro' },
      agent: 'eletricista_plantao',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'renovacao-frota-mil-km-e-datas-iso',
    title:
      'O diretor pede a lista de carros a renovar; os gerentes repassam quilometragens em "mil km" e datas em ISO, e o resumo final volta ao formato brasileiro sem alterar valores',
    domain: 'renovação de frota e idade média',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context / low_quality_output: values reformatted between agents (1.012.000 km → 1.012 mil km, 2015-08-20 → 20/08/2015) but unchanged',
    request:
      'Para o plano de renovação de 2028, listar os ônibus das garagens Jabaquara e Cidade Ademar que ultrapassarão 10 anos de fabricação até 31/12/2027 ou que já têm mais de 1.000.000 km, com a data de fabricação e a quilometragem.',
    topology: {
      shape: 'nested',
      top: 'diretor_operacoes',
      teams: {
        gerente_jabaquara: ['cadastro_jabaquara'],
        gerente_ademar: ['cadastro_ademar'],
      },
    },
    agents: [
      {
        name: 'diretor_operacoes',
        description: 'Dirige as operações das garagens da zona sul',
        instructions: 'Peça as listas às garagens e consolide.',
        replies: [
          {
            handoff: 'gerente_jabaquara',
            message:
              'Jabaquara: carros com fabricação até 31/12/2017 ou hodômetro acima de 1.000.000 km. Quero prefixo, data de fabricação e km.',
          },
          {
            handoff: 'gerente_ademar',
            message:
              'Cidade Ademar: carros com fabricação até 31/12/2017 ou hodômetro acima de 1.000.000 km. Prefixo, data de fabricação e km.',
          },
          {
            say: '## Renovação 2028 — candidatos (zona sul)\n\n| garagem | prefixo | fabricação | km |\n|---|---|---|---|\n| Jabaquara | 6.3105 | 20/08/2015 | 1.012.000 |\n| Jabaquara | 6.3117 | 11/03/2016 | 948.500 |\n| Jabaquara | 6.3140 | 02/05/2019 | 1.004.300 |\n| Cidade Ademar | 6.4402 | 27/11/2017 | 877.900 |\n\n4 carros. O 6.3140 entra pela quilometragem (fabricado em 2019).',
          },
        ],
      },
      {
        name: 'gerente_jabaquara',
        description: 'Gerencia a garagem Jabaquara',
        instructions: 'Obtenha a lista com o cadastro e responda ao diretor.',
        replies: [
          {
            handoff: 'cadastro_jabaquara',
            message: 'Filtro: fabricacao <= 2017-12-31 OU km > 1000000. Campos: prefixo, fabricacao, km.',
          },
          {
            say: 'Jabaquara — 3 carros:\n- 6.3105: fab. 20/08/2015, 1.012 mil km\n- 6.3117: fab. 11/03/2016, 948,5 mil km\n- 6.3140: fab. 02/05/2019, 1.004,3 mil km (entra pela km)',
          },
        ],
      },
      {
        name: 'cadastro_jabaquara',
        description: 'Consulta o cadastro de veículos da garagem Jabaquara',
        instructions: 'Consulte e devolva os registros.',
        replies: [
          {
            call: 'consultar_cadastro',
            args: { garagem: 'JAB', filtro: 'fabricacao<=2017-12-31 OR km>1000000' },
            result:
              '[{"prefixo": "6.3105", "fabricacao": "2015-08-20", "km": 1012000}, {"prefixo": "6.3117", "fabricacao": "2016-03-11", "km": 948500}, {"prefixo": "6.3140", "fabricacao": "2019-05-02", "km": 1004300}]',
          },
          {
            say: '3 registros: 6.3105 (2015-08-20, 1012000 km), 6.3117 (2016-03-11, 948500 km), 6.3140 (2019-05-02, 1004300 km).',
          },
        ],
      },
      {
        name: 'gerente_ademar',
        description: 'Gerencia a garagem Cidade Ademar',
        instructions: 'Obtenha a lista com o cadastro e responda ao diretor.',
        replies: [
          {
            handoff: 'cadastro_ademar',
            message: 'Filtro: fabricacao <= 2017-12-31 OU km > 1000000. Campos: prefixo, fabricacao, km.',
          },
          { say: 'Cidade Ademar — 1 carro: 6.4402, fab. 27/11/2017, 877,9 mil km.' },
        ],
      },
      {
        name: 'cadastro_ademar',
        description: 'Consulta o cadastro de veículos da garagem Cidade Ademar',
        instructions: 'Consulte e devolva os registros.',
        replies: [
          {
            call: 'consultar_cadastro',
            args: { garagem: 'CAD', filtro: 'fabricacao<=2017-12-31 OR km>1000000' },
            result: '[{"prefixo": "6.4402", "fabricacao": "2017-11-27", "km": 877900}]',
          },
          { say: '1 registro: 6.4402 (2017-11-27, 877900 km).' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'oleo-motor-pedido-fornecedor-503-reenviado',
    title:
      'O comprador recebe 503 do portal do fornecedor ao pedir óleo de motor, reenvia com sucesso e relata os dois; o coordenador confirma o pedido',
    domain: 'compras de lubrificantes e insumos',
    mast: ['FM-2.6', 'FM-3.3'],
    nearMissOf: 'agent_error: a tool error that was retried successfully and reported openly',
    request:
      'O estoque de óleo de motor 15W-40 API CK-4 da garagem Brasilândia está em 380 L, abaixo do mínimo de 1.000 L. Fazer o pedido de reposição (2 tambores de 200 L e 1 contêiner de 1.000 L) e avisar o lubrificador do prazo.',
    topology: {
      shape: 'supervisor',
      coordinator: 'coordenador_suprimentos',
      workers: ['comprador_lubrificantes', 'lubrificador_chefe'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'coordenador_suprimentos',
        description: 'Coordena suprimentos das garagens',
        instructions: 'Faça o pedido e avise a oficina.',
        replies: [
          {
            handoff: 'comprador_lubrificantes',
            message:
              'Brasilândia: pedir 15W-40 CK-4 — 2 tambores de 200 L + 1 contêiner de 1.000 L (1.400 L). Contrato CT-LUB-2026-08.',
          },
          {
            handoff: 'lubrificador_chefe',
            message:
              'Pedido PC-27-04418 de 1.400 L de 15W-40 CK-4 confirmado, entrega prevista 17/03 até 12:00. Até lá, 380 L em estoque.',
          },
          {
            say: 'Reposição de óleo 15W-40 CK-4 (Brasilândia): pedido **PC-27-04418**, 1.400 L (2 × 200 L + 1 × 1.000 L), entrega 17/03 até 12:00. A primeira tentativa no portal deu erro 503 e foi reenviada com sucesso. Lubrificador avisado; com 380 L dá para as trocas programadas até a entrega.',
          },
        ],
      },
      {
        name: 'comprador_lubrificantes',
        description: 'Faz pedidos de lubrificantes nos portais de fornecedores',
        instructions: 'Faça o pedido e informe o resultado com transparência.',
        replies: [
          {
            call: 'enviar_pedido',
            args: {
              contrato: 'CT-LUB-2026-08',
              item: '15W-40 CK-4',
              volumes: ['200L', '200L', '1000L'],
              entrega: 'BRL',
            },
            result: {
              error:
                '503 Service Unavailable — portal fornecedor em manutenção, tente novamente em alguns minutos',
            },
          },
          {
            call: 'enviar_pedido',
            args: {
              contrato: 'CT-LUB-2026-08',
              item: '15W-40 CK-4',
              volumes: ['200L', '200L', '1000L'],
              entrega: 'BRL',
              tentativa: 2,
            },
            result:
              '{"pedido": "PC-27-04418", "status": "CONFIRMADO", "litros": 1400, "entrega_prevista": "2027-03-17 12:00", "valor": "R$ 27.860,00"}',
          },
          {
            say: 'Primeira tentativa falhou (503, portal em manutenção); reenviei e o pedido entrou: PC-27-04418, 1.400 L, R$ 27.860,00, entrega 17/03 até 12:00.',
          },
        ],
      },
      {
        name: 'lubrificador_chefe',
        description: 'Chefia a lubrificação e trocas de óleo',
        instructions: 'Ajuste as trocas ao estoque.',
        replies: [
          {
            call: 'trocas_programadas',
            args: { garagem: 'BRL', ate: '2027-03-17' },
            result: '{"trocas": 11, "litros_necessarios": 341}',
          },
          { say: 'Até 17/03 há 11 trocas programadas (341 L); os 380 L cobrem. Sem remanejamento.' },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vistoria-sptrans-data-remarcada-usada-certa',
    title:
      'A data da vistoria anual é remarcada de 08/04 para 15/04; o agendador cita as duas datas e o preparador de carros trabalha só com a nova',
    domain: 'vistoria anual do poder concedente',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the superseded date (08/04) is still mentioned in the messages, but everybody acts on the new one (15/04)',
    request:
      'A vistoria anual da SPTrans dos 9 carros da linha 6500 (garagem Capela do Socorro) estava marcada para 08/04/2027. Confirmar a data com o órgão e preparar os carros (extintores, tacógrafo, elevador de acessibilidade).',
    topology: {
      shape: 'swarm',
      entry: 'agendador_vistoria',
      agents: ['agendador_vistoria', 'preparador_carros'],
    },
    agents: [
      {
        name: 'agendador_vistoria',
        description: 'Agenda vistorias com o poder concedente',
        instructions: 'Confirme a data e passe a preparação adiante.',
        replies: [
          {
            call: 'consultar_agenda_vistoria',
            args: { linha: '6500', garagem: 'CSO' },
            result:
              '{"protocolo": "VST-2027-06500", "data_original": "2027-04-08", "data_atual": "2027-04-15", "hora": "08:00", "motivo_remarcacao": "feriado municipal antecipado", "carros": 9}',
          },
          {
            handoff: 'preparador_carros',
            message:
              'Vistoria VST-2027-06500 (linha 6500, 9 carros) foi remarcada: saiu de 08/04 e agora é **15/04/2027 às 08:00**. Preparar extintores, tacógrafos e elevadores até 14/04.',
          },
        ],
      },
      {
        name: 'preparador_carros',
        description: 'Prepara os carros para vistorias',
        instructions: 'Verifique os itens e programe as correções.',
        replies: [
          {
            call: 'checklist_vistoria',
            args: { protocolo: 'VST-2027-06500', prazo: '2027-04-14' },
            result:
              '{"extintores_vencidos": ["8.7714", "8.7720"], "tacografo_ok": 9, "elevador_falha": ["8.7718"], "os_geradas": ["OS-CSO-27-1102", "OS-CSO-27-1103", "OS-CSO-27-1104"]}',
          },
          {
            say: '## Preparação — vistoria VST-2027-06500 (15/04/2027, 08:00)\n\n- Extintores vencidos: 8.7714 e 8.7720 → OS-CSO-27-1102/1103\n- Elevador com falha: 8.7718 → OS-CSO-27-1104\n- Tacógrafos: 9/9 ok\n\nTodas as OS com prazo até 14/04, véspera da vistoria.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'preventiva-trimestral-exclui-carros-em-garantia',
    title:
      'Na preventiva trimestral, a equipe da garagem Pêssego deixa de fora os 6 carros novos em garantia (revisão na concessionária); o consolidador explica a exclusão',
    domain: 'manutenção preventiva e garantia de fábrica',
    mast: ['FM-1.1', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task: a legitimate exclusion (vehicles under warranty serviced by the dealer) explained with ids, in texts full of codes and counters',
    request:
      'Preventiva trimestral (abril a junho/2027) das garagens Pêssego e Itaim Paulista: quantos carros entram, horas de box e peças críticas. Carros ainda em garantia de fábrica fazem a revisão na concessionária e não entram na nossa oficina.',
    topology: {
      shape: 'fanout',
      planner: 'planejador_preventiva',
      workers: ['equipe_pessego', 'equipe_itaim'],
      aggregator: 'consolidador_preventiva',
    },
    agents: [
      {
        name: 'planejador_preventiva',
        description: 'Distribui o planejamento da preventiva por garagem',
        instructions: 'Um pedido por garagem.',
        replies: [
          {
            plan: {
              equipe_pessego:
                'Pêssego, preventiva 2º tri/2027: carros, horas de box e peças críticas. Excluir carros em garantia de fábrica (revisão na concessionária).',
              equipe_itaim:
                'Itaim Paulista, preventiva 2º tri/2027: carros, horas de box e peças críticas. Excluir carros em garantia de fábrica (revisão na concessionária).',
            },
          },
        ],
      },
      {
        name: 'equipe_pessego',
        description: 'Planeja a oficina da garagem Pêssego',
        instructions: 'Levante a preventiva do trimestre.',
        replies: [
          {
            call: 'plano_preventiva',
            args: { garagem: 'PES', trimestre: '2027-Q2' },
            result:
              '{"frota": 96, "em_garantia": ["9.1501", "9.1502", "9.1503", "9.1504", "9.1505", "9.1506"], "garantia_ate": "2027-11-30", "elegiveis": 90, "horas_box": 540, "pecas_criticas": {"filtro_ar_FA-3120": 90, "filtro_combustivel_FC-0877": 90, "lona_freio_LF-4402_jogos": 34, "correia_poly-v_CV-8PK2110": 22}}',
          },
          {
            say: 'Pêssego 2º tri: frota 96, **90 na preventiva** (fora 9.1501–9.1506, em garantia até 30/11/2027, revisão na concessionária). 540 h de box. Peças: FA-3120 ×90, FC-0877 ×90, LF-4402 ×34 jogos, CV-8PK2110 ×22.',
          },
        ],
      },
      {
        name: 'equipe_itaim',
        description: 'Planeja a oficina da garagem Itaim Paulista',
        instructions: 'Levante a preventiva do trimestre.',
        replies: [
          {
            call: 'plano_preventiva',
            args: { garagem: 'ITP', trimestre: '2027-Q2' },
            result:
              '{"frota": 74, "em_garantia": [], "elegiveis": 74, "horas_box": 444, "pecas_criticas": {"filtro_ar_FA-3120": 74, "filtro_combustivel_FC-0877": 74, "lona_freio_LF-4402_jogos": 29, "correia_poly-v_CV-8PK2110": 15}}',
          },
          {
            say: 'Itaim Paulista 2º tri: 74 carros (nenhum em garantia), 444 h de box. Peças: FA-3120 ×74, FC-0877 ×74, LF-4402 ×29 jogos, CV-8PK2110 ×15.',
          },
        ],
      },
      {
        name: 'consolidador_preventiva',
        description: 'Consolida o plano de preventiva',
        instructions: 'Some garagens e liste peças.',
        replies: [
          {
            say: '## Preventiva 2º trimestre/2027\n\n| garagem | frota | na preventiva | h box |\n|---|---|---|---|\n| Pêssego | 96 | 90 | 540 |\n| Itaim Paulista | 74 | 74 | 444 |\n| **total** | 170 | **164** | **984** |\n\nFora do plano: 9.1501–9.1506 (Pêssego), em garantia de fábrica até 30/11/2027 — revisão na concessionária.\n\n**Peças críticas:** FA-3120 ×164 · FC-0877 ×164 · LF-4402 ×63 jogos · CV-8PK2110 ×37.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'pneu-furado-rota-borracharia-numeros-reformatados',
    title:
      'A triagem manda a ocorrência de pneu para a borracharia; a borracharia devolve custos em formato americano do sistema e o fechamento os passa para o formato brasileiro, com os mesmos valores',
    domain: 'borracharia e custos de pneus',
    mast: ['FM-2.4', 'FM-3.3'],
    nearMissOf:
      'low_quality_output: number formats change between agents (1234.50 → 1.234,50) while values stay the same; the unused route never runs',
    request:
      'O carro 1.2207 voltou da linha 1017 com o pneu traseiro externo esquerdo cortado na lateral. Classificar, resolver e fechar o custo da ocorrência.',
    topology: {
      shape: 'branch',
      classifier: 'triagem_recolhida',
      routes: { pneu: 'borracharia', funilaria: 'funilaria_pintura' },
      after: 'fechamento_custos',
    },
    agents: [
      {
        name: 'triagem_recolhida',
        description: 'Classifica avarias na recolhida',
        instructions: 'Responda com "pneu" ou "funilaria" e o motivo.',
        replies: [
          { say: 'pneu — corte lateral no traseiro externo esquerdo do 1.2207; sem avaria de carroceria.' },
        ],
      },
      {
        name: 'borracharia',
        description: 'Troca e repara pneus',
        instructions: 'Resolva e informe peças e custo.',
        prompt: 'Triagem: {input}\n\nOcorrência: {request}',
        replies: [
          {
            call: 'trocar_pneu',
            args: { prefixo: '1.2207', posicao: 'TEE', motivo: 'corte lateral' },
            result:
              '{"os": "OS-BOR-27-2290", "pneu_retirado": "DOT 3825 fogo 118834", "pneu_montado": "295/80R22.5 Michelin X Multi Z fogo 120417", "custo_pneu": 2389.90, "mao_de_obra": 85.00, "total": 2474.90, "carcaca_recapavel": false}',
          },
          {
            say: 'OS-BOR-27-2290: retirado fogo 118834 (carcaça não recapável, corte lateral), montado Michelin X Multi Z 295/80R22.5 fogo 120417. Custo: pneu 2389.90 + mão de obra 85.00 = 2474.90.',
          },
        ],
      },
      {
        name: 'funilaria_pintura',
        description: 'Repara carroceria e pintura',
        instructions: 'Resolva avarias de carroceria.',
        replies: [{ say: 'Sem serviço de funilaria.' }],
      },
      {
        name: 'fechamento_custos',
        description: 'Fecha custos das ocorrências',
        instructions: 'Registre o custo final em reais.',
        prompt: 'Serviço executado:\n{input}',
        replies: [
          {
            say: '**Ocorrência 1.2207 — linha 1017 (OS-BOR-27-2290)**\n\n| item | valor |\n|---|---|\n| pneu Michelin X Multi Z 295/80R22.5 (fogo 120417) | R$ 2.389,90 |\n| mão de obra | R$ 85,00 |\n| **total** | **R$ 2.474,90** |\n\nCarcaça fogo 118834 baixada (não recapável).',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'ar-condicionado-frota-devolvido-com-resultados',
    title:
      'O roteador manda a inspeção de ar-condicionado de 12 carros ao técnico de climatização, que devolve a lista completa de medições; o comprador de gás usa exatamente esses números',
    domain: 'inspeção de ar-condicionado da frota',
    mast: ['FM-3.1', 'FM-2.4'],
    nearMissOf:
      'lost_message / low_quality_output: a hand-back carrying full results, in long texts full of prefixes, codes and counters',
    request:
      'Antes do verão, inspecionar o ar-condicionado dos 12 carros Caio Millennium BRT da linha 609J (garagem Santana, prefixos 2.2801 a 2.2812) e comprar o gás R-134a que faltar para as recargas.',
    topology: {
      shape: 'network',
      coordinator: 'roteador_climatizacao',
      workers: ['tecnico_climatizacao', 'comprador_gas'],
    },
    agents: [
      {
        name: 'roteador_climatizacao',
        description: 'Encaminha inspeção e compras da climatização',
        instructions: 'Inspeção primeiro, depois compras; encerre com o resumo.',
        replies: [
          {
            handoff: 'tecnico_climatizacao',
            message:
              'Inspecionar A/C de 2.2801 a 2.2812 (linha 609J, Santana): pressão, temperatura de saída e carga de gás.',
          },
          {
            handoff: 'comprador_gas',
            message:
              'Técnico apontou recarga em 4 carros (2.2803, 2.2806, 2.2809, 2.2811), total de 7,6 kg de R-134a; estoque de Santana tem 2,0 kg. Comprar a diferença.',
          },
          {
            say: '## A/C linha 609J — pré-verão\n\n- 12 carros inspecionados; 8 ok, 4 com carga baixa (2.2803, 2.2806, 2.2809, 2.2811)\n- Recarga total: 7,6 kg de R-134a; estoque 2,0 kg; comprados 6 kg (2 cilindros de 3 kg, pedido PC-27-05102)\n- Recargas programadas para 24 e 25/03 após a entrega',
          },
        ],
      },
      {
        name: 'tecnico_climatizacao',
        description: 'Inspeciona e mantém sistemas de ar-condicionado',
        instructions: 'Inspecione e devolva os resultados completos.',
        replies: [
          {
            call: 'inspecionar_ac',
            args: { prefixos: '2.2801-2.2812', garagem: 'SAN' },
            result:
              '[{"p": "2.2801", "saida_c": 11.8, "carga_pct": 96}, {"p": "2.2802", "saida_c": 12.1, "carga_pct": 94}, {"p": "2.2803", "saida_c": 17.9, "carga_pct": 61, "recarga_kg": 2.1}, {"p": "2.2804", "saida_c": 12.4, "carga_pct": 92}, {"p": "2.2805", "saida_c": 11.6, "carga_pct": 97}, {"p": "2.2806", "saida_c": 16.2, "carga_pct": 70, "recarga_kg": 1.6}, {"p": "2.2807", "saida_c": 12.9, "carga_pct": 90}, {"p": "2.2808", "saida_c": 12.0, "carga_pct": 95}, {"p": "2.2809", "saida_c": 18.4, "carga_pct": 58, "recarga_kg": 2.3}, {"p": "2.2810", "saida_c": 12.2, "carga_pct": 93}, {"p": "2.2811", "saida_c": 15.7, "carga_pct": 74, "recarga_kg": 1.6}, {"p": "2.2812", "saida_c": 11.9, "carga_pct": 96}]',
          },
          {
            say: 'Inspeção 609J concluída (12/12):\n- ok (carga ≥ 90 %, saída ≤ 13 °C): 2.2801, 2.2802, 2.2804, 2.2805, 2.2807, 2.2808, 2.2810, 2.2812\n- recarga: 2.2803 (61 %, 2,1 kg), 2.2806 (70 %, 1,6 kg), 2.2809 (58 %, 2,3 kg), 2.2811 (74 %, 1,6 kg)\n\nTotal de recarga: **7,6 kg de R-134a**.',
          },
        ],
      },
      {
        name: 'comprador_gas',
        description: 'Compra gases refrigerantes',
        instructions: 'Compre a quantidade necessária em cilindros padrão.',
        replies: [
          {
            call: 'pedido_gas',
            args: {
              gas: 'R-134a',
              kg_necessarios: 5.6,
              cilindro_kg: 3,
              quantidade_cilindros: 2,
              entrega: 'SAN',
            },
            result: '{"pedido": "PC-27-05102", "kg": 6, "entrega": "2027-03-23", "valor": "R$ 1.134,00"}',
          },
          {
            say: 'Pedido PC-27-05102: 2 cilindros de 3 kg (6 kg) de R-134a para cobrir 5,6 kg (7,6 − 2,0 em estoque). Entrega 23/03, R$ 1.134,00.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch137Scenarios = [...faults, ...healthy];
