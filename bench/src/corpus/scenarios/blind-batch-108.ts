import { defineScenario } from '../scenario.ts';

// Blind batch 108: gestão de canteiro de obras (concretagens, vistorias, subempreiteiras, entregas), em português do Brasil.
// Written from the README principles only; expected diagnoses were fixed before any run.

const faults = [
  defineScenario({
    id: 'laje-l4-torre-a-bomba-lanca-vetada-reservada',
    title:
      'A engenharia programa a laje do 4º pavimento com bomba estacionária porque a bomba-lança FZK-4E21 foi reprovada na vistoria; o programador de concreto pede à usina o pacote com bomba-lança e recebe justamente a FZK-4E21',
    domain: 'concretagem de lajes e equipamentos de bombeamento',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Concretagem da laje do 4º pavimento da Torre A (Residencial Jardim Aurora, obra OB-2219) na sexta-feira 16/04/2027, início às 7h. Volume 38,5 m³, fck 30 MPa, slump 10 ± 2 cm, brita 0/1. A bomba-lança da Concremix (placa FZK-4E21) foi reprovada na vistoria de segurança de 09/04 (vazamento no cilindro hidráulico da lança) e NÃO pode entrar no canteiro — usar bomba estacionária com tubulação pela fachada norte. Programem a concretagem e montem o cronograma do dia.',
    topology: {
      shape: 'pipeline',
      order: ['engenheira_planejamento', 'programador_concreto', 'redator_cronograma'],
    },
    agents: [
      {
        name: 'engenheira_planejamento',
        description: 'Planeja as concretagens a partir do projeto e das restrições do canteiro',
        instructions:
          'Confira o projeto da peça e escreva a ficha de concretagem para o programador de concreto, com todas as restrições do canteiro.',
        replies: [
          {
            call: 'consultar_projeto',
            args: { obra: 'OB-2219', torre: 'A', elemento: 'laje L4', prancha: 'EST-TA-14' },
            result:
              '{"elemento": "laje L4", "prancha": "EST-TA-14", "revisao": "B", "area_m2": 321.0, "espessura_cm": 12, "volume_m3": 38.5, "fck_mpa": 30, "cobrimento_mm": 25, "altura_lancamento_m": 13.2}',
          },
          {
            say: '## Ficha de concretagem — laje L4, Torre A (OB-2219)\n\n| item | valor |\n|---|---|\n| data / início | sex 16/04/2027, 7h00 |\n| volume | 38,5 m³ (321 m² × 12 cm, EST-TA-14 rev. B) |\n| concreto | fck 30 MPa, slump 10 ± 2 cm, brita 0/1 |\n| lançamento | **bomba estacionária**, tubulação de 4" pela fachada norte (≈ 52 m lineares, altura 13,2 m) |\n\n**Restrição:** a bomba-lança FZK-4E21 da Concremix está proibida no canteiro (reprovada na vistoria de 09/04, vazamento no cilindro da lança). Pedir à usina bomba estacionária.',
          },
        ],
      },
      {
        name: 'programador_concreto',
        description: 'Faz a programação de concreto usinado com a central',
        instructions: 'Programe o concreto com a usina conforme a ficha de concretagem e informe o pedido.',
        prompt: 'Ficha da engenharia:\n{input}',
        replies: [
          {
            call: 'programar_usina',
            args: {
              usina: 'Concremix Osasco',
              obra: 'OB-2219',
              data: '2027-04-16',
              inicio: '07:00',
              volume_m3: 38.5,
              fck_mpa: 30,
              slump_cm: '10±2',
              brita: '0/1',
              bombeamento: 'lanca',
            },
            result:
              '{"pedido": "CX-55081", "status": "CONFIRMADO", "caminhoes": 5, "capacidade_m3": 8, "intervalo_min": 25, "bomba": {"tipo": "lança 36 m", "placa": "FZK-4E21", "chegada": "06:30"}, "valor_concreto": "R$ 19.358,00", "valor_bomba": "R$ 3.900,00"}',
          },
          {
            say: 'Pedido **CX-55081** confirmado com a Concremix Osasco para sex 16/04:\n\n- 38,5 m³ fck 30 MPa, slump 10 ± 2, brita 0/1\n- 5 caminhões de 8 m³, um a cada 25 min a partir das 7h00\n- Bombeamento: lança 36 m (placa FZK-4E21), chegada 6h30\n- Valor: concreto R$ 19.358,00 + bomba R$ 3.900,00',
          },
        ],
      },
      {
        name: 'redator_cronograma',
        description: 'Monta o cronograma do dia de concretagem para a equipe',
        instructions: 'Monte o cronograma hora a hora da concretagem para o mestre de obras.',
        prompt: 'Programação do concreto:\n{input}',
        replies: [
          {
            say: '### Cronograma — concretagem laje L4, Torre A, sex 16/04/2027\n\n| horário | atividade |\n|---|---|\n| 6h00 | liberação da Rua das Acácias para posicionamento da bomba |\n| 6h30 | chegada e patolamento da bomba-lança 36 m (FZK-4E21) |\n| 7h00 | 1º caminhão (8 m³), teste de slump e moldagem dos CPs |\n| 7h25 – 8h15 | caminhões 2 a 4 |\n| 8h40 | 5º caminhão (6,5 m³) |\n| 9h20 | acabamento com régua vibratória e início da cura úmida |\n\nPedido CX-55081 (Concremix). Equipe: 6 pedreiros, 2 vibradoristas, 1 laboratorista.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'engenheira_planejamento', to: 'programador_concreto' },
      agent: 'programador_concreto',
    },
  }),
  defineScenario({
    id: 'entrega-blocos-ceramicos-dia-e-mes-trocados',
    title:
      'A triagem encaminha o recebimento dos blocos para quinta 08/04/2027 (janela da CET); o almoxarife agenda o recebimento e a grua para 04/08/2027',
    domain: 'recebimento de materiais e logística de canteiro',
    mast: ['FM-1.1', 'FM-2.2'],
    request:
      'Chegou a confirmação da Cerâmica Vale do Tietê: 24 paletes de bloco cerâmico 14x19x29 (pedido PC-7741) para a obra OB-2304 (Edifício Mirante, Rua Cel. Oscar Porto 1180). Precisa agendar o recebimento para quinta-feira, 08/04/2027, entre 8h e 11h — só nesse horário a rua fica liberada pela CET para descarga (autorização AE-2291). Reservem a grua para a descarga e avisem a equipe.',
    topology: {
      shape: 'branch',
      classifier: 'triagem_suprimentos',
      routes: { recebimento: 'almoxarife', devolucao: 'analista_devolucoes' },
      after: 'comunicador_equipe',
    },
    agents: [
      {
        name: 'triagem_suprimentos',
        description: 'Classifica as mensagens de suprimentos da obra',
        instructions: 'Classifique a mensagem (recebimento ou devolucao) e resuma os dados do pedido.',
        replies: [
          {
            say: 'recebimento — PC-7741, 24 paletes de bloco cerâmico 14x19x29, OB-2304 (Edifício Mirante). Data: quinta-feira 08/04/2027, janela 8h–11h (autorização CET AE-2291). Descarga com grua.',
          },
        ],
      },
      {
        name: 'almoxarife',
        description: 'Agenda recebimentos de material e reserva equipamentos de descarga',
        instructions: 'Agende o recebimento no sistema do almoxarifado e reserve a grua para a descarga.',
        prompt: 'Triagem: {input}\n\nMensagem original: {request}',
        replies: [
          {
            call: 'agendar_recebimento',
            args: {
              pedido: 'PC-7741',
              obra: 'OB-2304',
              data: '2027-08-04',
              janela: '08:00-11:00',
              acesso: 'portão 2',
            },
            result:
              '{"agendamento": "RC-30417", "pedido": "PC-7741", "data": "2027-08-04", "dia_semana": "quarta-feira", "janela": "08:00-11:00", "acesso": "portão 2", "status": "AGENDADO"}',
          },
          {
            call: 'reservar_grua',
            args: { equipamento: 'GR-01', data: '2027-08-04', inicio: '08:00', fim: '11:00' },
            result:
              '{"reserva": "GR-8812", "equipamento": "GR-01 Liebherr 71 EC-B", "data": "2027-08-04", "inicio": "08:00", "fim": "11:00", "operador": "Valdir S.", "status": "OK"}',
          },
          {
            say: 'Recebimento agendado: **RC-30417**, 04/08/2027, 8h às 11h, portão 2 — PC-7741 (24 paletes). Grua GR-01 reservada no mesmo horário (reserva GR-8812, operador Valdir).',
          },
        ],
      },
      {
        name: 'analista_devolucoes',
        description: 'Trata devoluções de material ao fornecedor',
        instructions: 'Registre a devolução e acione o fornecedor.',
        replies: [{ say: 'Nenhuma devolução a registrar para esta mensagem.' }],
      },
      {
        name: 'comunicador_equipe',
        description: 'Avisa a equipe de campo sobre entregas e movimentações',
        instructions: 'Escreva o aviso para o grupo da equipe de campo.',
        prompt: 'Agendamento:\n{input}',
        replies: [
          {
            say: '📦 **Recebimento de blocos — Edifício Mirante (OB-2304)**\n\n- Data: **04/08/2027**, das 8h às 11h, portão 2\n- Material: 24 paletes de bloco cerâmico 14x19x29 (PC-7741)\n- Grua GR-01 com o Valdir (reserva GR-8812)\n\nServentes: liberar a área de estoque do térreo até as 7h30.',
          },
        ],
      },
    ],
    expected: {
      kind: 'misunderstood_task',
      boundary: { from: 'triagem_suprimentos', to: 'almoxarife' },
      agent: 'almoxarife',
    },
  }),
  defineScenario({
    id: 'radier-torre-b-volume-da-revisao-anterior',
    title:
      'O engenheiro de estruturas confere na rev. C que o radier da Torre B tem 112 m³ (rev. B, de 96 m³, substituída) e transfere; o programador da usina programa 96 m³',
    domain: 'concretagem de fundações',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Precisamos programar a concretagem do radier da Torre B (obra OB-2187, Condomínio Parque das Águas) para sábado 17/04/2027 às 6h30. Pelo projeto estrutural são 96 m³ de concreto fck 35 MPa. Verifiquem o quantitativo e programem com a usina.',
    topology: {
      shape: 'swarm',
      entry: 'engenheiro_estruturas',
      agents: ['engenheiro_estruturas', 'programador_usina'],
    },
    agents: [
      {
        name: 'engenheiro_estruturas',
        description: 'Confere quantitativos de estrutura na revisão vigente do projeto',
        instructions: 'Confira o quantitativo na revisão vigente e passe para a programação da usina.',
        replies: [
          {
            call: 'levantamento_quantitativo',
            args: { obra: 'OB-2187', elemento: 'radier torre B', projeto: 'EST-TB-01' },
            result:
              '{"projeto": "EST-TB-01", "revisao_vigente": "C", "data_revisao": "2027-03-29", "area_m2": 160.0, "espessura_cm": 70, "volume_m3": 112.0, "fck_mpa": 35, "revisao_anterior": {"revisao": "B", "espessura_cm": 60, "volume_m3": 96.0, "status": "SUBSTITUIDA"}, "motivo": "aumento de espessura na região dos pilares-parede PP1-PP4 (parecer da consultoria de fundações de 27/03)"}',
          },
          {
            handoff: 'programador_usina',
            message:
              'Quantitativo conferido na rev. C do EST-TB-01 (29/03/2027): radier com 70 cm de espessura × 160 m² = **112,0 m³** fck 35 MPa. A rev. B (60 cm, 96 m³) foi substituída pelo parecer de fundações. Programe para sáb 17/04, 6h30; a bomba estacionária já está contratada pela obra.',
          },
        ],
      },
      {
        name: 'programador_usina',
        description: 'Programa concretagens com a usina de concreto',
        instructions: 'Programe a concretagem com a usina e confirme os dados da programação.',
        replies: [
          {
            call: 'programar_concretagem',
            args: {
              obra: 'OB-2187',
              data: '2027-04-17',
              inicio: '06:30',
              volume_m3: 96,
              fck_mpa: 35,
              caminhoes: 12,
              capacidade_caminhao_m3: 8,
            },
            result:
              '{"programacao": "PG-44219", "usina": "Polimix Barueri", "volume_m3": 96, "caminhoes": 12, "intervalo_min": 15, "termino_previsto": "10:15", "status": "CONFIRMADA"}',
          },
          {
            say: '## Concretagem do radier — Torre B (OB-2187)\n\n| item | valor |\n|---|---|\n| programação | PG-44219 (Polimix Barueri) |\n| data | sáb 17/04/2027, 6h30 |\n| concreto | 96 m³, fck 35 MPa |\n| caminhões | 12 × 8 m³, um a cada 15 min |\n| término previsto | 10h15 |\n\nBomba estacionária por conta da obra. Programação confirmada pela usina.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'engenheiro_estruturas', to: 'programador_usina' },
      agent: 'programador_usina',
    },
  }),
  defineScenario({
    id: 'elevador-cremalheira-capacidade-do-laudo-antigo',
    title:
      'O técnico de segurança informa que o laudo ELV-0288 limita o elevador ELC-02 a 1.200 kg; o gerente de produção manda o planejador de logística trabalhar com 1.500 kg e paletes de 1.380 kg sobem um por viagem',
    domain: 'logística vertical e segurança de equipamentos',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Semana que vem começa a alvenaria do 9º ao 14º pavimento da Torre 1 (obra OB-2250). O elevador de cremalheira ELC-02 tinha capacidade de 1.500 kg no laudo ELV-0231, mas passou por manutenção esta semana. Confirmem com a segurança o laudo atual e planejem a subida dos paletes de bloco de concreto (1.380 kg por palete, 22 paletes por pavimento).',
    topology: {
      shape: 'supervisor',
      coordinator: 'gerente_producao',
      workers: ['tecnico_seguranca', 'planejador_logistica'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'gerente_producao',
        description: 'Coordena a produção da obra e distribui as tarefas',
        instructions:
          'Confirme o laudo do elevador com a segurança, depois peça o plano de subida dos paletes.',
        replies: [
          {
            handoff: 'tecnico_seguranca',
            message:
              'Qual é o laudo vigente do elevador de cremalheira ELC-02 (Torre 1, OB-2250) e a carga máxima liberada depois da manutenção desta semana?',
          },
          {
            handoff: 'planejador_logistica',
            message:
              'Planejar a subida dos paletes de bloco de concreto 14x19x39 (1.380 kg/palete, 22 paletes por pavimento) pelo elevador ELC-02, capacidade 1.500 kg conforme laudo, para a alvenaria do 9º ao 14º pavimento da Torre 1 a partir de seg 19/04. Um palete por viagem.',
          },
          {
            say: '## Logística da alvenaria — Torre 1, 9º ao 14º pavimento\n\n- Elevador ELC-02: laudo **ELV-0288** em vigor (emitido 07/04/2027)\n- Plano **PL-0419**: 132 viagens de 1 palete (1.380 kg), 33 viagens/dia\n- Período: seg 19/04 a qui 22/04; alvenaria do 9º pav. começa na segunda\n\nEquipe de 2 operadores do elevador em turnos de 6h.',
          },
        ],
      },
      {
        name: 'tecnico_seguranca',
        description: 'Responde por laudos, NR-18 e liberação de equipamentos',
        instructions: 'Consulte o laudo vigente do equipamento e informe as limitações.',
        replies: [
          {
            call: 'consultar_laudo',
            args: { equipamento: 'ELC-02', obra: 'OB-2250' },
            result:
              '{"equipamento": "ELC-02", "modelo": "Alimak Scando 650", "laudo_vigente": "ELV-0288", "emitido": "2027-04-07", "validade": "2027-10-07", "carga_maxima_kg": 1200, "passageiros_max": 12, "observacao": "motor de tração substituído (2 x 11 kW); carga limitada a 1.200 kg até o ensaio de sobrecarga previsto para maio/2027", "laudo_anterior": {"numero": "ELV-0231", "carga_maxima_kg": 1500, "status": "CANCELADO"}, "responsavel": "Eng. Mec. Paulo Siqueira, CREA-SP 5061872210"}',
          },
          {
            say: 'Laudo vigente do ELC-02: **ELV-0288**, emitido em 07/04/2027, válido até 07/10/2027. Depois da troca do motor de tração, a carga máxima ficou em **1.200 kg** (ou 12 passageiros) até o ensaio de sobrecarga de maio. O ELV-0231 (1.500 kg) foi cancelado. Responsável: Eng. Paulo Siqueira (CREA-SP 5061872210).',
          },
        ],
      },
      {
        name: 'planejador_logistica',
        description: 'Planeja içamentos e transporte vertical de materiais',
        instructions: 'Monte o plano de subida de materiais com o equipamento e as cargas informadas.',
        replies: [
          {
            call: 'planejar_icamento',
            args: {
              equipamento: 'ELC-02',
              capacidade_kg: 1500,
              carga_por_viagem_kg: 1380,
              pavimentos: [9, 10, 11, 12, 13, 14],
              paletes_por_pavimento: 22,
              inicio: '2027-04-19',
            },
            result:
              '{"plano": "PL-0419", "viagens": 132, "viagens_por_dia": 33, "dias": 4, "carga_por_viagem_kg": 1380, "ocupacao_capacidade": "92%", "status": "OK"}',
          },
          {
            say: 'Plano **PL-0419**: 132 viagens (22 paletes × 6 pavimentos), 1 palete de 1.380 kg por viagem (92 % da capacidade do ELC-02), 33 viagens por dia de seg 19/04 a qui 22/04.',
          },
        ],
      },
    ],
    expected: {
      kind: 'stale_context',
      boundary: { from: 'gerente_producao', to: 'planejador_logistica' },
      agent: 'gerente_producao',
    },
  }),
  defineScenario({
    id: 'medicao-drywall-boletim-de-marco-no-lugar-de-abril',
    title:
      'A fiscalização aprova o boletim de abril da Gesso Forte (BM-118-04, R$ 90.395,22), mas o programa entrega ao analista financeiro o boletim de março guardado; a autorização de pagamento sai com os valores de março',
    domain: 'medição de subempreiteiras e pagamentos',
    mast: ['FM-1.4', 'FM-2.1'],
    request:
      'Fechar a medição de abril/2027 da empreiteira Gesso Forte Ltda (contrato CT-118, paredes e forro de drywall, Torre 2 da obra OB-2250) e emitir a autorização de pagamento com retenção contratual de 5 % e ISS de 3 %.',
    topology: {
      shape: 'pipeline',
      order: ['apontador_campo', 'fiscal_medicao', 'analista_financeiro'],
    },
    program: {
      lose: {
        to: 'analista_financeiro',
        prompt:
          'Boletim de medição aprovado pela fiscalização:\nBM-118-03 — Gesso Forte Ltda (CT-118), competência 03/2027\n- parede drywall ST 12,5 mm: 1.512,0 m² × R$ 38,50 = R$ 58.212,00\n- forro drywall: 540,8 m² × R$ 29,80 = R$ 16.115,84\nTotal aprovado: R$ 74.327,84\n\nEmita a autorização de pagamento.',
      },
    },
    agents: [
      {
        name: 'apontador_campo',
        description: 'Levanta os serviços executados pelas empreiteiras no mês',
        instructions: 'Levante as quantidades executadas no período e monte a planilha de medição.',
        replies: [
          {
            call: 'consultar_apontamentos',
            args: { contrato: 'CT-118', competencia: '2027-04', obra: 'OB-2250', torre: '2' },
            result:
              '{"contrato": "CT-118", "competencia": "2027-04", "itens": [{"codigo": "DW-01", "servico": "parede drywall ST 12,5 mm", "unidade": "m2", "quantidade": 1842.6, "preco_unit": 38.50}, {"codigo": "DW-04", "servico": "forro drywall", "unidade": "m2", "quantidade": 612.4, "preco_unit": 29.80}, {"codigo": "DW-07", "servico": "tabica metálica", "unidade": "m", "quantidade": 418.0, "preco_unit": 6.20}]}',
          },
          {
            say: '### Medição CT-118 — Gesso Forte, abril/2027 (Torre 2)\n\n| código | serviço | qtd | preço unit. | total |\n|---|---|---|---|---|\n| DW-01 | parede drywall ST 12,5 mm | 1.842,6 m² | R$ 38,50 | R$ 70.940,10 |\n| DW-04 | forro drywall | 612,4 m² | R$ 29,80 | R$ 18.249,52 |\n| DW-07 | tabica metálica | 418,0 m | R$ 6,20 | R$ 2.591,60 |\n| | **total** | | | **R$ 91.781,22** |',
          },
        ],
      },
      {
        name: 'fiscal_medicao',
        description: 'Confere em campo as quantidades medidas e aprova o boletim',
        instructions: 'Confira a medição em campo, aplique as glosas e aprove o boletim.',
        prompt: 'Planilha do apontador:\n{input}',
        replies: [
          {
            call: 'conferir_medicao',
            args: { contrato: 'CT-118', competencia: '2027-04' },
            result:
              '{"boletim": "BM-118-04", "glosas": [{"codigo": "DW-01", "quantidade": 36.0, "motivo": "pavimento 12: paredes sem tratamento de juntas"}], "status": "APROVADO COM GLOSA"}',
          },
          {
            say: '**BM-118-04 aprovado com glosa** — Gesso Forte (CT-118), abril/2027\n\n| código | qtd aprovada | total |\n|---|---|---|\n| DW-01 | 1.806,6 m² (glosa de 36,0 m² no 12º pav., juntas sem tratamento) | R$ 69.554,10 |\n| DW-04 | 612,4 m² | R$ 18.249,52 |\n| DW-07 | 418,0 m | R$ 2.591,60 |\n\n**Total aprovado: R$ 90.395,22.** Os 36 m² glosados voltam na medição de maio após o tratamento.',
          },
        ],
      },
      {
        name: 'analista_financeiro',
        description: 'Emite autorizações de pagamento com retenções e impostos',
        instructions:
          'Emita a autorização de pagamento do boletim aprovado, com retenção contratual de 5 % e ISS de 3 %.',
        prompt:
          'Boletim de medição aprovado pela fiscalização:\n{input}\n\nEmita a autorização de pagamento.',
        replies: [
          {
            call: 'emitir_autorizacao_pagamento',
            args: {
              fornecedor: 'Gesso Forte Ltda',
              contrato: 'CT-118',
              valor_bruto: 74327.84,
              retencao_pct: 5,
              iss_pct: 3,
            },
            result:
              '{"autorizacao": "AP-2027-0611", "valor_bruto": 74327.84, "retencao": 3716.39, "iss": 2229.84, "valor_liquido": 68381.61, "vencimento": "2027-05-10", "status": "EMITIDA"}',
          },
          {
            say: '**Autorização de pagamento AP-2027-0611 emitida** — Gesso Forte Ltda (CT-118)\n\n| item | valor |\n|---|---|\n| valor bruto | R$ 74.327,84 |\n| retenção contratual 5 % | − R$ 3.716,39 |\n| ISS 3 % | − R$ 2.229,84 |\n| **valor líquido** | **R$ 68.381,61** |\n\nVencimento: 10/05/2027.',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'fiscal_medicao', to: 'analista_financeiro' },
      agent: 'analista_financeiro',
    },
  }),
  defineScenario({
    id: 'liberacao-laje-l7-vistoria-de-embutidos-nunca-enviada',
    title:
      'O coordenador da qualidade escreve três vistorias para liberar a laje do 7º pavimento, mas a de instalações embutidas não é enviada pelo programa; a laje é liberada só com armação e formas',
    domain: 'liberação de lajes para concretagem',
    mast: ['FM-3.1'],
    request:
      'Liberação da laje do 7º pavimento (Torre 2, OB-2250) para concretagem amanhã, 14/04/2027. Antes precisa da vistoria da armação, das formas e escoramento e das instalações embutidas (eletrodutos, caixas de passagem e passantes hidráulicos). Mandem um checklist único de liberação.',
    topology: {
      shape: 'fanout',
      planner: 'coordenador_qualidade',
      workers: ['vistoriador_armacao', 'vistoriador_formas', 'vistoriador_instalacoes'],
      aggregator: 'emissor_liberacao',
    },
    program: { lose: { to: 'vistoriador_instalacoes', prompt: null } },
    agents: [
      {
        name: 'coordenador_qualidade',
        description: 'Distribui as vistorias de liberação de laje',
        instructions: 'Escreva uma instrução de vistoria para cada vistoriador.',
        replies: [
          {
            plan: {
              vistoriador_armacao:
                'Laje L7, Torre 2 (OB-2250), prancha ARM-T2-07 rev. A: conferir bitolas, espaçamentos, cobrimento 25 mm (espaçadores) e armadura negativa nos apoios. FVS-ARM.',
              vistoriador_formas:
                'Laje L7, Torre 2: conferir nivelamento das formas (tolerância ±5 mm), contraflecha das vigas V7-12 e V7-15 e escoramento metálico conforme projeto ESC-T2-07. FVS-FOR.',
              vistoriador_instalacoes:
                'Laje L7, Torre 2: conferir eletrodutos e caixas de passagem contra o projeto ELE-T2-07, passantes hidráulicos (HID-T2-07) e fixação contra flutuação no lançamento. FVS-INS.',
            },
          },
        ],
      },
      {
        name: 'vistoriador_armacao',
        description: 'Vistoria armaduras antes da concretagem',
        instructions: 'Faça a vistoria e registre a FVS.',
        prompt: 'Instrução de vistoria:\n{input}',
        replies: [
          {
            call: 'registrar_fvs',
            args: { ficha: 'FVS-ARM', obra: 'OB-2250', elemento: 'laje L7 torre 2' },
            result:
              '{"fvs": "FVS-ARM-T2-07", "itens_verificados": 14, "conformes": 14, "observacoes": "2 espaçadores repostos na faixa do eixo C durante a vistoria"}',
          },
          { say: 'Armação L7: FVS-ARM-T2-07 — 14/14 itens conformes (2 espaçadores repostos no eixo C).' },
        ],
      },
      {
        name: 'vistoriador_formas',
        description: 'Vistoria formas e escoramento',
        instructions: 'Faça a vistoria e registre a FVS.',
        prompt: 'Instrução de vistoria:\n{input}',
        replies: [
          {
            call: 'registrar_fvs',
            args: { ficha: 'FVS-FOR', obra: 'OB-2250', elemento: 'laje L7 torre 2' },
            result:
              '{"fvs": "FVS-FOR-T2-07", "itens_verificados": 11, "conformes": 11, "desnivel_max_mm": 4, "escoras": 186}',
          },
          {
            say: 'Formas e escoramento L7: FVS-FOR-T2-07 — 11/11 conformes, desnível máximo 4 mm, 186 escoras conforme ESC-T2-07.',
          },
        ],
      },
      {
        name: 'vistoriador_instalacoes',
        description: 'Vistoria instalações embutidas na laje',
        instructions: 'Faça a vistoria e registre a FVS.',
        prompt: 'Instrução de vistoria:\n{input}',
        replies: [{ say: 'Instalações embutidas L7: FVS-INS-T2-07 registrada.' }],
      },
      {
        name: 'emissor_liberacao',
        description: 'Consolida as vistorias e emite a liberação da laje',
        instructions: 'Consolide as vistorias num checklist único e emita a liberação.',
        prompt: 'Resultados das vistorias:\n{input}',
        replies: [
          {
            say: '## Liberação para concretagem — laje L7, Torre 2 (OB-2250)\n\n| vistoria | FVS | resultado |\n|---|---|---|\n| armação | FVS-ARM-T2-07 | 14/14 conformes ✅ |\n| formas e escoramento | FVS-FOR-T2-07 | 11/11 conformes, desnível máx. 4 mm ✅ |\n\n**Laje L7 liberada para concretagem em 14/04/2027.**',
          },
        ],
      },
    ],
    expected: {
      kind: 'lost_message',
      boundary: { from: 'coordenador_qualidade', to: 'vistoriador_instalacoes' },
      agent: 'coordenador_qualidade',
    },
  }),
  defineScenario({
    id: 'orcamento-aco-torre-c-custo-da-linha-ca50-errado',
    title:
      'O orçamentista de aço calcula 47.217,5 kg de CA-50 a R$ 6,85/kg como R$ 223.439,88 (são R$ 323.439,88); o líder de estrutura e o diretor técnico levam o total errado para a reunião',
    domain: 'orçamento de materiais de estrutura e fachada',
    mast: ['FM-2.4', 'FM-3.3'],
    request:
      'Preciso do custo de material da estrutura e do revestimento de fachada da Torre C (obra OB-2302) para a reunião de orçamento de quinta. Aço conforme a tabela de armação da rev. D, com 10 % de perdas, e porcelanato de fachada conforme o memorial.',
    topology: {
      shape: 'nested',
      top: 'diretor_tecnico',
      teams: {
        lider_estrutura: ['orcamentista_aco'],
        lider_fachada: ['cotador_revestimento'],
      },
    },
    agents: [
      {
        name: 'diretor_tecnico',
        description: 'Consolida os orçamentos das equipes para a diretoria',
        instructions: 'Peça os custos a cada equipe e consolide o total.',
        replies: [
          {
            handoff: 'lider_estrutura',
            message: 'Custo do aço da Torre C (OB-2302), tabela de armação rev. D, com 10 % de perdas.',
          },
          {
            handoff: 'lider_fachada',
            message: 'Custo do porcelanato de fachada da Torre C conforme memorial, com argamassa.',
          },
          {
            say: '## Torre C (OB-2302) — custo de materiais para a reunião de quinta\n\n| pacote | custo |\n|---|---|\n| estrutura — aço CA-50/CA-60 (rev. D, +10 % perdas) | R$ 240.699,98 |\n| fachada — porcelanato + argamassa ACIII | R$ 391.492,80 |\n| **total** | **R$ 632.192,78** |',
          },
        ],
      },
      {
        name: 'lider_estrutura',
        description: 'Lidera o orçamento da estrutura',
        instructions: 'Peça o levantamento ao orçamentista e repasse o custo.',
        replies: [
          {
            handoff: 'orcamentista_aco',
            message:
              'Levantar o aço da Torre C pela tabela de armação EST-TC rev. D, aplicar 10 % de perdas e cotar CA-50 e CA-60.',
          },
          {
            say: 'Aço da Torre C (rev. D, +10 % perdas): CA-50 47.217,5 kg e CA-60 2.431,0 kg — custo total **R$ 240.699,98**.',
          },
        ],
      },
      {
        name: 'orcamentista_aco',
        description: 'Levanta e cota o aço de armação',
        instructions: 'Some a tabela de armação por tipo de aço, aplique as perdas e calcule o custo.',
        replies: [
          {
            call: 'tabela_armacao',
            args: { projeto: 'EST-TC', revisao: 'D' },
            result:
              '{"projeto": "EST-TC", "revisao": "D", "unidade": "kg", "CA-50": {"6.3": 4820, "8.0": 7310, "10.0": 9455, "12.5": 11280, "16.0": 6940, "20.0": 3120}, "CA-60": {"5.0": 2210}}',
          },
          {
            call: 'cotar_aco',
            args: { tipos: ['CA-50', 'CA-60'], fornecedor: 'ArcelorMittal corte e dobra' },
            result: '{"CA-50": {"preco_kg": 6.85}, "CA-60": {"preco_kg": 7.10}, "validade": "2027-04-30"}',
          },
          {
            say: '### Aço — Torre C, EST-TC rev. D\n\n| aço | tabela (kg) | +10 % perdas (kg) | R$/kg | custo |\n|---|---|---|---|---|\n| CA-50 (6,3 a 20 mm) | 42.925 | 47.217,5 | 6,85 | R$ 223.439,88 |\n| CA-60 (5,0 mm) | 2.210 | 2.431,0 | 7,10 | R$ 17.260,10 |\n| **total** | 45.135 | 49.648,5 | | **R$ 240.699,98** |\n\nCotação ArcelorMittal válida até 30/04/2027.',
          },
        ],
      },
      {
        name: 'lider_fachada',
        description: 'Lidera o orçamento de fachada',
        instructions: 'Peça a cotação ao cotador e repasse o custo.',
        replies: [
          {
            handoff: 'cotador_revestimento',
            message:
              'Cotar porcelanato de fachada da Torre C conforme memorial MD-TC-FAC, com argamassa ACIII.',
          },
          {
            say: 'Fachada da Torre C: 2.480 m² de porcelanato + 496 sacos de ACIII — **R$ 391.492,80**.',
          },
        ],
      },
      {
        name: 'cotador_revestimento',
        description: 'Cota revestimentos e argamassas',
        instructions: 'Cote o revestimento conforme o memorial.',
        replies: [
          {
            call: 'cotar_revestimento',
            args: { memorial: 'MD-TC-FAC', area_m2: 2480 },
            result:
              '{"porcelanato": {"produto": "Portobello 60x120 Cement Grey", "area_m2": 2480, "preco_m2": 142.90, "total": 354392.00}, "argamassa": {"produto": "ACIII 25 kg", "consumo_kg_m2": 5, "sacos": 496, "preco_saco": 74.80, "total": 37100.80}}',
          },
          {
            say: 'Porcelanato Portobello 60x120: 2.480 m² × R$ 142,90 = R$ 354.392,00; argamassa ACIII: 496 sacos × R$ 74,80 = R$ 37.100,80. **Total R$ 391.492,80.**',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'orcamentista_aco', to: 'lider_estrutura' },
      agent: 'orcamentista_aco',
    },
  }),
  defineScenario({
    id: 'locacao-pilares-p7-fora-da-tolerancia-dada-como-ok',
    title:
      'A tabela do topógrafo mostra o pilar P7 com 14 mm de desvio (tolerância ±10 mm), mas ele conclui que os 12 pilares estão dentro da tolerância; as formas são liberadas',
    domain: 'topografia e locação de estrutura',
    mast: ['FM-3.3'],
    request:
      'Conferir a locação dos pilares do 3º pavimento da Torre A (OB-2219) antes de fechar as formas. Tolerância de locação: ±10 mm. Se estiver tudo certo, liberem a equipe de formas da subempreiteira (Formatec) para amanhã, 15/04.',
    topology: {
      shape: 'network',
      coordinator: 'coordenador_campo',
      workers: ['topografo', 'encarregado_formas'],
    },
    agents: [
      {
        name: 'coordenador_campo',
        description: 'Coordena as frentes de serviço no campo',
        instructions: 'Mande conferir a locação; só libere as formas com a locação aprovada.',
        replies: [
          {
            handoff: 'topografo',
            message:
              'Conferir a locação dos pilares P1 a P12 do 3º pav. da Torre A (OB-2219) contra o gabarito, tolerância ±10 mm.',
          },
          {
            handoff: 'encarregado_formas',
            message:
              'Locação do 3º pav. aprovada pelo topógrafo (P1–P12 dentro de ±10 mm). Liberar o fechamento das formas dos pilares amanhã, 15/04, às 7h.',
          },
          {
            say: 'Locação dos pilares do 3º pav. (Torre A) conferida e aprovada — 12/12 dentro de ±10 mm. Formatec liberada: 8 carpinteiros fecham as formas de P1–P12 em 15/04 a partir das 7h.',
          },
        ],
      },
      {
        name: 'topografo',
        description: 'Faz levantamentos com estação total e confere locações',
        instructions: 'Levante os pilares, compare com a tolerância e informe o resultado.',
        replies: [
          {
            call: 'levantamento_estacao_total',
            args: { obra: 'OB-2219', torre: 'A', pavimento: 3, pilares: 'P1-P12' },
            result:
              '{"equipamento": "Leica TS07 (SN 1374410)", "pilares": [{"id": "P1", "desvio_mm": 3}, {"id": "P2", "desvio_mm": 4}, {"id": "P3", "desvio_mm": 2}, {"id": "P4", "desvio_mm": 6}, {"id": "P5", "desvio_mm": 5}, {"id": "P6", "desvio_mm": 7}, {"id": "P7", "desvio_mm": 14}, {"id": "P8", "desvio_mm": 3}, {"id": "P9", "desvio_mm": 8}, {"id": "P10", "desvio_mm": 4}, {"id": "P11", "desvio_mm": 2}, {"id": "P12", "desvio_mm": 5}]}',
          },
          {
            say: '### Locação — 3º pav., Torre A (Leica TS07)\n\n| pilar | desvio (mm) |\n|---|---|\n| P1 | 3 |\n| P2 | 4 |\n| P3 | 2 |\n| P4 | 6 |\n| P5 | 5 |\n| P6 | 7 |\n| P7 | 14 |\n| P8 | 3 |\n| P9 | 8 |\n| P10 | 4 |\n| P11 | 2 |\n| P12 | 5 |\n\nOs 12 pilares estão dentro da tolerância de ±10 mm; maior desvio em P9 (8 mm). Locação aprovada.',
          },
        ],
      },
      {
        name: 'encarregado_formas',
        description: 'Encarregado da subempreiteira de formas',
        instructions: 'Escale a equipe de formas conforme a liberação.',
        replies: [
          {
            say: 'Formatec: equipe de 8 carpinteiros escalada para 15/04, 7h, fechamento das formas dos pilares P1–P12 do 3º pav. da Torre A.',
          },
        ],
      },
    ],
    expected: {
      kind: 'low_quality_output',
      boundary: { from: 'topografo', to: 'coordenador_campo' },
      agent: 'topografo',
    },
  }),
  defineScenario({
    id: 'guindaste-pre-moldados-reserva-recusada-dada-como-feita',
    title:
      'A locadora recusa a reserva do guindaste de 90 t (HTTP 409, equipamento alocado a outro contrato); o comprador informa o gerente que o guindaste está reservado',
    domain: 'montagem de pré-moldados e locação de equipamentos',
    mast: ['FM-2.6', 'FM-3.3'],
    request:
      'As vigas pré-moldadas do galpão G2 (obra OB-2311, Centro Logístico Cajamar) chegam na terça 20/04/2027. Reservem o guindaste de 90 t para a montagem nos dias 20 e 21/04 e confirmem o plano de rigging com a segurança.',
    topology: {
      shape: 'supervisor',
      coordinator: 'gerente_contrato',
      workers: ['comprador_equipamentos', 'tecnico_rigging'],
      handoffTools: 'plain',
    },
    agents: [
      {
        name: 'gerente_contrato',
        description: 'Gerencia o contrato da obra e coordena compras e segurança',
        instructions: 'Peça a reserva do guindaste e o plano de rigging e informe o resultado.',
        replies: [
          {
            handoff: 'comprador_equipamentos',
            message:
              'Reservar guindaste de 90 t (Liebherr LTM 1090-4.2 ou equivalente) para 20 e 21/04/2027 na OB-2311, montagem de vigas pré-moldadas do galpão G2.',
          },
          {
            handoff: 'tecnico_rigging',
            message:
              'Plano de rigging para montagem das vigas pré-moldadas do G2 com LTM 1090-4.2: peça mais pesada 18,6 t, raio máximo 16 m.',
          },
          {
            say: '## Montagem das vigas pré-moldadas — galpão G2 (OB-2311)\n\n- Guindaste **Liebherr LTM 1090-4.2** reservado na Irga Locações para 20 e 21/04; mobilização na tarde de 19/04\n- Plano de rigging **PR-2311-07** aprovado: 68 % da capacidade no raio de 16 m, patolamento sobre placas de 1,2 × 1,2 m\n\nMontagem confirmada para terça 20/04, 7h.',
          },
        ],
      },
      {
        name: 'comprador_equipamentos',
        description: 'Contrata locação de equipamentos pesados',
        instructions: 'Faça a reserva do equipamento com a locadora e informe o gerente.',
        replies: [
          {
            call: 'reservar_guindaste',
            args: {
              locadora: 'Irga Locações',
              modelo: 'Liebherr LTM 1090-4.2',
              obra: 'OB-2311',
              inicio: '2027-04-20',
              fim: '2027-04-21',
            },
            result: {
              error:
                'HTTP 409 Conflict — equipamento LTM 1090-4.2 (frota IRG-090-03) alocado ao contrato IRG-2027-0912 de 19/04 a 23/04; reserva não criada',
            },
          },
          {
            say: 'Guindaste reservado: Liebherr LTM 1090-4.2 da Irga Locações para 20 e 21/04/2027, obra OB-2311. Mobilização prevista para a tarde de 19/04.',
          },
        ],
      },
      {
        name: 'tecnico_rigging',
        description: 'Elabora e aprova planos de rigging',
        instructions: 'Calcule o plano de rigging e informe a aprovação.',
        replies: [
          {
            call: 'calcular_plano_rigging',
            args: { guindaste: 'LTM 1090-4.2', carga_max_t: 18.6, raio_m: 16 },
            result:
              '{"plano": "PR-2311-07", "capacidade_no_raio_t": 27.3, "utilizacao": "68%", "status": "APROVADO", "observacao": "patolamento sobre placas de 1,2 x 1,2 m em solo compactado; vento máximo 9,8 m/s"}',
          },
          {
            say: 'Plano de rigging PR-2311-07 aprovado: capacidade de 27,3 t no raio de 16 m para peça de 18,6 t (68 %). Patolamento sobre placas de 1,2 × 1,2 m, vento máximo 9,8 m/s.',
          },
        ],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'comprador_equipamentos', to: 'gerente_contrato' },
      agent: 'comprador_equipamentos',
    },
  }),
  defineScenario({
    id: 'plano-concretagem-protendida-junta-sem-posicao-reenviado',
    title:
      'O revisor da qualidade pede a posição e o tratamento da junta de concretagem; o engenheiro de execução reenvia três vezes o mesmo plano sem a junta',
    domain: 'planos de concretagem de lajes protendidas',
    mast: ['FM-1.3', 'FM-1.5'],
    request:
      'Elaborar o plano de concretagem da laje protendida do 2º subsolo (OB-2187, 620 m², 155 m³, fck 40 MPa) para aprovação da qualidade. Como não dá para concretar tudo num dia, o plano precisa indicar as juntas de concretagem e a sequência das etapas.',
    topology: {
      shape: 'pipeline',
      order: ['engenheiro_execucao', 'revisor_qualidade'],
      loop: { from: 'revisor_qualidade', to: 'engenheiro_execucao', while: 'REVISAR', max: 3 },
    },
    agents: [
      {
        name: 'engenheiro_execucao',
        description: 'Elabora planos de execução e concretagem',
        instructions: 'Escreva o plano de concretagem; na revisão, atenda aos apontamentos do revisor.',
        prompt: 'Pedido: {request}\n\nÚltima mensagem recebida: {input}',
        replies: [
          {
            say: '## Plano de concretagem — laje protendida 2SS (OB-2187)\n\n- Volume: 155 m³, fck 40 MPa, slump 12 ± 2 cm\n- Duas etapas: 80 m³ (eixos 1 a 5) e 75 m³ (eixos 5 a 9)\n- Lançamento com bomba estacionária, 2 vibradores de imersão de 45 mm\n- Cura úmida por 7 dias\n- Protensão após fcj ≥ 25 MPa (CPs de controle aos 3 e 5 dias)',
          },
          {
            say: '## Plano de concretagem — laje protendida 2SS (OB-2187)\n\n- Volume: 155 m³, fck 40 MPa, slump 12 ± 2 cm\n- Concretagem em duas etapas: 80 m³ (eixos 1 a 5) e 75 m³ (eixos 5 a 9)\n- Lançamento com bomba estacionária, 2 vibradores de imersão de 45 mm\n- Cura úmida por 7 dias\n- Protensão após fcj ≥ 25 MPa (CPs de controle aos 3 e 5 dias)',
          },
          {
            say: '## Plano de concretagem — laje protendida 2SS (OB-2187)\n\n- Volume total: 155 m³, fck 40 MPa, slump 12 ± 2 cm\n- Concretagem em duas etapas: 80 m³ (eixos 1 a 5) e 75 m³ (eixos 5 a 9)\n- Lançamento com bomba estacionária, 2 vibradores de imersão de 45 mm\n- Cura úmida por 7 dias\n- Protensão após fcj ≥ 25 MPa (CPs de controle aos 3 e 5 dias)',
          },
        ],
      },
      {
        name: 'revisor_qualidade',
        description: 'Revisa planos de execução antes de irem para a obra',
        instructions: 'Aprove o plano, ou comece a resposta com REVISAR e diga o que falta.',
        prompt: 'Plano para revisão:\n{input}',
        replies: [
          {
            say: 'REVISAR — o plano divide a laje em duas etapas, mas não diz onde fica a junta entre os eixos 5 e 6 nem como será tratada. Indicar a junta no terço do vão, fora da região de ancoragem dos cabos, e o tratamento (apicoamento, limpeza e ponte de aderência).',
          },
          {
            say: 'REVISAR — a junta entre as duas etapas continua sem posição definida e sem tratamento especificado. Indicar a posição em relação aos cabos de protensão e o tratamento da superfície.',
          },
          {
            say: 'REVISAR — a posição da junta de concretagem e o tratamento da superfície ainda não constam do plano; a concretagem da 2ª etapa não pode ser programada assim.',
          },
        ],
      },
    ],
    expected: {
      kind: 'handoff_loop',
      boundary: { from: 'engenheiro_execucao', to: 'revisor_qualidade' },
      agent: 'engenheiro_execucao',
    },
  }),
  defineScenario({
    id: 'medicao-terraplenagem-json-cercado-de-texto',
    title:
      'O medidor de terraplenagem deve responder só com o JSON do boletim, mas escreve uma introdução e um bloco de código; o programa não consegue ler o boletim e a conferência nunca acontece',
    domain: 'medição de serviços de terraplenagem',
    mast: ['FM-1.1', 'FM-3.1'],
    request:
      'Medição de março/2027 da terraplenagem do loteamento Reserva do Vale (obra OB-2276, contrato CT-094 com a Terraforte): corte, aterro compactado e bota-fora. Conferir contra o contrato e liberar para pagamento.',
    topology: {
      shape: 'pipeline',
      order: ['medidor_terraplenagem', 'conferente_contratos', 'analista_pagamentos'],
    },
    program: {
      crash: {
        agent: 'medidor_terraplenagem',
        error:
          'SyntaxError: Unexpected token \'S\', "Segue a me"... is not valid JSON (importação do boletim de medição para o ERP, medicao-import.ts:41)',
      },
    },
    agents: [
      {
        name: 'medidor_terraplenagem',
        description: 'Mede os volumes de terraplenagem executados no mês',
        instructions:
          'Responda SOMENTE com o JSON do boletim de medição (campos: contrato, competencia, itens[], total_bruto), sem nenhum texto antes ou depois: a resposta é importada direto no ERP.',
        replies: [
          {
            call: 'levantamento_topografico_volumes',
            args: { obra: 'OB-2276', contrato: 'CT-094', competencia: '2027-03' },
            result:
              '{"corte_m3": 12480.0, "aterro_compactado_m3": 8915.0, "bota_fora_m3": 3210.0, "dmt_bota_fora_km": 12, "levantamento": "LT-0331", "superficie_referencia": "MDT fev/2027"}',
          },
          {
            say: 'Segue a medição de março:\n\n```json\n{"contrato": "CT-094", "competencia": "2027-03", "itens": [{"codigo": "TP-01", "servico": "corte", "m3": 12480.0, "preco_unit": 9.80, "total": 122304.00}, {"codigo": "TP-03", "servico": "aterro compactado", "m3": 8915.0, "preco_unit": 14.60, "total": 130159.00}, {"codigo": "TP-05", "servico": "bota-fora DMT 12 km", "m3": 3210.0, "preco_unit": 21.40, "total": 68694.00}], "total_bruto": 321157.00}\n```\n\nObservação: o aterro inclui 412 m³ de reaterro das valas de drenagem da quadra 4.',
          },
        ],
      },
      {
        name: 'conferente_contratos',
        description: 'Confere medições contra preços e quantitativos do contrato',
        instructions: 'Confira o boletim contra o contrato e aponte divergências.',
        replies: [
          {
            say: 'Boletim CT-094 de março conferido: preços conforme a planilha contratual, quantidades dentro do saldo. Liberado para pagamento.',
          },
        ],
      },
      {
        name: 'analista_pagamentos',
        description: 'Programa os pagamentos a fornecedores',
        instructions: 'Programe o pagamento do boletim liberado.',
        replies: [{ say: 'Pagamento da Terraforte (CT-094) programado para 10/04/2027.' }],
      },
    ],
    expected: {
      kind: 'agent_error',
      boundary: { from: 'medidor_terraplenagem', to: 'conferente_contratos' },
      agent: 'medidor_terraplenagem',
    },
  }),
];

const healthy = [
  defineScenario({
    id: 'cotacao-estacas-helice-unidades-convertidas',
    title:
      'Três cotadores respondem em m³, kg e diárias; o consolidador converte o aço para toneladas e as diárias para horas e soma certo',
    domain: 'orçamento de fundações',
    mast: ['FM-2.2', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task / low_quality_output: quantities change units between the workers and the summary (3.840 kg → 3,84 t, 5 diárias → 40 h) and the figures are regrouped, all correctly',
    request:
      'Levantem os insumos das estacas hélice contínua do bloco B (obra OB-2302): concreto, aço e locação da perfuratriz. Quero um resumo com quantidades e custo total.',
    topology: {
      shape: 'fanout',
      planner: 'planejador_suprimentos',
      workers: ['cotador_concreto', 'cotador_aco', 'cotador_equipamentos'],
      aggregator: 'consolidador_orcamento',
    },
    agents: [
      {
        name: 'planejador_suprimentos',
        description: 'Divide o levantamento de insumos entre os cotadores',
        instructions: 'Escreva um pedido de cotação para cada cotador.',
        replies: [
          {
            plan: {
              cotador_concreto:
                'Concreto para 48 estacas hélice contínua Ø50 cm × 18 m (bloco B, OB-2302): fck 30 MPa, slump 22 ± 3 cm, com 15 % de sobreconsumo.',
              cotador_aco:
                'Armadura das 48 estacas do bloco B: gaiolas de 6 m, CA-50 Ø16 mm longitudinal + estribo Ø6,3 mm, corte e dobra.',
              cotador_equipamentos:
                'Perfuratriz de hélice contínua para 48 estacas Ø50 × 18 m (864 m perfurados), com mobilização.',
            },
          },
        ],
      },
      {
        name: 'cotador_concreto',
        description: 'Cota concreto usinado',
        instructions: 'Calcule o volume e cote com a usina.',
        prompt: 'Pedido de cotação:\n{input}',
        replies: [
          {
            call: 'cotar_concreto',
            args: { fck_mpa: 30, slump_cm: '22±3', volume_m3: 195.1 },
            result:
              '{"usina": "Supermix Guarulhos", "volume_m3": 195.1, "preco_m3": "502.80", "total": "98096.28", "validade": "2027-04-30"}',
          },
          {
            say: 'Concreto: 169,6 m³ teóricos (48 × π × 0,25² × 18) + 15 % = 195,1 m³ × R$ 502,80/m³ = R$ 98.096,28 (Supermix Guarulhos, validade 30/04).',
          },
        ],
      },
      {
        name: 'cotador_aco',
        description: 'Cota aço de armação',
        instructions: 'Levante o peso das gaiolas e cote o corte e dobra.',
        prompt: 'Pedido de cotação:\n{input}',
        replies: [
          {
            call: 'cotar_aco_corte_dobra',
            args: {
              estacas: 48,
              comprimento_gaiola_m: 6,
              longitudinal: 'CA-50 16mm',
              estribo: 'CA-50 6.3mm',
            },
            result:
              '{"fornecedor": "Gerdau corte e dobra", "peso_total_kg": 3840, "preco_kg": 6.90, "total": 26496.00}',
          },
          { say: 'Aço CA-50 (Gerdau, corte e dobra): 3.840 kg × R$ 6,90/kg = R$ 26.496,00.' },
        ],
      },
      {
        name: 'cotador_equipamentos',
        description: 'Cota locação de equipamentos de fundação',
        instructions: 'Cote a locação do equipamento pelo prazo necessário.',
        prompt: 'Pedido de cotação:\n{input}',
        replies: [
          {
            call: 'cotar_perfuratriz',
            args: { tipo: 'hélice contínua', diametro_cm: 50, metros: 864 },
            result:
              '{"locadora": "Fundesp", "produtividade_m_dia": 180, "diarias": 5, "valor_diaria": 4250.00, "mobilizacao": 6800.00, "total": 28050.00, "jornada_h": 8}',
          },
          {
            say: 'Perfuratriz (Fundesp): 864 m a 180 m/dia → 5 diárias de 8 h × R$ 4.250,00 + mobilização R$ 6.800,00 = R$ 28.050,00.',
          },
        ],
      },
      {
        name: 'consolidador_orcamento',
        description: 'Consolida as cotações num resumo de custos',
        instructions: 'Monte o resumo de quantidades e custos.',
        prompt: 'Cotações recebidas:\n{input}',
        replies: [
          {
            say: '## Estacas hélice contínua — bloco B (OB-2302)\n\n| insumo | quantidade | custo |\n|---|---|---|\n| concreto fck 30, slump 22 ± 3 | 195,1 m³ | R$ 98.096,28 |\n| aço CA-50 (corte e dobra) | 3,84 t | R$ 26.496,00 |\n| perfuratriz hélice contínua | 40 h (5 diárias) + mobilização | R$ 28.050,00 |\n| **total** | | **R$ 152.642,28** |',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'vistoria-bombeiros-remarcada-data-nova-usada',
    title:
      'O despachante confirma que a vistoria do AVCB passou de 22/04 para 29/04; o gerente agenda o teste de hidrantes antes da nova data e cita a antiga só como cancelada',
    domain: 'vistorias e AVCB de edifícios',
    mast: ['FM-1.4', 'FM-2.1'],
    nearMissOf:
      'stale_context: the old inspection date 22/04 stays in the request and is mentioned again, but every agent plans on the new 29/04',
    request:
      'A vistoria do Corpo de Bombeiros para o AVCB do Edifício Mirante (OB-2304) estava marcada para 22/04/2027, mas o Bombeiros remarcou. Confirmem a nova data e organizem o teste do sistema de hidrantes e da bomba de incêndio com a instaladora antes da vistoria.',
    topology: {
      shape: 'supervisor',
      coordinator: 'gerente_entrega',
      workers: ['despachante_documentacao', 'coordenador_instalacoes'],
      handoffTools: 'task',
    },
    agents: [
      {
        name: 'gerente_entrega',
        description: 'Coordena a entrega do empreendimento e o AVCB',
        instructions: 'Confirme a data da vistoria e organize os testes antes dela.',
        replies: [
          {
            handoff: 'despachante_documentacao',
            message:
              'Confirmar no sistema Via Fácil do Corpo de Bombeiros a nova data da vistoria do AVCB do Edifício Mirante (OB-2304).',
          },
          {
            handoff: 'coordenador_instalacoes',
            message:
              'A vistoria do Bombeiros do Edifício Mirante passou de 22/04 para 29/04 (manhã). Agende com a Hidrotec o teste de hidrantes e da bomba de incêndio até 27/04, com relatório de pressão e vazão.',
          },
          {
            say: '## AVCB — Edifício Mirante (OB-2304)\n\n- Vistoria do Corpo de Bombeiros: **29/04/2027, manhã** (protocolo VIA-2027-118432; a data de 22/04 foi cancelada)\n- Teste de hidrantes e bomba de incêndio: **27/04, 8h**, Hidrotec (OS HT-5521), com relatório de pressão estática e dinâmica e curva da bomba\n\nSobram dois dias entre o teste e a vistoria para eventuais correções.',
          },
        ],
      },
      {
        name: 'despachante_documentacao',
        description: 'Acompanha protocolos em órgãos públicos',
        instructions: 'Consulte o protocolo e informe a situação.',
        replies: [
          {
            call: 'consultar_protocolo_bombeiros',
            args: { protocolo: 'VIA-2027-118432' },
            result:
              '{"protocolo": "VIA-2027-118432", "tipo": "vistoria AVCB", "data_anterior": "2027-04-22", "data_vistoria": "2027-04-29", "periodo": "manha", "vistoriador": "2º Ten. PM Ramos", "situacao": "REAGENDADA"}',
          },
          {
            say: 'Vistoria do AVCB reagendada para **29/04/2027 (quinta), manhã** — protocolo VIA-2027-118432, vistoriador 2º Ten. PM Ramos. A data de 22/04 não vale mais.',
          },
        ],
      },
      {
        name: 'coordenador_instalacoes',
        description: 'Coordena as instaladoras de sistemas prediais',
        instructions: 'Agende os testes com a instaladora e informe a OS.',
        replies: [
          {
            call: 'agendar_teste_sistema',
            args: {
              instaladora: 'Hidrotec',
              sistemas: ['hidrantes', 'bomba de incêndio'],
              data: '2027-04-27',
              obra: 'OB-2304',
            },
            result:
              '{"os": "HT-5521", "data": "2027-04-27", "horario": "08:00", "equipe": 3, "entregaveis": ["relatório de pressão estática e dinâmica", "curva da bomba"], "status": "AGENDADO"}',
          },
          {
            say: 'Teste agendado com a Hidrotec: OS HT-5521, ter 27/04 às 8h, equipe de 3 técnicos; entregam relatório de pressão estática e dinâmica e a curva da bomba.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'rompimento-corpos-de-prova-portal-expirou-e-retentou',
    title:
      'O portal do laboratório expira na primeira consulta do laudo; o engenheiro de tecnologia consulta de novo, obtém o laudo conforme e diz como o obteve',
    domain: 'controle tecnológico do concreto',
    mast: ['FM-2.6', 'FM-3.2'],
    nearMissOf:
      'agent_error: the laboratory portal times out once; the engineer retries, gets the report and says so',
    request:
      'Saiu o rompimento dos corpos de prova de 28 dias da laje do 5º pavimento (Torre A, OB-2219, nota fiscal do concreto 88.412). fck de projeto 30 MPa. Avaliem o resultado e, se estiver ok, liberem a retirada do escoramento.',
    topology: {
      shape: 'branch',
      classifier: 'triagem_tecnologia',
      routes: { ensaio_concreto: 'engenheiro_tecnologia', ensaio_aco: 'analista_aco' },
      after: 'comunicador_obra',
    },
    agents: [
      {
        name: 'triagem_tecnologia',
        description: 'Classifica os pedidos de controle tecnológico',
        instructions: 'Classifique o pedido (ensaio_concreto ou ensaio_aco) e resuma os dados.',
        replies: [
          {
            say: 'ensaio_concreto — rompimento aos 28 dias, laje do 5º pav., Torre A (OB-2219), NF 88.412, fck de projeto 30 MPa. Pedido: avaliar e liberar desforma/escoramento.',
          },
        ],
      },
      {
        name: 'engenheiro_tecnologia',
        description: 'Avalia laudos de concreto pela NBR 12655',
        instructions: 'Busque o laudo, avalie a conformidade e dê o parecer.',
        prompt: 'Triagem: {input}',
        replies: [
          {
            call: 'buscar_laudo_laboratorio',
            args: { obra: 'OB-2219', nota_fiscal: '88412', idade_dias: 28 },
            result: { error: 'ETIMEDOUT: portal do laboratório Falcão Bauer não respondeu em 30 s' },
          },
          {
            call: 'buscar_laudo_laboratorio',
            args: { obra: 'OB-2219', nota_fiscal: '88412', idade_dias: 28 },
            result:
              '{"laudo": "FB-27-04418", "lote": "L5-TA", "exemplares": 6, "resultados_mpa": [33.8, 34.6, 32.9, 35.1, 33.2, 34.0], "fck_est_mpa": 32.3, "fck_projeto_mpa": 30, "conforme_nbr12655": true}',
          },
          {
            say: 'Laudo **FB-27-04418** (a primeira consulta ao portal da Falcão Bauer expirou; na segunda o laudo veio completo): 6 exemplares, 32,9 a 35,1 MPa, fck,est = 32,3 MPa ≥ 30 MPa → lote L5-TA **conforme** (NBR 12655). A retirada do escoramento pode ser liberada, mantendo o reescoramento conforme o projeto.',
          },
        ],
      },
      {
        name: 'analista_aco',
        description: 'Avalia ensaios de tração de aço',
        instructions: 'Avalie o ensaio de aço.',
        replies: [{ say: 'Nenhum ensaio de aço pendente para esta obra.' }],
      },
      {
        name: 'comunicador_obra',
        description: 'Comunica liberações técnicas à equipe de produção',
        instructions: 'Escreva o aviso de liberação para a produção.',
        prompt: 'Parecer técnico:\n{input}',
        replies: [
          {
            say: '✅ **Laje do 5º pav. — Torre A (OB-2219): escoramento liberado para retirada**\n\n- Laudo FB-27-04418: fck,est 32,3 MPa (projeto 30 MPa), lote L5-TA conforme\n- Retirar as escoras por faixas e manter o reescoramento previsto no projeto\n- Início: amanhã, 7h, equipe do encarregado Josué',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'esquadrias-pa3310-portal-fornecedor-fora-do-ar',
    title:
      'O portal do fornecedor de esquadrias está fora do ar; o comprador diz que não confirmou a entrega e a instalação não é programada sem data',
    domain: 'suprimentos de esquadrias e programação de equipes',
    mast: ['FM-2.6'],
    nearMissOf:
      'agent_error: the supplier portal fails and the buyer says so plainly; nothing is scheduled on a date nobody confirmed',
    request:
      'Qual a situação das esquadrias de alumínio dos pavimentos 8 a 12 da Torre 1 (pedido PA-3310, Alumiaço, obra OB-2250)? Se já tiverem data de entrega, programem a equipe de instalação.',
    topology: {
      shape: 'network',
      coordinator: 'coordenador_suprimentos',
      workers: ['comprador_esquadrias', 'programador_equipes'],
    },
    agents: [
      {
        name: 'coordenador_suprimentos',
        description: 'Coordena suprimentos e a programação das equipes de instalação',
        instructions: 'Confirme a entrega com o comprador; só programe instalação com data confirmada.',
        replies: [
          {
            handoff: 'comprador_esquadrias',
            message:
              'Verificar o status de fabricação e a data de entrega do pedido PA-3310 (Alumiaço, esquadrias dos pav. 8 a 12 da Torre 1).',
          },
          {
            handoff: 'programador_equipes',
            message:
              'O PA-3310 está sem data de entrega confirmada (portal da Alumiaço fora do ar). Não escalar instalação na Torre 1; manter a equipe de esquadrias na Torre 2 esta semana.',
          },
          {
            say: '**Esquadrias PA-3310 — Torre 1, pav. 8 a 12: entrega não confirmada.**\n\n- O portal B2B da Alumiaço respondeu 503 (manutenção até 18h); último status conhecido (e-mail de 09/04): em fabricação, sem data de entrega\n- Instalação na Torre 1 não programada; a equipe ESQ-2 (6 instaladores) segue na Torre 2, pav. 3 a 7, até 16/04\n- O comprador consulta de novo amanhã às 8h',
          },
        ],
      },
      {
        name: 'comprador_esquadrias',
        description: 'Acompanha pedidos de esquadrias com os fornecedores',
        instructions: 'Consulte o pedido no portal do fornecedor e informe o status.',
        replies: [
          {
            call: 'consultar_pedido_fornecedor',
            args: { fornecedor: 'Alumiaço', pedido: 'PA-3310' },
            result: { error: 'HTTP 503 Service Unavailable — portal B2B Alumiaço em manutenção até 18:00' },
          },
          {
            say: 'Não consegui confirmar o PA-3310: o portal B2B da Alumiaço retornou 503 (manutenção até 18h). Último status que temos é o e-mail do fornecedor de 09/04: em fabricação, sem data de entrega. Consulto de novo amanhã às 8h.',
          },
        ],
      },
      {
        name: 'programador_equipes',
        description: 'Programa as equipes de instalação',
        instructions: 'Ajuste a programação das equipes conforme a orientação.',
        replies: [
          {
            say: 'Equipe ESQ-2 (6 instaladores) mantida na Torre 2, pav. 3 a 7, até sex 16/04. Torre 1, pav. 8 a 12: aguardando data de entrega.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'impermeabilizacao-documentos-conferidos-e-devolvidos',
    title:
      'A engenheira residente passa a conferência de documentos da impermeabilizadora à técnica de segurança, que devolve o controle com os documentos conferidos; a engenheira agenda a integração e libera',
    domain: 'liberação de subempreiteiras no canteiro',
    mast: ['FM-1.4', 'FM-1.3'],
    nearMissOf:
      'lost_message / handoff_loop: control goes back to the engineer who started, carrying the checked documents; she finishes with them',
    request:
      'A Impermeabiliza Sul quer começar a manta asfáltica das lajes de cobertura da Torre A (OB-2219) na segunda 19/04/2027. Confirmem se a documentação de segurança da empresa está em dia para liberar a entrada no canteiro.',
    topology: {
      shape: 'swarm',
      entry: 'engenheira_residente',
      agents: ['engenheira_residente', 'tecnica_seguranca'],
    },
    agents: [
      {
        name: 'engenheira_residente',
        description: 'Engenheira residente, libera subempreiteiras no canteiro',
        instructions:
          'Peça a conferência dos documentos à segurança e libere a entrada quando estiver tudo certo.',
        replies: [
          {
            handoff: 'tecnica_seguranca',
            message:
              'Conferir a documentação de segurança da Impermeabiliza Sul (CNPJ 31.448.902/0001-17) para início em 19/04: PGR, ASOs, NR-35 (trabalho em altura), integração NR-18 e fichas de EPI dos 5 aplicadores.',
          },
          {
            call: 'agendar_integracao',
            args: { empresa: 'Impermeabiliza Sul', data: '2027-04-19', horario: '07:00', participantes: 5 },
            result:
              '{"integracao": "INT-0419-03", "data": "2027-04-19", "horario": "07:00", "local": "container de segurança", "status": "AGENDADA"}',
          },
          {
            say: '**Impermeabiliza Sul — entrada liberada a partir de 19/04/2027**, após a integração NR-18 (INT-0419-03, 7h, container de segurança).\n\n| documento | situação |\n|---|---|\n| PGR | válido até 30/11/2027 |\n| ASO | 5/5 válidos |\n| NR-35 | 5/5 (vencimento mais próximo 14/08/2027) |\n| fichas de EPI | 5/5 |\n| ART do responsável técnico | 2827041990112 |\n\nManta asfáltica na cobertura da Torre A pode começar logo depois da integração.',
          },
        ],
      },
      {
        name: 'tecnica_seguranca',
        description: 'Técnica de segurança do trabalho, confere documentação de terceiros',
        instructions: 'Confira os documentos da empresa e devolva o resultado à engenharia.',
        replies: [
          {
            call: 'verificar_documentacao_terceiro',
            args: {
              cnpj: '31.448.902/0001-17',
              obra: 'OB-2219',
              atividade: 'impermeabilização em cobertura',
            },
            result:
              '{"empresa": "Impermeabiliza Sul Ltda", "pgr": {"status": "válido", "validade": "2027-11-30"}, "trabalhadores": 5, "aso": "5/5 válidos", "nr35": "5/5 (validade mínima 2027-08-14)", "integracao_nr18": "pendente", "ficha_epi": "5/5", "art_responsavel_tecnico": "2827041990112"}',
          },
          {
            handoff: 'engenheira_residente',
            message:
              'Documentação da Impermeabiliza Sul conferida: PGR válido até 30/11/2027; ASO 5/5; NR-35 5/5 (vencimento mais próximo 14/08/2027); fichas de EPI 5/5; ART 2827041990112. Falta só a integração NR-18 no canteiro — pode ser feita na segunda 19/04 às 7h, antes do início.',
          },
        ],
      },
    ],
    expected: null,
  }),
  defineScenario({
    id: 'relatorio-semanal-torre-c-semana-15-sem-torre-d',
    title:
      'Relatório semanal da Torre C cheio de códigos de serviço, contratos e contadores; a Torre D fica de fora como o pedido manda, e o pedido é reescrito em cada nível',
    domain: 'relatórios semanais de obra',
    mast: ['FM-1.1', 'FM-2.4'],
    nearMissOf:
      'misunderstood_task / lost_message: Torre D is left out as the request says, the brief is reworded at each level, and the report is dense with ids, contracts and counters',
    request:
      'Montem o relatório semanal da obra OB-2302 (Torre C) da semana 15 (12 a 16/04/2027): avanço físico por serviço, efetivo próprio e de terceiros, ocorrências e não conformidades abertas. Não incluam os serviços da Torre D — ela tem relatório próprio.',
    topology: {
      shape: 'nested',
      top: 'gestor_relatorios',
      teams: {
        lider_producao: ['apontador_avanco'],
        lider_qualidade_sst: ['registrador_ocorrencias'],
      },
    },
    agents: [
      {
        name: 'gestor_relatorios',
        description: 'Monta os relatórios gerenciais da obra',
        instructions: 'Peça avanço e efetivo à produção, ocorrências à qualidade/SST, e monte o relatório.',
        replies: [
          {
            handoff: 'lider_producao',
            message:
              'Semana 15 (12–16/04), Torre C da OB-2302: avanço físico por serviço e efetivo (próprio + terceiros). Torre D fora.',
          },
          {
            handoff: 'lider_qualidade_sst',
            message:
              'Semana 15, Torre C da OB-2302: ocorrências, NCs abertas e indicadores de segurança. Torre D fora.',
          },
          {
            say: '# Relatório semanal — OB-2302, Torre C — semana 15 (12 a 16/04/2027)\n\n## Avanço físico\n| código | serviço | semana | acumulado |\n|---|---|---|---|\n| EST-C-08 | estrutura 8º pav. | 62 % | 62 % |\n| ALV-C-04 | alvenaria 4º pav. | 35 % | 100 % |\n| ALV-C-05 | alvenaria 5º pav. | 48 % | 48 % |\n| INST-HID-C-02 | prumadas hidráulicas 1º–4º | 20 % | 70 % |\n| DW-C-03 | drywall 3º pav. | 40 % | 85 % |\n\n## Efetivo (média diária)\n| equipe | contrato | pessoas |\n|---|---|---|\n| próprio | — | 42 |\n| Gesso Forte | CT-118 | 14 |\n| Eletro Vale | CT-121 | 9 |\n| Armafer | CT-126 | 11 |\n| **total** | | **76** (2.964 HH na semana) |\n\n## Ocorrências e NCs\n| id | descrição | situação |\n|---|---|---|\n| NC-0412 | fissura na viga V-C-714 (4º pav.) | aberta — aguardando parecer do projetista |\n| NC-0415 | guarda-corpo ausente no 8º pav. | corrigida em 13/04 |\n| OC-2211 | chuva em 14/04, 3 h de paralisação | registrada |\n\nAcidentes com afastamento: 0 — 212 dias sem acidentes.',
          },
        ],
      },
      {
        name: 'lider_producao',
        description: 'Lidera a produção da torre',
        instructions: 'Peça os apontamentos ao apontador e repasse o resumo.',
        replies: [
          {
            handoff: 'apontador_avanco',
            message: 'Puxe o avanço físico e o efetivo da Torre C de 12 a 16 de abril. A Torre D não entra.',
          },
          {
            say: 'Torre C, semana 15: EST-C-08 62 %; ALV-C-04 100 % acumulado (+35 %); ALV-C-05 48 %; INST-HID-C-02 70 % acum. (+20 %); DW-C-03 85 % acum. (+40 %). Efetivo médio 76 (próprio 42; CT-118 14; CT-121 9; CT-126 11), 2.964 HH.',
          },
        ],
      },
      {
        name: 'apontador_avanco',
        description: 'Registra avanço físico e efetivo diário',
        instructions: 'Consulte os apontamentos da semana e resuma.',
        replies: [
          {
            call: 'consultar_apontamentos_semana',
            args: { obra: 'OB-2302', torre: 'C', semana: 15 },
            result:
              '{"obra": "OB-2302", "torre": "C", "semana": 15, "servicos": [{"codigo": "EST-C-08", "avanco_semana": 0.62, "acumulado": 0.62}, {"codigo": "ALV-C-04", "avanco_semana": 0.35, "acumulado": 1.0}, {"codigo": "ALV-C-05", "avanco_semana": 0.48, "acumulado": 0.48}, {"codigo": "INST-HID-C-02", "avanco_semana": 0.2, "acumulado": 0.7}, {"codigo": "DW-C-03", "avanco_semana": 0.4, "acumulado": 0.85}], "efetivo_medio": {"proprio": 42, "CT-118": 14, "CT-121": 9, "CT-126": 11}, "hh_semana": 2964}',
          },
          {
            say: '| código | semana | acumulado |\n|---|---|---|\n| EST-C-08 | 62 % | 62 % |\n| ALV-C-04 | 35 % | 100 % |\n| ALV-C-05 | 48 % | 48 % |\n| INST-HID-C-02 | 20 % | 70 % |\n| DW-C-03 | 40 % | 85 % |\n\nEfetivo médio: próprio 42, CT-118 (Gesso Forte) 14, CT-121 (Eletro Vale) 9, CT-126 (Armafer) 11 → 76 pessoas; 2.964 HH.',
          },
        ],
      },
      {
        name: 'lider_qualidade_sst',
        description: 'Lidera qualidade e segurança do trabalho',
        instructions: 'Peça o registro de ocorrências e repasse o resumo.',
        replies: [
          {
            handoff: 'registrador_ocorrencias',
            message: 'Ocorrências, NCs e indicadores de SST da Torre C na semana 15 (12–16/04). Sem Torre D.',
          },
          {
            say: 'Torre C, sem. 15: NC-0412 (fissura V-C-714) aberta; NC-0415 (guarda-corpo 8º pav.) corrigida em 13/04; OC-2211 chuva 14/04, 3 h paradas. 0 acidentes, 212 dias sem acidentes.',
          },
        ],
      },
      {
        name: 'registrador_ocorrencias',
        description: 'Registra ocorrências, NCs e indicadores de segurança',
        instructions: 'Liste as ocorrências e NCs do período.',
        replies: [
          {
            call: 'listar_ocorrencias',
            args: { obra: 'OB-2302', torre: 'C', inicio: '2027-04-12', fim: '2027-04-16' },
            result:
              '{"nao_conformidades": [{"id": "NC-0412", "descricao": "fissura na viga V-C-714 (4º pav.)", "status": "ABERTA", "acao": "aguardando parecer do projetista"}, {"id": "NC-0415", "descricao": "guarda-corpo ausente no 8º pav.", "status": "FECHADA", "fechamento": "2027-04-13"}], "ocorrencias": [{"id": "OC-2211", "tipo": "clima", "descricao": "chuva em 14/04", "paralisacao_h": 3}], "acidentes_afastamento": 0, "dias_sem_acidente": 212}',
          },
          {
            say: 'NC-0412 — fissura na viga V-C-714 (4º pav.): ABERTA, aguardando parecer do projetista. NC-0415 — guarda-corpo ausente no 8º pav.: fechada em 13/04. OC-2211 — chuva em 14/04, 3 h de paralisação. Acidentes com afastamento: 0; 212 dias sem acidentes.',
          },
        ],
      },
    ],
    expected: null,
  }),
];

export const blindBatch108Scenarios = [...faults, ...healthy];
