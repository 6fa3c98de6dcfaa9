"""Generator for LureCheck's SHORT Korean and Vietnamese records: data/train/ko_short.jsonl, data/train/vi_short.jsonl.

Why: real lures that people forward are often short (a headline, an SMS, a banner line, one chat message), while
ko.jsonl / vi.jsonl hold mostly full-length ads, so the model under-scored short lures. Here both classes are
short (3 to 25 words, one or two lines) and written in the same styles and channels, so length and format carry
no label: job-board titles, [Web발신]/[TB] SMS, chat messages, community posts, banners and headlines, with hard
negatives on the legit side (urgent hiring, daily pay, room and board, chat-app contacts, legal work abroad with
visa and contract, warnings and news that quote lure wording).

Everything here was written for this project; nothing is copied from ../shared/data/real/ (dev.jsonl was never
opened). Blocks "@@ <label> <kind> <channel>" are followed by one record per line; " // " marks a line break.
- HANDWRITTEN records are written one by one (origin "handwritten").
- TEMPLATED records are composed from handwritten fragments with a fixed seed (origin "templated"); a candidate that
  shares too many words with an already accepted record of the same language is dropped, so templates do not
  produce near-copies.
Vietnamese: a seeded share of chat/SMS/social records (about 20% of lures, 15% of legit, counting those already
written that way) is rendered without diacritics, as people often type them.

Placeholders ({P}, {TEL}, {TG}, {KK}, {OC}, {ZL}, {TGV}, {LK}) are filled with random fictional values from the
fixed seed. The only real numbers are official hotlines (+82-2-3210-0404, 112, 118; 111, 156) and they appear
only in warnings, never inside a lure.

Run:  python data/generators/short.py     (writes both files; deterministic)
"""
import json
import pathlib
import random
import re
import unicodedata

SEED = 20251203
KINDS_LURE = {"compound_abroad", "task_scam"}
KINDS_LEGIT = {"local_job", "skilled_well_paid", "urgent_hiring", "chat_app_contact", "legal_abroad",
               "ngo_warning", "news"}
CHANNELS = {"sms", "telegram", "kakao", "zalo", "facebook", "jobboard", "news", "community"}
MIN_WORDS, MAX_WORDS = 3, 25


KO_HANDWRITTEN = r'''
@@ lure compound_abroad telegram
프놈펜 현지 CS팀 급구, 항공권 지원 {TG}
🇰🇭 시아누크빌 채팅상담 5명 충원 // 월 800 보장 · 1인 1실
동남아 지사 사무보조, 여권만 챙겨 오시면 3일 안에 출국
방콕 온라인 마케터 신규, 경험 없어도 첫 달 700부터
라오스 특구 운영팀 합류자 모집 — 숙식·비자 회사 처리
미얀마 국경 문서정리 월 1200, 조용히 일할 분만 {TG}
캄보디아 코인거래소 한국어 상담 기본 $4,000 + 인센
베트남 국경 카지노 호텔 고객관리, 경력X 즉시 출국
💰월 천 이상💰 해외 본사 PC 업무, 숙식 무료
타자만 되면 OK. 해외 한국인 팀 합류 문의 DM
바벨 야간조 / 일 10시간 / 월 900 / 비행기표 선지급
포이펫 온라인 게임 운영 보조 20~40세, 출국 비용 0원
캄폿 리조트 단지 사무직, 숙소·식사·항공 전부 제공
캄보디아 통번역 요원 급구, 한국어만 해도 됩니다
【채용】 프놈펜 IT기업 고객응대, 세후 750, 텔레 문의
해외 투자상담팀 막내 구함, 대본 읽기만 하면 됨 {TG}
태국 매솟 사무실 인원 보충, 공항 픽업부터 다 해드림
두 달만 일하고 1,800 들고 귀국하세요. 동남아 단기직 {TG}
[선착순 2명] 시아누크빌 데이터 입력, 도착 당일 숙소 배정
캄보디아 법인 한국어 상담원 / 나이 무관 / 월급 달러 현금
안전한 합법 회사입니다. 프놈펜 사무직, 여권은 본인 보관
라오스 보텐 호텔 운영 보조, 중국어 몰라도 됨, 기숙사 제공
미야와디 쪽 한국인 관리자 구인, 월 1500, 연락은 텔레로만
→ 동남아 SNS 계정 관리 직원 // 업무폰 지급, 월 650↑
캄보디아 스포츠 배팅 사이트 CS, 한국 시간 근무, 월 900
프놈펜 본사 재무 승인 보조, 엑셀 몰라도 교육, 숙소 있음
🔥 동남아 지사 오픈 기념 한국인 10명 채용 🔥 항공권 무료
해외 콜센터 야간 근무자, 월 7백, 도착하면 바로 숙소 입실
캄보디아 바카라 관리직, 딜러 아님, 몸만 오시면 됩니다
현지 한국인 관리자가 있는 안전한 회사, 시아누크빌 사무직 {TG}
태국 치앙라이 경유 라오스 근무, 항공·차량 모두 지원
베트남 다낭 입국 후 육로 이동, 캄보디아 사무실 근무 월 750
코인 리딩팀 보조 구함, 해외 근무, 월 1500까지 가능
[공지] 프놈펜 팀원 추가 모집, 출국 전 선불 200만원 지원
@@ lure compound_abroad sms
[Web발신] 해외 사무직 월 800 보장, 출국비 회사부담. 상담 {P}
[Web발신] 동남아 한국어 상담원 모집 나이·경력 무관 숙식제공 {P}
[Web발신] 캄보디아 지사 즉시 출국 가능자 우대, 항공권 지급 카톡 {KK}
(광고) 해외 현지 데이터입력 월 1,100 / 초보 가능 / 문의 {P}
[국외발신] 프놈펜 채용 확정 안내. 여권 사진만 보내주시면 비자 처리됩니다
[Web발신] 태국 파타야 마케팅팀 서류 합격, 오늘 중 회신 주세요 {P}
[Web발신] 일당 35만원 해외 단기 근무, 2주 뒤 귀국, 항공 지원
[Web발신] 라오스 현장 관리 보조 급구, 합법 법인, 숙식 비자 제공 {P}
[Web발신] 목바이 인근 콜센터 한국인 3명 급히 찾습니다 {P}
[국제발신] 미얀마 국경 사무직 월$5000 출국비 선지급 카톡 {KK}
[Web발신] 해외 통역 3개월 계약 2천만원, 숙소 무료, 상담 {P}
[Web발신] 신용 무관 해외 근무 가능, 빚 정리 도와드립니다 {P}
[Web발신] 해외 리조트 예약관리 직원 모집 월 700 비행기표 제공 {P}
(광고) 동남아 정규직, 박람회 없이 바로 합격! 문의 {P}
[국제발신] 회신 바랍니다. 캄보디아 근무 출국일이 다음 주 화요일로 잡혔습니다
[Web발신] 지원하신 해외 CS직 합격입니다. 항공권은 저희가 발권합니다 {P}
[국제발신] 해외 마케팅 직원 급모집 월 USD 6,000 숙식 항공 지원 {TG}
[Web발신] 한국어 가능자 해외 근무, 하루 8시간 컴퓨터 업무, 월 900 {P}
[Web발신] 캄보디아 한인업체 사무직, 면접 없이 합격, 출국일 조율 {P}
@@ lure compound_abroad kakao
형 일 구한다며? 캄보디아에서 채팅만 치는데 한 달 900 준대
야 비행기표 회사가 끊어준대, 프놈펜 가서 석 달만 하고 오자
누나 아는 사장님이 태국에 사무실 하나 더 냈는데 사람이 급하대
여권 있어? 있으면 다음 주 출국 가능하대, 숙소도 공짜고
통역만 하면 월 1000이래ㅋㅋ 나이도 안 본대 관심 있으면 말해
이거 진짜 합법이고 안전한 데야, 나도 작년에 다녀와서 차 뽑았어
안녕하세요 해외 채용 담당입니다. 이력서 없이 여권 사본만 주시면 돼요
시아누크빌 자리 하나 났어, 코인 고객관리고 월 1200부터
동생, 미얀마 쪽 일 있는데 말도 안 되게 많이 줘. 일당 40
해외 나가서 일할 생각 있으면 텔레로 넘어와 {TG} 거기서 얘기하자
오빠 라오스 가서 석 달만 고생하면 대출 다 갚는대
사장님이 항공권 먼저 보내준대. 너는 몸만 오면 된대
요즘 방콕 사무실에서 한국 사람 찾는데 월급이 장난 아니야
캄보디아 가면 숙소, 밥 다 나오고 돈은 통째로 모을 수 있어
니가 영어 좀 하잖아. 거기 회사가 번역할 사람 찾는데 월 천 준대
저 지금 프놈펜인데요 여기 자리 하나 비어서 연락드려요. 숙식 다 됩니다
비자는 도착해서 회사가 바꿔준대, 일단 관광으로 들어오래
혹시 해외 일자리 관심 있어요? 소개비 없이 연결해 드릴게요
[채용 담당] 내일 오전까지 여권 사본 보내주시면 모레 출국 가능합니다
@@ lure compound_abroad jobboard
[해외/동남아] 한국어 상담원 (경력무관, 숙소제공)
캄보디아 프놈펜 온라인 고객관리 사원 (항공권·비자 지원, 월 700~)
[즉시출국] 태국 IT 지원팀 사무보조 / 나이무관 / 월 900
베트남 국경 호텔 VIP 응대 (초보 가능, 기숙사)
해외 마케팅 운영직(코인·게임) 기본급 500 + 성과급 무제한
[동남아 본사] 단순 문서작업 직원, 학력·경력 무관
라오스 골든트라이앵글 호텔 프런트, 한국어 가능자, 숙식 포함
[해외근무] 텔레마케팅 팀원, 월 1,000 보장, 출국비 전액 지원
말레이시아 한국어 CS (여권 소지자, 2주 내 출국 가능자)
필리핀 온라인 카지노 고객지원 (경력·나이 무관, 항공권 제공)
[급구] 캄보디아 한인 회사 경리 보조, 월 600, 숙소 제공
해외 콘텐츠 검수원 (동남아 근무, 면접 1회, 즉시 출국)
[프놈펜] 쇼핑몰 CS 상담 / 1일 8시간 / 월 USD 5,000
미얀마 한국어 교육 콘텐츠 입력원 모집, 항공·숙소 회사 부담
[해외 단기] 태국 국경 지사 2개월 근무, 1,500만원 일시 지급
동남아 한인 회사 CS팀장 (경력 무관, 월 1,200, 출국비 지원)
[해외취업] 캄보디아 한국어 모니터링 요원 (20~50세, 숙소 무료)
해외 게임 운영팀 신입 (라오스 근무, 중국어 불필요)
[급여 최상] 태국 국경지역 고객관리 사원, 기숙사 + 식사 3끼
캄보디아 현지 통역 비서, 세후 월 900, 왕복 항공권
@@ lure compound_abroad community
캄보디아 같이 갈 사람 2명 구해요, 컴퓨터 일이고 한 달 천, 비행기값 회사 부담
프놈펜 채팅 알바 다녀온 지인 말로는 쉬운데 많이 준대요. 소개해 드림
해외 단기 알바 (태국/캄보디아) 숙식 무료, 쪽지 주세요
여권만 들고 오면 되는 동남아 사무직, 자리 3개 남았습니다
20대 남자 급구, 베트남 쪽 번역, 월 1000 이상, 쪽지
전역하고 놀고 있으면 이거 해, 캄보디아 한 달 800 보장
신불자 가능한 해외 일자리, 항공권 선지원, 댓글 주세요
빚 있는 분들 해외에서 반년이면 정리됩니다. DM
라오스 쪽 게임회사 운영직 구인, 영어 필요 없음, 쪽지
동남아 한달살기 하면서 돈도 버실 분, 숙소 제공 {OC}
해외 현지 한국인 사무실 막내 구해요. 나이 상관없어요
국경 쪽이라 좀 외진 데지만 월 900 찍힙니다. 관심 있으면 쪽지
혹시 바벨 쪽 회사 아는 분? 지인이 월 천 준다고 오래서요, 같이 가실 분
단순 타이핑인데 월 800, 해외라서 그렇대요. 같이 지원하실 분 구함
캄보디아 한 달 일하면 국내 석 달치 번다, 숙식 제공, 문의 쪽지
해외 근무 3개월 계약, 끝나면 보너스 500, 관심 있으면 댓글
여자분도 가능해요, 태국 사무실 한국어 상담 월 650
@@ lure compound_abroad facebook
✈️ 해외에서 일하고 월 1000 버는 법, 경험 없어도 교육해 드림
동남아 리조트 사무실 한국인 모집 🌴 숙소·식사·항공권 포함
지금 신청하면 다음 주 출국! 캄보디아 온라인 상담직 월 850+
영어 못해도 OK, 한국어만 하면 되는 태국 고객센터
해외 근무 희망자 모집 — 여권·신분증만 준비하세요 {OC}
🌏 프놈펜 한인 IT회사 고객지원 / 20~45세 / 숙식 제공
시아누크빌 관광단지 운영팀, 첫 월급 선지급 가능, 메시지 주세요
해외 VIP 고객관리 직원, 세금 없는 달러 급여, 상담 {KK}
미얀마 특구 호텔 한국인 매니저 급구, 비행기표 회사 부담
동남아 마케팅 회사 직원 채용 🇹🇭🇰🇭 타자 빠른 분 우대
💵 월 천만원 해외 일자리 💵 경력·나이 무관, 지금 바로 상담
캄보디아 한인 기업 대규모 채용, 합법 비자, 안전 숙소
해외에서 새 인생 시작하세요. 동남아 사무직 항공권 100% 지원
@@ lure task_scam sms
[Web발신] 재택 부업 하루 10만원, 좋아요만 누르면 됩니다 {KK}
[Web발신] 리뷰 알바 건당 5천원 당일 지급, 카톡 {KK}
[Web발신] 유튜브 구독 미션 1건 3,000원, 신규 가입 시 1만원 지급
[Web발신] 쇼핑몰 가구매 알바, 원금 + 수수료 30분 내 환급 {P}
(광고) 주부 부업 스마트폰으로 하루 2시간, 일 8만원 보장 {OC}
[Web발신] 부업 신청 승인 완료. 업무 설명은 텔레 단체방에서만 진행 {TG}
[Web발신] 상품 찜하기 알바 1건 2천원, 하루 최대 15만원
[Web발신] 앱 설치 테스터 모집 건당 1만원, 선입금 후 정산
[국외발신] 단순 클릭 업무 하루 30분 5만원 지급 {OC}
[Web발신] 호텔 예약 평점 작성 알바, 첫날 보너스 2만원
[Web발신] 알바 지원 감사합니다. 오늘 안에 카톡 추가하시면 바로 업무 배정 {KK}
@@ lure task_scam kakao
언니 이거 해봤어? 별점만 주면 건당 3천원 바로 들어와
미션 3단계까지 하면 원금이랑 수익 같이 돌려줘, 진짜야
첫 미션은 무료고 두 번째부터 30만원 넣으면 45만원 돌려준대
좋아요 알바 방 링크 줄게, 하루 5만원은 그냥 벌어 {OC}
제가 하는 부업인데 폰으로 20분이면 돼요. 관심 있으시면 말씀 주세요
VIP 등급 올리려면 50만원 충전해야 된대, 대신 수수료 두 배래
담당 선생님이 하라는 대로 구매하면 다음날 이자 붙여서 돌려줘요
안녕하세요 부업 매니저입니다. 오늘 첫 과제 드릴게요, 캡처만 보내주세요
@@ lure task_scam telegram
📱 재택 미션팀 신규 모집 // 1건 5,000원, 하루 20건 가능
가입 즉시 체험금 1만원 지급, 이후 유료 미션으로 수익 3배
상품 선구매 후 환급되는 알바, 1회 수익 20%, 당일 정산
구독·좋아요 작업자 모집 {TG} 출금은 매일 오후 6시
전업주부·대학생 환영, 하루 10만원 미션 부업
연속 미션 완료 시 보너스 지급, 중간 포기하면 출금 불가
@@ lure task_scam community
하루 두 시간 폰만 만지면 10만원, 부업방 들어오실 분 {OC}
리뷰 작성만 하고 한 달 200 벌었어요, 방법 궁금하면 쪽지
선입금 미션인데 바로 돌려받았어요 ㅎㅎ 추천인 코드 드림
고액 재택알바 찾는 분, 쇼핑몰 매출 올리기 작업 참여자 구해요
여행 사이트 후기 쓰기 알바, 건당 8천원, 링크 드려요
@@ lure task_scam jobboard
[재택] 온라인 상품 등록 보조, 일급 10만원, 선입금 후 환급
스마트폰 부업 (하루 1~2시간, 월 300 가능, 경력 무관)
[당일지급] 블로그 리뷰 체험단, 건당 2만원
영화 예매 평점 알바, 나이·경력 무관, 카톡 상담
[주부 우대] 쇼핑몰 장바구니 담기 업무, 일당 8만원
@@ lure task_scam facebook
👍 좋아요 누르고 돈 버는 부업, 하루 최대 12만원
폰 하나로 집에서 월 300, 텔레그램 방으로 오세요 {TG}
지금 가입하면 미션금 3만원 즉시 지급 🎁
@@ legit local_job jobboard
(주)한빛로지스 이천센터 입출고 사원 모집 (주간, 4대보험)
○○베이커리 판교점 제과 보조 채용, 주 5일, 월 230만원
[정규직] 동원F&B 안산공장 생산직, 교대근무, 기숙사 제공
이마트24 역삼점 야간 근무자 (주 3일, 시급 12,000원)
올리브영 홍대점 주말 매장 스태프 모집
CJ대한통운 곤지암 허브 상하차 단기 (일급 13만원, 셔틀 운행)
(주)세원정밀 창원 CNC 가공 사원 (경력무관, 4대보험)
농협하나로마트 계산원 채용 (오전조, 주 5일)
스타벅스 파트너 채용, 안양 지역 매장
○○구청 기간제 근로자(주차관리) 채용 공고
한솔제지 대전공장 지게차 운전원 (자격증 소지자)
쿠팡풀필먼트서비스 고양센터 단기 사원, 당일 출근 가능
○○요양원 요양보호사 모집 (3교대, 자격증 필수)
수학학원 데스크 상담 실장 (평일 14~22시, 월 250)
롯데마트 잠실점 신선식품 진열 직원 채용
(주)대성기공 평택 생산관리 사원 / 초대졸↑ / 정규직
중식당 홀서빙 직원 (주 6일, 월 280, 식사 제공)
○○아파트 관리사무소 경비원 (격일제, 4대보험)
택배 분류 오전 알바 (06~10시, 시급 13,000원, 화성)
[알바몬] 영화관 매점 크루, 주말 가능자, 영등포
(주)그린환경 재활용 선별원 모집, 인천 서구, 중식 제공
한국전력 검침 보조 기간제 (6개월, 공고번호 확인)
동네 약국 전산 보조 (오후 파트, 처방전 입력)
[사람인] (주)우리식품 품질관리 사원 / 경기 광주 / 신입
@@ legit local_job sms
[Web발신] ○○물류 면접 안내: 3/12(화) 10시 본사 2층, 신분증 지참
[Web발신] 지원해 주신 매장 아르바이트 1차 합격입니다. 근로계약서는 첫 출근 때 작성합니다
[Web발신] (주)대한푸드 인사팀입니다. 서류 합격, 면접 일정 회신 부탁드립니다 {TEL}
(광고) 동네 마트 주말 캐셔 모집, 매장 방문 지원 환영
[Web발신] 고용센터 알림: 이번 주 우리 구 구인 정보 12건이 새로 올라왔습니다
[Web발신] 워크넷 맞춤 채용정보: 조리사 2건, 사무보조 3건
[Web발신] 면접 결과 안내. 다음 주 월요일 9시 첫 출근, 통장 사본 지참 바랍니다
@@ legit local_job community
우리 동네 빵집 오전 알바 구해요, 7시~11시, 시급 12,000원
편의점 주말 야간 하실 분 계실까요? 역삼동, 계약서 작성합니다
카페 바리스타 경력자 구합니다, 성수동, 주 4일
독서실 총무 구합니다 (평일 저녁, 공부하면서 일 가능)
꽃집 어버이날 시즌 포장 알바 3일, 일당 10만원, 매장 주소 공개
@@ legit skilled_well_paid jobboard
[네이버클라우드] 백엔드 개발자 (경력 5년↑, 연봉 협의)
대형 로펌 기업자문 변호사 채용 (경력 3~7년)
[토스] 리스크 데이터 분석가, 연봉 상위 10%
반도체 장비 셋업 엔지니어 (해외 출장 있음, 연봉 6,500)
치과위생사 주 4일 근무, 월 380
선박 1등 기관사 (승선 근무, 연봉 1억 이상, 해기사 면허 필수)
타워크레인 조종사 (국가자격증, 일당 45만원)
[SK하이닉스] 공정 엔지니어 경력 채용, 이천캠퍼스
항공 정비사 (B1 자격, 연봉 7,000, 김포)
법무법인 중국어 통번역 전문위원 (통번역대학원 졸업자)
[카카오뱅크] 자금세탁방지 모니터링 전문가, 경력 5년 이상
응급의학과 전문의 채용, 수도권 종합병원, 연봉 협의
여의도 자산운용사 펀드매니저 (CFA 우대)
국제회의 영어 동시통역사 프리랜스 (일 80만원)
(주)현대모비스 자율주행 SW 책임연구원
세무사 사무실 법인세 담당 (세무사 자격, 연봉 8,000)
원자력 발전소 정비 기술자 (방사선 관리, 교대 수당)
[쿠팡] 데이터 엔지니어 시니어, 스톡옵션 포함
해상 풍력 크레인 운전 기사 (일급 60만원, 안전교육 필수)
@@ legit skilled_well_paid kakao
프리랜서 3D 모델러 단가 높게 드립니다, 포트폴리오 먼저 카톡 {KK}
@@ legit urgent_hiring sms
[Web발신] 오늘 저녁 웨딩홀 서빙 2명 급구, 시급 13,000원, 강남 ○○컨벤션 {TEL}
[Web발신] 내일 오전 이삿짐 보조 급구, 일당 15만원 현장 지급 (용인)
[Web발신] 행사 스태프 당일 급구, 코엑스 B홀, 일급 12만원, 계약서 현장 작성
[Web발신] 급식실 조리 보조 대체인력 2주, ○○초등학교, 교육청 계약
[Web발신] 내일 새벽 5시 농산물 시장 하역 3명 급구, 가락시장 {P}
[Web발신] 주말 마라톤 대회 급수대 요원 급구, 일당 9만원, 여의도
@@ legit urgent_hiring jobboard
[급구] 김장철 절임배추 포장 단기 (해남, 숙식 제공, 일당 14만원)
[급구] 사과 수확 인력 (영주, 숙소 제공, 일당 15만원)
[당일 근무] 물류센터 피킹, 일급 당일 입금, 셔틀 탑승
[급채용] 제조업 생산직 20명, 기숙사·통근버스, 주야 2교대
[급구] 전시회 통역 보조 (영어, 3일, 일급 20만원, 킨텍스)
[오늘 출근] 호텔 하우스키핑 단기, 제주 서귀포, 숙소 지원
[급구] 설 명절 택배 분류 2주 단기, 일급 14만원, 근로계약 체결
@@ legit urgent_hiring community
급해요! 내일 돌잔치 촬영 보조 한 분만, 일당 12만원, 분당
오늘 밤 식당 마감 알바 한 분 구합니다, 부천역 앞, 시급 14,000
@@ legit chat_app_contact kakao
카페 주말 알바 구해요, 카톡 {KK}로 간단한 소개 보내주세요 (망원동)
과외 선생님 구해요. 고2 수학 주 2회, 오픈채팅 {OC}
사진 보정 외주 건당 8천원, 포트폴리오 보고 결정할게요, 카톡 {KK}
강아지 산책 도우미 구합니다, 평일 오후 1시간, 우리집 근처 분
유튜브 영상 편집자 구해요, 편당 15만원, 계약서 씁니다 {KK}
이사 도와주실 분 토요일 반나절, 10만원, 연락은 카톡으로 {KK}
번역 외주(영→한 기술문서) 장당 단가 협의, 샘플 테스트 있음 {KK}
웨딩 스냅 세컨 작가 구해요, 경력 1년 이상, 카톡 {KK}
아이 하원 도우미 (주 5일 16~19시, 송파, 신원 확인 후 채용)
@@ legit chat_app_contact telegram
플러터 앱 외주 개발자 찾습니다, 3개월, 사업자 계약 {TG}
블록체인 스타트업 판교 사무실 프론트 개발자, 면접은 사무실에서 {TG}
@@ legit chat_app_contact community
플리마켓 부스 지킴이 토요일 하루, 8만원, 연락처는 프로필 참고
동아리 행사 MC 구해요, 사례비 30만원, 오픈톡 문의
원룸 청소 대행 파트너 모집, 건당 3만원, 카톡 {KK}
중고서점 재고정리 3일 알바, 연남동, 오픈채팅 {OC}
@@ legit chat_app_contact facebook
동네 헬스장 PT 트레이너 채용, 자격증 필수, 메시지 주세요
교회 카페 바리스타 봉사자 모집 (무급), 페이지 메시지로 문의
@@ legit legal_abroad jobboard
삼성전자 베트남법인 주재원 (취업비자, 근로계약서)
[KOTRA] 하노이무역관 현지직원 채용 공고
K-Move 일본 IT 취업 연수생 모집 (한국산업인력공단)
LG에너지솔루션 폴란드법인 생산기술 엔지니어 (주재원, 비자 지원)
현대건설 사우디 현장 공무 (2년 계약, 취업비자 발급)
싱가포르 호텔 조리사 (S Pass 발급, 계약서 사전 제공)
[월드잡플러스] 호주 육가공 공장 정규직, 482비자 스폰서
KOICA 캄보디아 사무소 현지 코디네이터 (계약직, 공고문 참조)
프놈펜 한국국제학교 초등 교사 채용 (교원자격증, 취업비자)
독일 간호사 취업 프로그램 (B2 어학, 면허 인정 절차 지원)
캐나다 용접공 (LMIA 승인, 워크퍼밋, 고용주 주소 공개)
두산에너빌리티 베트남 법인 품질관리 (파견, 비자 회사 지원)
CJ제일제당 태국 법인 마케팅 매니저 (현지 채용, 취업허가)
[월드잡플러스] 일본 료칸 프런트 정규직, 특정기능 비자
코이카 해외봉사단 2026년 1차 모집
아시아나항공 해외 지점 여객 서비스 주재원 (사내 공모)
세종학당 라오스 비엔티안 파견 한국어 교원 모집
미국 H-2B 조경 작업자 (노동부 승인 고용주, 계약서 번역본 제공)
@@ legit legal_abroad sms
[Web발신] 한국산업인력공단: 해외취업 연수과정 합격 안내, 사전교육 일정 확인 바랍니다
[Web발신] (주)한일중공업 인사팀: 말레이시아 현장 파견 근로계약서 서명본 보내드립니다
@@ legit legal_abroad community
베트남 호치민 한인 회계법인 경력 채용, 취업비자·계약서 보고 결정했어요 (후기)
호주 워홀 농장 일은 정부 공식 공고에서 찾으세요, 숙소비 선입금 요구는 피하고요
@@ legit ngo_warning community
'고수익 해외취업' 광고 주의
캄보디아 '월 천만원' 구인글, 감금 피해로 이어질 수 있습니다
"항공권 먼저 보내준다"는 해외 구인은 의심부터 하세요
해외 일자리 제안 받으셨나요? 회사명·사업자번호·주소부터 확인
'숙식 제공, 경력 무관, 즉시 출국' 세 가지가 같이 보이면 멈추세요
리뷰 알바라더니 충전 요구? 전형적인 부업 사기 수법입니다
@@ legit ngo_warning sms
[Web발신] 경찰청 알림: '단순 업무 고수익' 해외 구인 광고 피해 주의
[Web발신] 재택 부업 '선입금 미션'은 사기입니다. 송금 전에 112 상담
[Web발신] 외교부 알림: 캄보디아 보코산·바벨·포이펫은 여행금지 지역입니다
[Web발신] 해외에서 감금·위협을 당하면 +82-2-3210-0404로 연락하세요. 24시간 운영
@@ legit ngo_warning kakao
[공지] 텔레그램으로 오는 해외 일자리 제안, 먼저 의심하세요
여권 맡기라는 회사는 가지 마세요. 영사콜센터 +82-2-3210-0404
가족이 '동남아 사무직' 간다고 하면 회사 주소부터 같이 확인해 주세요
'좋아요 누르면 돈 준다' 메시지는 답장하지 말고 118에 문의하세요
@@ legit ngo_warning facebook
📢 "통번역만 하면 월 1000" 광고, 실제로는 범죄단지 모집입니다
⚠️ 비자는 현지에서 바꿔준다? 관광비자 입국 유도는 위험 신호
속아서 간 피해자도 공범으로 처벌될 수 있습니다. 해외 구인 꼭 확인하세요
@@ legit ngo_warning telegram
🚨 '캄보디아 CS 급구' 채널 글 다수 확인, 지원 전 외교부 해외안전여행 확인
@@ legit news news
캄보디아 범죄단지 감금 한국인 6명 구출
'고수익 알바' 미끼로 캄보디아 유인한 모집책 구속
경찰, 동남아 스캠조직 국내 모집책 20명 검거
외교부, 보코산 등 캄보디아 3곳 4단계 여행금지 지정
"월 천만원 준다더니"… 라오스 특구서 풀려난 20대 증언
한-캄보디아 '코리아 전담반' 프놈펜서 공식 출범
텔레그램 구인글 보고 출국한 대학생, 현지서 여권 뺏겨
리뷰 알바 사기 피해 올해 급증… 1인당 평균 800만원
'통역 알바' 광고에 속아 미얀마로… 귀국 청년들 "감금 상태였다"
검찰, 해외 취업 빙자 인신매매 일당 기소
대법원, 캄보디아 보이스피싱 조직 가담 20대에 실형
국정감사서 "캄보디아 감금 신고 330건 넘어" 지적
"항공권 대준다"던 해외 구인, 알고 보니 스캠 조직 모집책
경찰청, 부업 미션 사기 특별단속 착수
@@ legit news facebook
[속보] 프놈펜 인근 단지서 한국인 구조 요청… 대사관 대응 중
@@ legit local_job jobboard
[정규직] (주)코스모화학 울산공장 설비보전 기사 (전기기사 우대)
파리바게뜨 목동점 판매 아르바이트 (평일 오후)
○○병원 원무과 접수 직원 (계약직 1년, 정규직 전환 검토)
(재)서울문화재단 행정 인턴 (공고 기간 내 온라인 접수)
다이소 물류센터 부평 검수원 (주 5일, 중식 제공)
@@ legit local_job kakao
사장님 소개로 연락드려요, 다음 주부터 주방 보조 가능하신지 여쭤봅니다
내일 면접 2시에 가게로 오시면 돼요, 주소는 망원로 00길이에요
@@ legit local_job facebook
우리 식당 점심 홀 알바 구해요, 11~15시, 시급 12,500원, 위치는 시청역
@@ legit skilled_well_paid community
용접 기능장 현장 반장 구합니다, 조선소 협력사, 월 600 이상, 4대보험
@@ legit skilled_well_paid sms
[Web발신] 헤드헌팅 제안: 반도체 소재사 품질 팀장, 연봉 1억 2천, 상세 JD 메일 발송
@@ legit urgent_hiring kakao
급하게 오늘 저녁 케이터링 서빙 3명 필요합니다, 호텔 행사, 시급 15,000원
@@ legit urgent_hiring jobboard
[긴급] 폭설 제설작업 인력, 구청 위탁, 일당 16만원, 안전장비 지급
[급모집] 콜센터 상담원 (국내, 구로디지털단지, 교육 후 배치, 4대보험)
@@ legit chat_app_contact kakao
필라테스 강사 모십니다, 화목 저녁 타임, 회당 4만원, 카톡 {KK}
베이비시터 구합니다, 판교 거주자 선호, 시급 15,000원, 신분증 확인
학원 채점 알바 (주 2회, 2시간), 카톡 {KK}로 연락 주세요
@@ legit legal_abroad jobboard
[해외취업] 베트남 하노이 한국계 제조사 생산관리 (노동허가서 발급, 3년 계약)
[주재원] 포스코인터내셔널 미얀마 양곤 사무소 (사내 공모, 안전 교육 필수)
대한항공 해외 공항 지점 운송 직원 (현지 채용, 취업비자 회사 발급)
일본 IT기업 신입 개발자 (연수 6개월, 기술·인문지식 비자)
@@ legit legal_abroad kakao
합격 축하드려요. 싱가포르 법인 근로계약서와 EP 신청 서류 메일로 보냈습니다
@@ legit ngo_warning community
"여권만 있으면 바로 출국" 글 보이면 신고해 주세요
동남아 '컴퓨터 작업' 구인글에 답장하기 전에 가족과 상의하세요
'하루 10만원 재택 부업' 링크 누르지 마세요, 개인정보 털립니다
@@ legit ngo_warning sms
[Web발신] KISA 알림: '미션 수행 후 환급' 부업 문자는 사기입니다. 118 상담
[Web발신] ○○구청: 해외취업 사기 예방교육, 청년센터 3층, 사전 신청
@@ legit news news
'해외 고액 알바' 모집책, 지인 10명 캄보디아로 보낸 혐의
캄보디아서 송환된 피의자 수십 명 공항서 체포
태국 국경 스캠 단지서 탈출한 한국인 2명 귀국
'단순 번역' 미끼 구인 광고, 구직 사이트에서 삭제 요청 잇따라
외교부, 미얀마 미야와디 여행금지 지역 지정
"재택 알바인 줄 알았는데"… 미션형 부업 사기 주의보
@@ legit news community
[기사 공유] 프놈펜 '한국인 CS 급구' 글 올린 업체, 범죄조직과 연관
@@ lure compound_abroad telegram
캄보디아 고수익 알바, 항공권 지원
프놈펜 CS 급구 {TG}
시아누크빌 사무직, 숙소 있음
동남아 통역 월 천
라오스 특구 한국인 구함, 즉시 출국
@@ lure compound_abroad sms
[Web발신] 해외 사무직 월800 {P}
[국제발신] 태국 CS 합격, 출국 준비하세요
@@ lure compound_abroad kakao
캄보디아 가자, 비행기표 준대
여권만 챙겨, 나머지는 회사가 해줌
@@ lure compound_abroad community
해외 단기 알바 월 1000 쪽지
미얀마 국경 사무실 2명, 나이 무관
@@ lure compound_abroad facebook
동남아 근무 · 숙식 무료 · 경력 무관
@@ lure compound_abroad jobboard
[해외] 고객관리 사원 (즉시출국)
@@ lure task_scam sms
[Web발신] 리뷰 알바 일 10만 {KK}
[Web발신] 좋아요 부업 당일지급
@@ lure task_scam kakao
미션 하나만 더 하면 출금돼요
@@ lure task_scam community
재택 부업 하루 10만원 가능
@@ lure task_scam telegram
선입금 미션, 수익 30% 즉시 환급
@@ legit local_job jobboard
물류센터 상하차 단기 (평택)
편의점 주말 오전 알바
한식당 주방 보조 (주 5일)
@@ legit local_job sms
[Web발신] 면접 일정 확정: 목요일 오후 3시
@@ legit urgent_hiring sms
[Web발신] 내일 웨딩홀 서빙 1명 급구
@@ legit urgent_hiring community
오늘 택배 상차 2명 급구, 일당 당일 지급
@@ legit chat_app_contact kakao
주말 카페 알바, 카톡 주세요
@@ legit skilled_well_paid jobboard
시니어 iOS 개발자 (연봉 1억↑)
@@ legit legal_abroad jobboard
현대차 체코공장 주재원 (취업비자)
@@ legit ngo_warning kakao
'여권만 있으면 출국' 광고 조심
@@ legit ngo_warning telegram
📌 동남아 CS 고액 구인, 범죄단지 모집 의심
해외 구인 제안 받았다면 0404 먼저
@@ legit news news
캄보디아 감금 피해 청년 귀국
리뷰 알바 사기 일당 검거
@@ legit news telegram
[뉴스 채널] 동남아 취업사기 피해자 3명 구출
@@ legit chat_app_contact telegram
디자인 외주 구해요, 계약서 작성, 텔레 {TG}
@@ legit local_job telegram
[구인 채널] 판교 IT회사 사무보조 계약직, 면접 후 채용, 사업자등록번호 공개
@@ legit news facebook
[카드뉴스] '월 천 보장' 해외 알바의 실체
@@ legit urgent_hiring facebook
내일 행사장 설치 인력 5명 급구, 일당 15만원, 근로계약서 작성
@@ legit legal_abroad facebook
KOICA 해외봉사단 설명회, 공식 홈페이지에서 신청
@@ lure compound_abroad telegram
바벨 채팅팀 충원, 숙소 제공
포이펫 야간 상담원, 달러 급여
캄폿 사무실 타이피스트 구함
미야와디 한국인 매니저 자리
프놈펜 코인 CS, 주 6일
@@ lure compound_abroad sms
[Web발신] 동남아 근무 월1200 카톡 {KK}
[국제발신] 출국일 확정, 여권 지참 요망
@@ lure compound_abroad kakao
형 방콕 갈래? 한 달 팔백
숙소 공짜, 밥 공짜, 월급 달러래
비행기값 걱정 마, 사장님이 내줌
@@ lure compound_abroad community
동남아 사무직 2자리, 신불자 OK
라오스 단기 석 달, 천오백
@@ lure compound_abroad facebook
✈️ 해외 고객센터, 영어 필요 없음
캄보디아 한인 회사, 즉시 합류
@@ lure compound_abroad jobboard
[즉시출국] 한국어 채팅원 (숙식 무료)
태국 국경 CS 사원 (경력 무관)
@@ lure task_scam sms
[Web발신] 찜 알바 건당 2천
[Web발신] 부업 승인, 첫 정산 오늘
@@ lure task_scam kakao
충전하면 수수료 두 배래
캡처만 보내면 바로 입금돼요
@@ lure task_scam telegram
미션방 입장 시 3만원 지급
@@ lure task_scam facebook
폰으로 하루 10만, 링크 클릭
@@ lure task_scam jobboard
[재택] 구매대행 알바, 일급 지급
@@ lure compound_abroad kakao
형 나 지금 시아누크빌인데 여기 진짜 편해. 에어컨 사무실에서 채팅만 하고 월급 900 받아. 한 자리 더 난대
아 그리고 출국할 때 짐은 최소로 챙겨, 휴대폰이랑 여권은 도착하면 회사에서 잠깐 보관한대
@@ lure compound_abroad community
작년에 태국 국경 쪽에서 반년 일하고 빚 다 갚았어요. 지금 같은 회사에서 두 명 더 뽑는대서 올립니다, 쪽지 주세요
@@ lure compound_abroad sms
[Web발신] 해외 법인 채용 안내: 근무지 프놈펜, 업무 고객 채팅, 급여 월 850, 숙소 및 항공 제공, 이번 주 안에 답장 주세요 {P}
@@ lure task_scam kakao
처음엔 나도 의심했는데 세 번 해보니까 진짜 원금에 수수료까지 다 들어오더라. 오늘 저녁에 링크 보내줄게
@@ lure task_scam sms
[Web발신] 안녕하세요 ○○님, 지원하신 재택 업무 배정 안내입니다. 상품 구매 후 캡처를 보내주시면 구매액과 수수료 20%를 30분 안에 돌려드립니다
@@ lure compound_abroad telegram
공지) 이번 기수는 캄보디아 본사 직접 채용입니다. 면접 없이 여권 사본만 확인하고, 항공권과 첫 달 숙소는 회사가 책임집니다 {TG}
'''

VI_HANDWRITTEN = r'''
@@ lure task_scam sms
Việc nhẹ lương cao 500k/ngày, chỉ cần điện thoại, ib zalo {ZL}
Tuyển CTV online làm nhiệm vụ thả tim video, 300-800k/ngày, rút tiền ngay
Bạn đã được chọn làm cộng tác viên Shopee, hoa hồng 15% mỗi đơn. Kết bạn zalo {ZL}
Chỉ 30 phút mỗi ngày, thu nhập 1tr, không cần kinh nghiệm. LH {ZL}
[TB] Tuyển nhân viên đánh giá khách sạn tại nhà, 200k/nhiệm vụ, nhận lương trong ngày
Chúc mừng hồ sơ của bạn đạt yêu cầu. Vui lòng thêm tele {TGV} để nhận nhiệm vụ đầu tiên
Làm thêm tại nhà: bấm like, follow kênh, 50k/lượt, thanh toán qua ngân hàng ngay
Cần người chốt đơn ảo cho sàn TMĐT, nạp trước hoàn gốc + 20% sau 10 phút
Việc làm cho mẹ bỉm: xem quảng cáo 1 tiếng nhận 350k, inbox nhận link
Tặng 100k cho lần đầu làm nhiệm vụ, các đơn sau lãi 30%, LH {ZL}
Tuyen CTV tiktok shop, lam tai nha, 400-900k/ngay, khong can von
Nhận hồ sơ CTV trả lời tin nhắn khách, 1 ngày 2 tiếng, lương 8tr/tháng
@@ lure task_scam zalo
Chị ơi em bên tuyển dụng, việc chỉ cần điện thoại, mỗi ngày 1-2 tiếng được 500k ạ
Nhiệm vụ hôm nay: mua 3 đơn giúp shop, chuyển khoản trước, hoàn tiền kèm hoa hồng 25%
Anh làm xong 2 đơn rồi, đơn thứ 3 là đơn combo nên cần nạp thêm 5tr mới rút được
Bên em có job thả tim youtube, 1 video 20k, làm bao nhiêu rút bấy nhiêu
Bạn vào nhóm nhiệm vụ này nhé, có hướng dẫn viên kèm, ngày đầu thưởng 150k
Em gửi link đăng ký tài khoản nhận việc, nhớ nhập mã giới thiệu của em nha
Đơn VIP lợi nhuận cao hơn, bạn nạp 2 triệu là nhận lại 2tr6 trong 15 phút
Dạ đây là công việc online hợp pháp ạ, làm trên app, lương trả theo ngày
Mình đang cần thêm vài bạn làm đánh giá sản phẩm, rảnh lúc nào làm lúc đó
Tài khoản của anh đang bị khóa do thao tác sai, nộp phí 3tr để mở và rút toàn bộ
Chỉ cần chụp màn hình đã follow gửi em là có 30k liền nhé
@@ lure task_scam facebook
🔥 Việc làm online tại nhà 🔥 Thu nhập 300k-1tr/ngày, chỉ cần có điện thoại
Tuyển 20 CTV xử lý đơn hàng Lazada, không cọc, không phí, nhận lương cuối ngày
Sinh viên, mẹ bỉm, người nội trợ đều làm được! Ib em nhận việc nhẹ 😍
Làm nhiệm vụ tương tác mạng xã hội, 15-20 phút kiếm 200k, cmt "nhận" em gửi
Ai cần việc thêm buổi tối không? Gõ phím trên điện thoại, 7-12tr/tháng, inbox
Tuyển gấp nhân viên nhập liệu online, không cần đến công ty, trả lương theo ca
Cơ hội kiếm tiền từ xa 💰 nạp nhỏ nhận lớn, uy tín 100%, có bill mỗi ngày
Thu nhập thụ động chỉ từ điện thoại, không yêu cầu bằng cấp, ib nhận tư vấn
@@ lure task_scam telegram
Nhóm nhiệm vụ VIP: mỗi ngày 10 đơn, lợi nhuận 10-30%, rút tiền 24/7
Chào mừng bạn vào kênh làm việc online. Nhiệm vụ số 1: đăng ký tài khoản theo link
Đội ngũ hỗ trợ: nạp tiền tạo đơn, hệ thống hoàn gốc + hoa hồng tự động
Nhiệm vụ đánh giá phim 5 sao, mỗi lượt 80k, cần đủ 30 lượt để rút
@@ lure task_scam community
Mình làm job online 1 tháng được 15tr, ai muốn làm thử mình chỉ cho, ib
Cả nhà ai đang tìm việc online không, bên mình đang thiếu người, lương ngày
Em giới thiệu job like dạo này uy tín lắm, hôm qua rút được 600k
@@ lure task_scam jobboard
Tuyển nhân viên online part-time, 2h/ngày, 6-9 triệu, không cần kinh nghiệm
CTV tăng lượt xem cho kênh bán hàng – trả theo nhiệm vụ – tại nhà
Nhân viên đặt đơn hàng ảo cho đối tác, lương ngày 500k
@@ lure compound_abroad facebook
TUYỂN GẤP 10 BẠN SANG CAMPUCHIA LÀM CSKH, LƯƠNG 1200$, BAO VÉ + ĂN Ở
Tuyển nhân viên đánh máy tại Bavet, 25tr/tháng, có xe đón tận nơi
Làm ở Lào, đặc khu kinh tế, lương 30 triệu, bao ăn ở, đi ngay trong tuần
Myawaddy tuyển người biết tiếng Anh cơ bản, 1500$, bao vé máy bay Bangkok
Tuyển NV văn phòng tại Sihanoukville, không cần bằng cấp, lương 20-30tr, ib
🇰🇭 Ngồi máy lạnh gõ phím mà nghìn đô/tháng, biết vi tính cơ bản là nhận
Cần 5 nữ 18-30 tuổi làm lễ tân khách sạn ở Poipet, 800$/tháng, lo hết giấy tờ
Sang Phnom Penh làm marketing online, công ty bao vé khứ hồi, lương cứng 900$
Tuyển người Việt làm CSKH cho sòng bài online bên Campuchia, nghỉ 4 ngày/tháng
Đi làm nước ngoài không cần hộ chiếu, bên em lo đường đi an toàn 100%
Xuất cảnh nhanh trong 3 ngày, không cần thủ tục, lương văn phòng 20 triệu
Tuyển gấp 3 bạn nam làm IT hỗ trợ tại Lào, lương 35tr, bao ăn ở, bao vé
Công ty Trung Quốc ở Campuchia cần người biết tiếng Việt chat với khách, 1000$
Ai muốn đổi đời ib em: việc văn phòng bên Bavet, thu nhập vài chục triệu/tháng
Tuyển nhân viên trực page cho nhà cái, làm tại Campuchia, lương 25-40tr
Cần gấp phiên dịch tiếng Trung tại Myanmar, lương 2000$, bao vé, đi ngay
@@ lure compound_abroad zalo
Em ơi bên anh đang cần người làm văn phòng ở Campuchia, lương 25 củ, đi không?
Anh lo hết từ vé xe đến chỗ ở, em chỉ cần mang CCCD qua cửa khẩu thôi
Bên chị có việc chăm sóc khách hàng ở Sihanoukville, không cần KN, bao ăn ngủ
Chỗ này uy tín lắm, em họ anh làm nửa năm gửi về nhà mấy trăm triệu rồi
Em chuẩn bị đồ đi, tối mai có xe đón ở Tây Ninh, qua bên kia công ty lo hết
Việc chỉ ngồi máy lạnh gõ phím thôi, lương 1000 đô, ăn ở miễn phí, đi ko em?
Bạn gửi ảnh CCCD 2 mặt để bên mình làm giấy tờ xuất cảnh nhé
Qua đó có người đón tận nơi, ký hợp đồng bên đó luôn, không phải lo gì
Ứng trước 5 triệu cho em mua đồ, qua làm rồi trừ lương sau nha
Nhà cái cần thêm người biết tiếng Hàn, lương 2500$, có ký túc xá
@@ lure compound_abroad telegram
Poipet thiếu 8 người trực chat ca đêm, trả 1000-1500$, lo chỗ ngủ, đi trong tuần
🇱🇦 Đặc khu Tam Giác Vàng tuyển nhân viên nhập liệu, lương 28tr, không cần KN
Sếp người Hoa ở Phnom Penh cần 2 thư ký nữ, 1200$, ib {TGV}
Lương cứng 800$ + thưởng doanh số, làm việc tại Bokor, có đưa đón từ Hà Tiên
Dự án mới ở Myanmar tuyển 20 người Việt, biết đánh máy là được, đi ngay
Tuyển sale tiền ảo làm tại Campuchia, có KPI, thưởng nóng, bao ăn ở
Job nước ngoài lương nghìn đô, không cần ngoại ngữ, có người dẫn qua biên giới
Tuyển người giới thiệu lao động sang Campuchia, 10tr/người, thanh toán ngay
@@ lure compound_abroad sms
[QC] Tuyển lao động đi Campuchia, lương 20-30tr, bao vé xe, bao ăn ở. LH {ZL}
Cty can gap nv van phong tai Bavet, luong 1000$, xuat canh nhanh, LH {ZL}
Chúc mừng bạn trúng tuyển vị trí CSKH tại Phnom Penh, xe đón lúc 5h sáng mai
Tuyển nhân viên kinh doanh online ở Lào, thu nhập 30tr+, không cần bằng cấp, {ZL}
Việc làm nước ngoài ưu tiên người cần tiền gấp, lương trả trước 1 tháng, {ZL}
Tuyển 15 nam nữ làm việc tại Myanmar, lương 1200$, bao vé máy bay, đi ngay
@@ lure compound_abroad jobboard
Hành chính văn phòng (Svay Rieng) – 25-35 triệu – Chỗ ngủ miễn phí, vé xe
Chăm sóc khách hàng online (Phnom Penh) – Không cần kinh nghiệm – 1000$
Nhân viên nhập liệu tại Lào – 28 triệu – Xuất cảnh trong 5 ngày
Trợ lý kinh doanh quốc tế – Làm tại Sihanoukville – Công ty lo visa
Kỹ thuật hỗ trợ mạng (Bavet) – Thu nhập hấp dẫn – Nhận người chưa có bằng
@@ lure compound_abroad community
Ai muốn đi Campuchia làm với mình không, việc văn phòng, lương 25tr, bao ăn ở
Mình vừa về từ bên đó, việc nhẹ lắm, giờ đang tuyển thêm người cho sếp, ib
Cần 3 bạn đi cùng sang Lào làm nhập liệu, đi xe khách, công ty trả hết
Nợ nần nhiều thì qua bên này làm 6 tháng là trả xong, mình bảo lãnh cho
@@ lure compound_abroad zalo
Tuyển người làm game online bên Campuchia, chơi game nhận lương, bao ăn ở
Hợp đồng 6 tháng ở Phnom Penh, 1200 đô, hết hạn công ty mua vé về
@@ lure compound_abroad facebook
Cần tuyển nhân viên chat tiếng Anh tại Malaysia, lương 1500$, chỉ cần hộ chiếu
Tuyển nữ PG sòng bài ở Mộc Bài – Bavet, bao ăn ở, lương 20tr, không cần KN
@@ lure task_scam sms
Tuyển người xem video quảng cáo kiếm tiền, mỗi video 15k, rút từ 100k. LH zalo {ZL}
[Tuyen dung] Viec lam them bang dien thoai 1-2h/ngay, thu nhap 300-500k, ket ban zalo {ZL}
Cty cần 15 người dán nhãn sản phẩm tại nhà, trả công 10tr/tháng, nhận việc qua zalo
Bạn có muốn kiếm thêm 2-5 triệu mỗi tuần? Nhắn "OK" để được hướng dẫn
Hồ sơ ứng tuyển của bạn đã được duyệt, nhận 50k phí khởi động tại link {LK}
Chương trình tri ân: hoàn thành 5 nhiệm vụ nhận 888k, hạn trong hôm nay
@@ lure task_scam zalo
Nhiệm vụ xong rồi đó, giờ chị nạp 1tr để mở cấp 2, hoàn lại 1tr3 ngay
Anh cứ yên tâm, tiền vẫn trong tài khoản, đóng thêm phí thuế 10% là rút được hết
Công việc là mua hàng giúp tăng doanh số cho shop, shop trả lại tiền kèm 20%
Em thấy chị rảnh buổi tối, có việc nhẹ này làm thử không ạ, 1 buổi 400k
Tuần này bên em thưởng thêm cho CTV mới, làm đủ 3 ngày tặng 500k
@@ lure task_scam facebook
KHÔNG CẦN VỐN – KHÔNG CẦN KINH NGHIỆM – LÀM TẠI NHÀ – NHẬN TIỀN NGÀY
Tuyển CTV đánh giá 5⭐ cho quán ăn trên Google Maps, 25k/đánh giá
Chỉ cần chiếc smartphone là có thu nhập, thanh toán ngay trong ngày, ib
HSSV rảnh tối? Sắp đơn online giúp shop, 350k/ca
Người cần tiền gấp vào đây! Nhiệm vụ đơn giản, trả thưởng ngay
@@ lure task_scam telegram
Nhiệm vụ mua hàng tích lũy: đơn 500k lời 100k, đơn 5tr lời 1tr5
Hướng dẫn viên sẽ nhắn riêng cho bạn, làm theo từng bước để nhận lương
Khách hàng mới: tham gia nhóm làm việc, hoàn thành 3 nhiệm vụ thử để nhận 120k
@@ lure task_scam community
Có ai làm app nhiệm vụ này chưa, mình làm được mấy hôm rồi, cần thêm người vào team
Job tại nhà cho mẹ bỉm nè, con ngủ là làm, ngày kiếm 400k dễ dàng
@@ lure task_scam jobboard
Cộng tác viên kiểm duyệt đơn hàng – Làm online – Thu nhập 10-15tr
Trợ lý bán hàng sàn TMĐT tại nhà, không cần máy tính, lương trả theo ngày
@@ lure compound_abroad facebook
Việc nhẹ, lương cao, không cần bằng cấp, làm văn phòng ở nước ngoài 🌏 inbox ngay
Campuchia đang cần người: lo vé, lo chỗ ngủ, lo luôn giấy tờ, từ 20 triệu
Cần gấp nhân viên kế toán sòng bài tại Bavet, không cần kinh nghiệm, lương 30tr
Dạy việc từ đầu, chỉ cần biết gõ chữ, sang Lào làm việc lương 1200$
Tuyển thông dịch viên tiếng Việt tại Myanmar, 1800$, bao vé máy bay + visa
Việc văn phòng tại Sihanoukville 💻 ca 12 tiếng, thưởng KPI, đón tận cửa khẩu
@@ lure compound_abroad zalo
Qua bên đó làm được 3 tháng là đủ tiền cưới vợ rồi em, anh nói thật
Không cần hộ chiếu đâu em, bên anh có người đưa qua đường tiểu ngạch
Em còn trẻ mà, qua Campuchia làm vài năm về xây nhà cho bố mẹ
Chị giới thiệu việc lễ tân khách sạn bên Poipet, 15tr, đi cùng chị luôn
Công ty bên Lào cần gấp người biết tiếng Trung, lương 40tr, có nhà ở riêng
Đi làm ở Myanmar 1 năm, lương 1500 đô, anh lo vé từ Hà Nội sang Bangkok
@@ lure compound_abroad telegram
Tuyển 30 nhân sự cho dự án Campuchia, làm online, không yêu cầu bằng cấp, đi ngay
Cần người làm kịch bản chat cho team, làm tại Myawaddy, lương cao, bao ăn ở
Sihanoukville cần gấp 5 bạn biết tiếng Thái, lương 1500$, có người dẫn đường
Đội đưa đón tại Mộc Bài, qua biên giới an toàn, nhận việc ngay trong ngày
@@ lure compound_abroad sms
Tuyển gấp nhân viên chăm sóc khách VIP tại Campuchia, 1500$, không cần KN, {ZL}
Chúc mừng bạn đã được nhận vào công ty bên Lào, tối nay xe đón ở Nghệ An
@@ lure compound_abroad community
Ai đang thất nghiệp thì inbox, mình có việc bên Campuchia lương cao lắm
Cần 2 bạn nữ dáng xinh làm lễ tân casino, đi trong tuần, công ty trả chi phí
Mình có người quen bên Lào đang tuyển, việc văn phòng, lương gấp 3 ở nhà
@@ lure compound_abroad jobboard
Chuyên viên CSKH tiếng Việt – Campuchia – 1200$ + thưởng – Bao vé
Nhân viên hành chính tại Myanmar – Không cần ngoại ngữ – Đi ngay
@@ legit local_job facebook
Quán cà phê Mộc tuyển phục vụ ca tối, 25k/giờ, Quận 3, ghé quán phỏng vấn
[Cầu Giấy] Tiệm bánh tuyển nhân viên bán hàng, ca sáng, lương 6tr + thưởng
Nhà hàng lẩu tuyển phụ bếp, bao cơm 2 bữa, lương 7-8tr, làm tại Thủ Đức
Shop quần áo Đà Nẵng tuyển nhân viên bán hàng nữ, 6tr5 + % doanh số
Chung cư Quận 7 cần bảo vệ ca đêm, 8tr, đóng BHXH, trình diện ban quản lý
Tiệm trà sữa tuyển part-time sinh viên, 22k/h, ca linh hoạt, Thanh Xuân
Cơ sở rửa xe cần 2 thợ, bao ăn trưa, lương 7tr, Biên Hòa
Nhà thuốc tuyển dược sĩ trung cấp, lương 8-10 triệu, có hợp đồng
@@ legit local_job jobboard
Công ty TNHH May Tiến Phát tuyển công nhân may, lương 8-10 triệu, BHXH đầy đủ
Ứng tuyển qua TopCV: Nhân viên kế toán tổng hợp, 12-15 triệu, Cầu Giấy
Nhân viên kho – Công ty TNHH Logistics Sao Mai – Bình Dương – 9 triệu
Công nhân lắp ráp linh kiện điện tử – KCN Quế Võ – Có xe đưa đón
Thu ngân siêu thị – Co.opmart – Quận 10 – Ca xoay – Lương 7tr
Nhân viên giao hàng – Giao Hàng Nhanh – Hà Đông – Thu nhập 10-14tr
Front desk – Resort ven biển Hội An – Giao tiếp tiếng Anh tốt
Nhân viên hành chính nhân sự – CTCP Bao bì Việt – Long An – 10tr
Tuyển thợ điện công trình, có chứng chỉ an toàn, lương 12-15tr, Hải Phòng
Nhân viên telesale bảo hiểm tại văn phòng Quận 1, lương cứng 7tr + hoa hồng
@@ legit local_job sms
[TB] Ngày hội việc làm quận Bình Thạnh 15/6, hơn 2000 vị trí, vào cửa miễn phí
Sàn việc làm quận Hai Bà Trưng mở cửa sáng thứ Sáu, người tìm việc mang CCCD và bản CV
Cong ty TNHH Minh Long moi ban phong van vi tri NV kho luc 9h thu 3, mang theo CCCD
Ho so ung tuyen vi tri thu ngan da duoc tiep nhan. Phong Nhan su se lien he trong 3 ngay
BIDV thông báo tuyển dụng giao dịch viên 2025, nộp hồ sơ trên website chính thức. BIDV không thu bất kỳ khoản phí nào
[Viettel] Hội chợ việc làm online tháng 7: hơn 500 doanh nghiệp tham gia, đăng ký miễn phí trên cổng thông tin
Quý khách đã đăng ký nhận bản tin việc làm thành công. Soạn HUY gửi 9xxx để hủy
Vietcombank: Chúc mừng bạn vượt qua vòng hồ sơ, lịch thi viết sẽ gửi qua email
@@ legit local_job zalo
Chào em, chị bên nhà hàng Hoa Sen, mai 9h em qua phỏng vấn nhé, nhớ mang CCCD
Anh ơi ca tối nay thiếu người, anh làm thêm được không, tính lương tăng ca
Hợp đồng thử việc em gửi qua email rồi nha, em đọc kỹ rồi ký giúp chị
@@ legit skilled_well_paid facebook
[HCM] Tuyển Senior Java Developer 5+ năm, lương up to 3000$, hybrid
Bệnh viện tư tuyển bác sĩ chẩn đoán hình ảnh, thu nhập 50-70tr, hợp đồng dài hạn
Tuyển kỹ sư cầu nối BrSE tiếng Nhật N2, lương 35-50tr, làm tại Cầu Giấy
Tuyển kế toán trưởng công ty sản xuất, 5 năm kinh nghiệm, lương 30-40tr
@@ legit skilled_well_paid jobboard
Trưởng phòng kinh doanh – Công ty CP Dược Hậu Giang – Cần Thơ – Thỏa thuận
Data Engineer – Ngân hàng TMCP Quân Đội – Hà Nội – 40-60 triệu
Kỹ sư phần cứng vi mạch – KCN Thăng Long – 35tr, có phụ cấp
Phi công phụ A321 – hãng hàng không nội địa – thỏa thuận
Kỹ sư giám sát xây dựng – có chứng chỉ hành nghề – 25-30tr – Bắc Ninh
Luật sư tư vấn doanh nghiệp – công ty luật tại Quận 3 – 3 năm kinh nghiệm
@@ legit skilled_well_paid zalo
Chị bên headhunt, có vị trí CFO công ty FDI Bình Dương, 120tr, em quan tâm không
@@ legit urgent_hiring facebook
TUYỂN GẤP 5 nhân viên phục vụ tiệc cưới tối thứ 7, 200k/ca, Quận Tân Bình
Cần gấp 10 lao động bốc xếp hàng Tết tại kho Long Biên, 350k/ngày, trả cuối ngày
Tuyển gấp phụ bếp cho quán cơm, đi làm ngay, lương 7tr, bao cơm trưa
Cần người trông cửa hàng tạp hóa 1 tuần, 250k/ngày, ngay chợ Bến Thành
Tuyển gấp 20 công nhân thời vụ đóng gói, nhận việc ngay, có hợp đồng, KCN Tân Tạo
@@ legit urgent_hiring sms
Siêu thị Điện Máy Xanh Q.Gò Vấp cần gấp NV kho, phỏng vấn và nhận việc trong ngày
Can gap 3 ban ho tro su kien cuoi tuan tai Nha thi dau Phu Tho, 300k/ngay
@@ legit urgent_hiring zalo
Mai có hội chợ, anh cần 2 bạn đứng quầy, 300k/ngày, bao ăn trưa, làm ở SECC
Chị cần gấp người giữ trẻ từ mai, nhà ở Ba Đình, 6tr/tháng, chị gặp trực tiếp
@@ legit urgent_hiring jobboard
Nhân viên thời vụ mùa Tết – Bưu điện trung tâm – 2 tháng – Ký hợp đồng
Lao động phổ thông làm ngay – Nhà máy bia Sài Gòn – Củ Chi – Có BHXH
@@ legit chat_app_contact zalo
Tiệm nail cần thợ có tay nghề, lương 12-15tr, liên hệ zalo {ZL} để hẹn test
Tuyển gia sư Toán lớp 9, 3 buổi/tuần, 200k/buổi, Đống Đa, zalo {ZL}
Cần thợ sửa điều hòa cộng tác theo lịch, có dụng cụ, trả theo công, zalo {ZL}
Mình cần bạn thiết kế banner Shopee, 100k/ảnh, gửi portfolio qua zalo
Tuyển tài xế giao hàng nội thành, xe công ty, 10tr + phụ cấp, zalo {ZL}
Nhà mình cần người giúp việc theo giờ, 45k/h, Quận 2, nhắn zalo trao đổi
@@ legit chat_app_contact facebook
Quán bún bò tuyển phụ quán, ib page hoặc qua trực tiếp quán ở Nguyễn Trãi
Studio chụp ảnh cần make-up artist cộng tác, trả theo show, ib page gửi hình
Tuyển MC tiệc cưới cộng tác, 500k/show, inbox gửi clip dẫn
Trung tâm tiếng Anh tuyển trợ giảng, 80k/giờ, ib fanpage để nhận JD
@@ legit chat_app_contact telegram
Team startup tuyển Flutter dev remote, 25-35tr, hợp đồng rõ ràng, tele {TGV}
Dự án blockchain Hà Nội tuyển QA tester, offline tại văn phòng, ib tele nhận JD
@@ legit chat_app_contact community
Group ơi ai cần việc dọn dẹp nhà cửa cuối tuần không, 60k/h, khu Cầu Giấy, nhắn mình
Tiệm sửa xe nhà mình cần học việc, có lương, bao cơm trưa, nhắn tin riêng nhé
@@ legit legal_abroad facebook
Công ty CP XKLĐ Hợp Thành (giấy phép số 2xx/LĐTBXH-GPHĐ) tuyển 30 TTS đi Nhật ngành thực phẩm
EPS 2025: người lao động nộp hồ sơ dự thi tiếng Hàn tại Sở Nội vụ tỉnh, lệ phí theo quy định
Tuyển điều dưỡng đi Đức, học tiếng B1 miễn phí, hợp đồng ký trước khi xuất cảnh
Đơn hàng kỹ năng đặc định Nhật Bản ngành nhà hàng, phí theo quy định, thi tuyển trực tiếp
Tuyển 20 lao động đi Úc theo visa 482, doanh nghiệp có giấy phép, tra cứu trên trang DOLAB
@@ legit legal_abroad jobboard
Kỹ sư cơ khí làm việc tại Nhật – Visa kỹ sư – Lương 22 man – Công ty có giấy phép
Thực tập sinh ngành xây dựng đi Nhật – Hợp đồng 3 năm – Học tiếng 6 tháng tại Hà Nội
Điều dưỡng viên làm việc tại Đài Loan – Hợp đồng lao động – Thu phí sau khi ký hợp đồng
Công nhân nông nghiệp thời vụ đi Hàn Quốc – theo thỏa thuận giữa hai địa phương
Giáo viên tiếng Việt tại trường quốc tế ở Phnom Penh – Có giấy phép lao động – Hợp đồng 2 năm
Nhân viên kỹ thuật chuyển công tác sang nhà máy ở Bắc Ninh của tập đoàn Hàn Quốc
@@ legit legal_abroad sms
Lịch thi EPS-TOPIK đợt 2 đã có, thí sinh xem số báo danh trên cổng thông tin chính thức
Cty CP Nhân lực Quốc tế An Phú: Lịch phỏng vấn đơn hàng Nhật ngày 20/5, ký hợp đồng tại văn phòng
@@ legit legal_abroad zalo
Em đọc kỹ hợp đồng cung ứng và giấy phép của công ty trước khi đóng tiền nhé, có biên lai đầy đủ
@@ legit ngo_warning facebook
⚠️ Thấy bài "việc nhẹ lương cao" rủ qua Campuchia? Báo ngay Tổng đài 111, miễn phí
Công an phường nhắc: ai bảo nạp trước để được hoàn gốc kèm hoa hồng là kẻ gian
"Bao ăn ở, bao vé, không cần kinh nghiệm" – lời mời quen thuộc của đường dây lừa đi Campuchia
Muốn đi lao động nước ngoài? Kiểm tra giấy phép công ty trên trang DOLAB trước khi nộp tiền
Không chuyển tiền "nâng cấp nhiệm vụ", không gửi ảnh CCCD cho người lạ
Ai hứa "xuất cảnh nhanh, khỏi thủ tục" thì đó là cò mồi, hãy báo công an xã
@@ legit ngo_warning sms
[Bo Cong an] Canh giac chieu "viec nhe luong cao" du do sang Campuchia. Goi 111 de duoc ho tro
[TB] Tin nhắn rủ kiếm tiền tại nhà bằng like, follow là chiêu lừa. Phản ánh qua đầu số 156
Toàn dân tích cực phòng, chống mua bán người. Phát hiện dấu hiệu hãy gọi Tổng đài 111
[Ngan hang] Khong chuyen tien cho nguoi la de "mo khoa" tai khoan nhiem vu, day la lua dao
@@ legit ngo_warning zalo
Nhà mình ai có con em được rủ qua Campuchia làm văn phòng thì hỏi kỹ giúp, nhiều vụ bị giữ hộ chiếu
Cô ơi cái tin "like video kiếm tiền" là lừa đấy, cô đừng chuyển khoản nhé
@@ legit ngo_warning community
Mọi người cảnh giác mấy bài "tuyển CSKH Campuchia 1200$", người quen mình đi rồi mất liên lạc
Ai nhắn "đơn combo phải nạp thêm mới rút được" thì chặn luôn nhé, lừa 100%
@@ legit ngo_warning telegram
Kênh cảnh báo: các nhóm "nhiệm vụ VIP" yêu cầu nạp tiền đều là lừa đảo, báo cáo và rời nhóm
@@ legit news news
Giải cứu 20 người bị lừa sang Campuchia làm "việc nhẹ lương cao"
Triệt phá đường dây đưa người qua biên giới làm việc cho sòng bạc trá hình
Bắt đối tượng lừa CTV "làm nhiệm vụ online" chiếm đoạt hàng tỷ đồng
65 công dân Việt Nam được tiếp nhận trở về qua cửa khẩu sau khi bị ép làm việc tại Campuchia
Bộ Ngoại giao khuyến cáo tránh đi Shan, Kayin, Rakhine (Myanmar)
Tổng đài 111 được kích hoạt lại, hỗ trợ nạn nhân mua bán người 24/7
Cô gái 19 tuổi bị lừa sang Myanmar vì tin tuyển "lễ tân khách sạn lương nghìn đô"
Khởi tố nhóm tuyển người qua Facebook đưa sang Bavet làm lừa đảo trực tuyến
Mẹ bỉm mất 300 triệu vì "nhiệm vụ đơn hàng" trên ứng dụng lạ
Hơn 100 người được giải cứu khỏi các khu lừa đảo trong năm 2023
Công an TP.HCM: người vượt biên trái phép có thể bị phạt 3-5 triệu đồng
Trục xuất hàng trăm người nước ngoài khỏi khu phức hợp ở Sihanoukville
@@ legit news facebook
[Tin nóng] Nam thanh niên trốn thoát khỏi đặc khu ở Lào kể lại những ngày bị ép làm việc
@@ legit local_job facebook
[Hải Châu] Spa tuyển kỹ thuật viên gội đầu dưỡng sinh, được đào tạo, lương 7tr + tua
Cửa hàng điện thoại tuyển nhân viên kỹ thuật, có kinh nghiệm ép kính, lương thỏa thuận
Trường mầm non tư thục tuyển cô nuôi dạy trẻ, có bằng trung cấp sư phạm, Hoàng Mai
Xưởng gỗ Bình Dương tuyển thợ phụ, bao ở ký túc, lương 9-11tr, có BHXH
Nhà sách Phương Nam tuyển nhân viên bán hàng part-time cuối tuần
@@ legit local_job jobboard
Nhân viên chăm sóc khách hàng tổng đài – Công ty TNHH Điện lực – Làm tại Hà Nội – 9tr
Công nhân vận hành máy – Công ty TNHH Bao bì Đông Á – KCN Sóng Thần – 8,5tr
Lái xe tải nhẹ – Công ty TNHH Vận tải Hưng Thịnh – 12tr – Có GPLX hạng C
Nhân viên bếp – Chuỗi cơm tấm – Quận Phú Nhuận – 7-9 triệu
Kế toán thuế part-time – Văn phòng dịch vụ kế toán – Đà Nẵng
@@ legit local_job sms
Quy khach da duoc moi phong van vi tri giao dich vien tai chi nhanh Ha Dong, 8h30 thu Hai
[TopCV] Nhà tuyển dụng đã xem CV của bạn cho vị trí Nhân viên kinh doanh
MoMo: Bạn có lời mời tham gia Ngày hội tuyển dụng sinh viên, chi tiết trong ứng dụng
@@ legit local_job zalo
Em nhận việc ở xưởng từ thứ 2 nhé, mang theo sổ khám sức khỏe và sơ yếu lý lịch
@@ legit skilled_well_paid facebook
Tuyển thợ hàn TIG bậc cao làm tại Vũng Tàu, lương 20-25tr, có chứng chỉ
Công ty kiểm toán Big4 tuyển Senior Auditor, yêu cầu ACCA, lương cạnh tranh
@@ legit skilled_well_paid jobboard
Kỹ sư DevOps – Tập đoàn công nghệ – Hà Nội – 45-70 triệu – Hybrid
Bác sĩ răng hàm mặt – Nha khoa tại Quận 5 – Thu nhập 60tr+
@@ legit urgent_hiring facebook
Cần gấp thợ phụ hồ cho công trình nhà phố Gò Vấp, 400k/ngày, trả theo tuần
Tuyển gấp nhân viên phục vụ quán nhậu, làm ngay tối nay, 30k/giờ, Quận 4
@@ legit urgent_hiring sms
Nha hang Hai San Bien Xanh can gap 4 phuc vu dip le 30/4, 350k/ngay, lien he quan ly
@@ legit chat_app_contact zalo
Cần bạn dạy đàn piano cho bé 6 tuổi, 2 buổi/tuần, Quận 7, nhắn zalo {ZL}
Xưởng may nhận thêm thợ may gia công tại nhà, trả theo sản phẩm, zalo {ZL} để xem mẫu
@@ legit chat_app_contact facebook
Tiệm cơm gà tuyển ship nội bộ, có xe máy, lương ngày 250k, nhắn page hoặc gọi quán
@@ legit chat_app_contact telegram
Team game indie tuyển artist 2D part-time, có hợp đồng dịch vụ, tele {TGV}
@@ legit legal_abroad facebook
Du học nghề Đức ngành điều dưỡng, có hợp đồng đào tạo, học phí công khai, tư vấn tại văn phòng
Đơn hàng Nhật: công nhân chế biến thủy sản, công ty XKLĐ có giấy phép, không thu phí trước hợp đồng
@@ legit legal_abroad jobboard
Giám sát thi công ở Singapore – Work Permit – 2 năm – Qua doanh nghiệp được cấp phép
@@ legit legal_abroad sms
Trung tam Lao dong ngoai nuoc: danh sach trung tuyen EPS nganh nong nghiep da duoc cong bo
@@ legit ngo_warning facebook
Sang Campuchia "làm văn phòng", không hợp đồng, không visa lao động = dấu hiệu lừa đảo
Tuyển người qua Telegram, lương quá cao so với công việc: hãy dừng lại và kiểm tra
@@ legit ngo_warning sms
[TB] Cong an tinh canh bao: doi tuong tuyen "nhan vien van phong" sang Lao, Campuchia de lua dao
@@ legit ngo_warning community
Anh em đừng tin mấy bài "bao vé, bao ăn ở, xuất cảnh trong 3 ngày" nha, tra DOLAB trước
@@ legit news news
Công an Tây Ninh chặn nhóm người chuẩn bị vượt biên sang Campuchia làm việc
Bộ Công an cảnh báo thủ đoạn lừa "làm nhiệm vụ online" nhắm vào sinh viên
Đưa người sang Lào làm "việc nhẹ lương cao", nhóm môi giới lĩnh án
Nạn nhân kể lại bị thu hộ chiếu ngay khi đến khu phức hợp ở Bavet
Bắt giữ người môi giới tuyển lao động qua Zalo rồi bán sang Campuchia
@@ legit news community
Báo đưa tin: thêm 12 người trở về sau khi bị lừa làm CSKH tại Poipet
@@ lure task_scam sms
Việc nhẹ lương cao, ib zalo {ZL}
Làm nhiệm vụ online, 500k/ngày
CTV online, rút tiền trong ngày
Chỉ cần điện thoại, 1tr/ngày
@@ lure task_scam zalo
Nạp 500k nhận lại 650k nha
Đơn tiếp theo là đơn VIP ạ
Job like dạo, 300k/ngày nè
@@ lure task_scam facebook
Tuyển CTV tại nhà, không cọc
Việc online cho mẹ bỉm, ib
@@ lure task_scam telegram
Nhiệm vụ mới, hoa hồng 30%
@@ lure compound_abroad facebook
Sang Campuchia 1200$, bao vé
Đi Lào làm văn phòng, 30 triệu
Việc nhẹ ở Bavet, bao ăn ở
@@ lure compound_abroad zalo
Qua Campuchia làm không em?
Mai có xe đón ở cửa khẩu
Không cần hộ chiếu, anh lo hết
@@ lure compound_abroad telegram
Cần gấp CSKH Poipet, đi ngay
Myanmar tuyển đánh máy, 1500$
@@ lure compound_abroad sms
Tuyen nv Campuchia, bao an o, LH {ZL}
@@ lure compound_abroad jobboard
Nhân viên văn phòng (Campuchia) – 25tr
Trực chat tiếng Việt – Lào – Bao vé
Thư ký sòng bài – Poipet – Không cần KN
@@ lure compound_abroad community
Ai đi Campuchia cùng mình không, việc nhẹ
@@ lure task_scam community
Job online uy tín, ai cần ib
@@ legit local_job facebook
Tuyển phục vụ, 25k/h, Quận 3
Quán phở cần phụ bếp ca sáng
Tuyển thu ngân part-time, Đống Đa
@@ legit local_job jobboard
Nhân viên kho – Bình Dương – 9tr
Công nhân may – Long An – 8-10tr
Kế toán nội bộ – Hà Nội – 12tr
@@ legit local_job sms
Mời bạn phỏng vấn 9h sáng thứ 4
[TopCV] CV của bạn đã được xem
@@ legit local_job zalo
Mai em đi làm ca sáng nhé
Em gửi chị CV qua mail nha
Chị ơi em nhận việc từ thứ 2 được không ạ
@@ legit urgent_hiring facebook
Cần gấp 2 phục vụ tối nay, Q.1
@@ legit urgent_hiring zalo
Mai thiếu người đứng quầy, em đi được không
@@ legit chat_app_contact zalo
Cần gia sư Anh lớp 6, zalo mình
Tuyển thợ nail, nhắn zalo test tay nghề
@@ legit chat_app_contact telegram
Tuyển Java dev, hợp đồng rõ ràng, tele {TGV}
Team cần designer part-time, ib tele
@@ legit skilled_well_paid facebook
Senior React, up to 2500$, Hà Nội
@@ legit legal_abroad facebook
TTS Nhật ngành điện tử, thi tuyển công khai
@@ legit legal_abroad zalo
Hợp đồng đi Nhật em gửi chị bản scan rồi nhé, chị kiểm tra giấy phép công ty
@@ legit ngo_warning facebook
Cảnh giác "việc nhẹ lương cao"
Làm nhiệm vụ nạp tiền = lừa đảo
@@ legit ngo_warning zalo
Mẹ ơi đừng bấm link việc làm lạ nhé
@@ legit ngo_warning telegram
Cảnh báo: job Campuchia bao vé là bẫy
@@ legit news news
Giải cứu 5 lao động khỏi Bavet
Bắt nhóm lừa "làm nhiệm vụ online"
@@ legit news telegram
[Tin tức] 30 người Việt được trao trả tại cửa khẩu
@@ legit news community
Tin mới: thêm người bị lừa sang Lào làm "văn phòng"
@@ legit local_job facebook
Tuyển phục vụ quán nướng
Cần thợ hồ gấp, Thủ Đức
Nhà hàng cần rửa bát
@@ legit local_job jobboard
Thủ kho – Long An
Lễ tân phòng khám – Quận 10
@@ legit urgent_hiring zalo
Mai cần 2 người bốc hàng
@@ legit news news
Triệt phá ổ nhóm tuyển "CTV online"
@@ legit ngo_warning facebook
Đừng nạp tiền làm nhiệm vụ!
@@ lure compound_abroad zalo
Em nghe anh nè, bên đó ngồi máy lạnh, ăn ngủ công ty lo, tháng gửi về 20 triệu, mai đi không?
Đi thì mang theo CCCD với ít đồ thôi, tới nơi có người cầm hộ giấy tờ cho an toàn, xong việc trả lại
@@ lure compound_abroad facebook
🌏 Phnom Penh cần 12 bạn trực chat, ca 10 tiếng, nghỉ 2 ngày/tháng, cứng 900$ + thưởng, lo vé và chỗ ở
Mình làm bên Sihanoukville 1 năm rồi, công ty cần thêm người Việt trực chat, 1000 đô, ai đi thì ib
@@ lure compound_abroad telegram
Đơn tuyển mới: 20 người đi Myawaddy làm nhập liệu, đón tại Mae Sot, không cần visa lao động, lương trả đô hàng tháng
@@ lure task_scam zalo
Chị ơi đơn bị treo do thiếu điểm tín nhiệm, nạp thêm 3 triệu để em mở khóa, rút cả gốc lẫn lãi
Dạ hôm nay em gửi chị 5 nhiệm vụ, làm xong trước 9h tối thì chị được cộng thêm thưởng 200k vào tài khoản ạ
@@ lure task_scam sms
Ban duoc chon lam CTV danh gia san pham, 30k/luot, du 10 luot thuong 100k, ket ban zalo {ZL}
@@ lure task_scam telegram
Quy định nhóm: mỗi ngày 3 vòng, vòng sau nạp cao hơn vòng trước, đủ 3 vòng mới rút được
@@ lure task_scam facebook
Mẹ bỉm muốn có thêm thu nhập thì vào đây, mỗi ngày 1 tiếng xử lý đơn cho shop, trả lương trong ngày
'''


# ---------------------------------------------------------------------------
# Fictional contact details
# ---------------------------------------------------------------------------

_LOWER = "abcdefghijkmnopqrstuvwxyz"
_ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_TG_KO = ["hr", "job", "recruit", "asia", "global", "team", "cs", "office", "manager", "work", "ok", "kh", "bkk"]
_TG_VI = ["tuyendung", "vieclam", "hr", "job", "nhiemvu", "ctv", "hotro", "cskh", "team", "admin", "pp", "sg"]
_VI_PREFIX = ["032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077", "078", "079", "081",
              "082", "083", "084", "085", "086", "088", "089", "090", "091", "093", "094", "096", "097", "098"]
_VI_DOMAINS = ["nhiemvu-vip.top", "vieclam-online.cc", "ctv-shop.site", "job24h.vip", "tuyendung-nhanh.xyz"]


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _word(rng, lo, hi):
    return "".join(rng.choice(_LOWER) for _ in range(rng.randint(lo, hi)))


def _vi_phone(rng):
    p, a, b, c = rng.choice(_VI_PREFIX), _digits(rng, 3), _digits(rng, 3), _digits(rng, 4)
    d = p + a[0]
    rest = a[1:] + b + c[:2]
    return rng.choice([f"{p}{a}{b}{c[0]}", f"{d} {rest[:3]} {rest[3:6]}", f"{p}.{a}.{b}{c[0]}"])


FILLERS = {
    "P": lambda r: r.choice(["010-{}-{}", "010 {} {}", "010{}{}"]).format(_digits(r, 4), _digits(r, 4)),
    "TEL": lambda r: r.choice(["02", "031", "032", "042", "051", "053"]) + "-" + _digits(r, 3) + "-" + _digits(r, 4),
    "TG": lambda r: "@" + r.choice(_TG_KO) + "_" + _word(r, 3, 6) + (_digits(r, 2) if r.random() < 0.6 else ""),
    "KK": lambda r: _word(r, 4, 7) + _digits(r, r.randint(2, 4)),
    "OC": lambda r: "open.kakao.com/o/" + r.choice("gs") + "".join(r.choice(_ALNUM) for _ in range(7)),
    "ZL": _vi_phone,
    "TGV": lambda r: "@" + r.choice(_TG_VI) + "_" + _word(r, 3, 6) + (_digits(r, 2) if r.random() < 0.6 else ""),
    "LK": lambda r: r.choice(_VI_DOMAINS) + "/" + "".join(r.choice(_ALNUM) for _ in range(6)),
}
_PH = re.compile(r"\{(" + "|".join(FILLERS) + r")\}")


def fill(text, rng):
    return _PH.sub(lambda m: FILLERS[m.group(1)](rng), text)


def parse(block):
    out, head = [], None
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("@@"):
            _, label, kind, channel = line.split()
            head = (label, kind, channel)
            continue
        out.append(head + (line.replace(" // ", "\n"),))
    return out


# ---------------------------------------------------------------------------
# Vietnamese without diacritics
# ---------------------------------------------------------------------------

def strip_diacritics(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    nfd = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if unicodedata.category(c) != "Mn"))


def has_vi_diacritics(text):
    return strip_diacritics(text) != text


# ---------------------------------------------------------------------------
# Similarity guard for templated records
# ---------------------------------------------------------------------------

_TOK = re.compile(r"[^\W_]+", re.UNICODE)


def tokens(text):
    return {t.lower() for t in _TOK.findall(text) if not t.isdigit()}


def ngrams(text, n):
    toks = [t.lower() for t in _TOK.findall(text)]
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


class Guard:
    """Rejects a templated candidate that is too close to an accepted record of the same language (Korean: 5 or
    more shared words; Vietnamese, where a word is often two syllables: 3 or more shared syllable pairs) or that
    shares 2 or more 3-word (ko) / 4-syllable (vi) runs with one record of the existing corpus of that language."""

    def __init__(self, lang, existing):
        self.lang = lang
        self.run = 3 if lang == "ko" else 4
        self.accepted = []
        self.existing = [ngrams(t, self.run) for t in existing]

    def feats(self, text):
        return tokens(text) if self.lang == "ko" else ngrams(text, 2)

    def add(self, text):
        self.accepted.append(self.feats(text))

    def too_close(self, text):
        f = self.feats(text)
        limit = 5 if self.lang == "ko" else 3
        if any(len(f & other) >= limit for other in self.accepted):
            return True
        runs = ngrams(text, self.run)
        return any(len(runs & other) >= 2 for other in self.existing)


def word_count(text):
    return len(text.split())


# ---------------------------------------------------------------------------
# Templated Korean
# ---------------------------------------------------------------------------

KO_PLACES = ["캄보디아", "프놈펜", "시아누크빌", "바벨", "포이펫", "캄폿", "태국 방콕", "태국 매솟", "라오스",
             "라오스 보텐", "미얀마", "미야와디", "베트남 국경", "동남아", "해외", "말레이시아", "필리핀 클락"]
KO_ROLES = ["한국어 상담", "채팅 응대", "코인 고객관리", "통번역 보조", "데이터 입력", "온라인 마케팅", "카지노 회계 보조",
            "게임 운영", "SNS 관리", "문서 타이핑", "텔레마케팅", "사무 보조", "VIP 응대", "쇼핑몰 CS", "투자 상담 보조"]
KO_PAY = ["월 800", "월 천만원", "월 1,200", "기본 $3,500", "세후 700", "일당 40만원", "월 650 이상",
          "월 USD 5,000", "주급 200", "3개월 2,400만원", "첫 달 900 보장", "월 1000+"]
KO_PERK = ["항공권 지원", "숙식 제공", "비자 회사 처리", "왕복 항공 제공", "기숙사 무료", "공항 픽업",
           "출국비 선지급", "식사 3끼", "업무폰 지급", "숙소 1인실"]
KO_REQ = ["경력 무관", "나이 무관", "여권만 있으면 OK", "초보 가능", "학력 무관", "면접 없음", "즉시 출국",
          "외국어 불필요", "타자만 되면 됨", "신용 무관"]
KO_CONTACT = ["텔레 {TG}", "카톡 {KK}", "오픈채팅 {OC}", "문의 {P}", "DM", "텔레그램 문의", "쪽지 주세요"]
KO_ASSURE = ["합법 회사", "안전 보장", "여권 본인 보관", "감금 없음", "정식 법인"]
KO_TAGS = ["급구", "즉시출국", "선착순", "해외", "특급", "신규", "마감임박"]
KO_AGENCY = ["글로벌잡스", "아시아HR", "해외인재센터", "동남아파트너스", "케이원에이전시", "뉴월드컨설팅"]


def ko_lure_templated(rng):
    place, role, pay = rng.choice(KO_PLACES), rng.choice(KO_ROLES), rng.choice(KO_PAY)
    perk, req, contact = rng.choice(KO_PERK), rng.choice(KO_REQ), rng.choice(KO_CONTACT)
    form = rng.randrange(6)
    if form == 0:
        return "telegram", f"{place} {role} {pay}, {perk} {contact}"
    if form == 1:
        return "jobboard", f"[{rng.choice(KO_TAGS)}] {place} {role} ({req}, {perk})"
    if form == 2:
        return "sms", f"[Web발신] {place} {role} 모집 {pay} {perk} {req} {contact}"
    if form == 3:
        ag = rng.choice(KO_AGENCY)
        return "jobboard", f"{place} {role} 채용 ({perk}) / {ag} · 해외 · 경력무관 · 학력무관 · 정규직"
    if form == 4:
        return "kakao", f"{place}에서 {role} 할 사람 찾는대, {pay}에 {perk}까지. {rng.choice(KO_ASSURE)}래"
    return "community", f"{place} {role} 같이 가실 분, {pay}, {req}, {contact}"


KO_GENERAL_JOBS = ["경리 사무원", "총무 사원", "인사 담당자", "구매 담당", "회계 담당자", "영업관리 신입"]
KO_EMPLOYERS = {
    "(주)한결물류": ["입출고 사원", "지게차 운전원", "물류 사무", "배차 관리"],
    "(주)대원정밀": ["생산직 사원", "CNC 가공원", "품질관리 담당", "설비보전 기사"],
    "(주)새롬식품": ["생산직 사원", "품질관리 담당", "위생 관리자", "포장 라인 사원"],
    "(주)동해오토텍": ["설비보전 기사", "생산관리 사원", "용접 기능직", "품질관리 담당"],
    "(주)미래테크": ["연구개발 연구원", "회로설계 엔지니어", "생산기술 담당"],
    "(주)성진화학": ["공정 운전원", "품질관리 담당", "환경안전 담당"],
    "(주)청솔산업": ["생산직 사원", "자재관리 사원", "물류 사무"],
    "(주)우진플라텍": ["사출 생산직", "금형 보조", "품질관리 담당"],
    "(주)다온소프트": ["백엔드 개발자", "QA 엔지니어", "웹 퍼블리셔", "마케팅 매니저"],
    "(주)태림포장": ["인쇄기 오퍼레이터", "생산직 사원", "출하 담당"],
    "(주)경인메탈": ["용접 기능직", "절단 가공원", "지게차 운전원"],
    "(주)솔빛전자": ["SMT 오퍼레이터", "검사원", "연구개발 연구원"],
}
KO_LOCS = ["서울 구로구", "경기 이천시", "경기 화성시", "인천 남동구", "충북 청주시", "경남 창원시", "대구 달서구",
           "부산 강서구", "경기 평택시", "서울 금천구", "광주 광산구", "대전 유성구"]
KO_CAREER = ["경력무관", "신입", "경력 3년↑", "신입·경력", "경력 1~5년"]
KO_EDU = ["학력무관", "고졸↑", "초대졸↑", "대졸↑"]
KO_TYPE = ["정규직", "계약직", "정규직·계약직", "정규직(수습 3개월)"]
KO_BADGE = ["", " · 4대보험", " · 기숙사", " · 주5일", " · 통근버스", " · 인기있는", " · 취업축하금"]


def ko_legit_templated(rng):
    co = rng.choice(sorted(KO_EMPLOYERS))
    job = rng.choice(KO_EMPLOYERS[co] + KO_GENERAL_JOBS[:2])
    loc = rng.choice(KO_LOCS)
    form = rng.randrange(4)
    if form <= 1:
        title = rng.choice([f"{job} 모집", f"{job} 채용", f"[{loc.split()[1]}] {job} 구인", f"{job} 신규 채용"])
        text = (f"{title} / {co} · {loc} · {rng.choice(KO_CAREER)} · {rng.choice(KO_EDU)} · "
                f"{rng.choice(KO_TYPE)}{rng.choice(KO_BADGE)}")
        return "local_job", "jobboard", text
    if form == 2:
        return "local_job", "sms", f"[Web발신] {co} 인사팀입니다. {job} 서류 합격, 면접은 {loc.split()[1]} 본사 {{TEL}}"
    return "urgent_hiring", "jobboard", f"[급구] {co} {loc.split()[1]} {job} (즉시 근무, 근로계약서 작성)"


# ---------------------------------------------------------------------------
# Templated Vietnamese
# ---------------------------------------------------------------------------

VI_HOOK = ["Việc nhẹ lương cao", "Tuyển gấp", "Cần gấp", "Tuyển CTV", "Job thơm", "Tuyển dụng nhanh", "Hot hot",
           "Việc làm thêm", "Cơ hội kiếm tiền", "Nhận người ngay"]
VI_TASK = ["thả tim video", "đánh giá sản phẩm", "xử lý đơn hàng", "follow kênh", "chốt đơn hộ shop", "xem quảng cáo",
           "gõ captcha", "like bài viết", "chấm sao quán ăn", "bình luận livestream", "tải app dùng thử", "nghe nhạc tăng view"]
VI_DAILY = ["300k/ngày", "500k/ngày", "200-800k/ngày", "1tr/ngày", "400k mỗi ca", "lương ngày 600k", "20k mỗi lượt",
            "7-12tr/tháng", "350k/buổi", "hoa hồng 15-30%"]
VI_COND = ["chỉ cần điện thoại", "làm tại nhà", "không cần vốn", "rút tiền ngay", "không cọc", "rảnh lúc nào làm lúc đó",
           "trả lương cuối ngày", "ai cũng làm được"]
VI_PLACE = ["Campuchia", "Phnom Penh", "Bavet", "Poipet", "Sihanoukville", "Lào", "Myanmar", "Mộc Bài – Bavet",
            "Tam Giác Vàng", "Myawaddy", "biên giới Thái", "Kampot"]
VI_ROLE = ["CSKH online", "nhân viên văn phòng", "đánh máy", "nhập liệu", "trực page", "sale online", "lễ tân casino",
           "chat với khách", "kế toán sòng bài", "phiên dịch tiếng Trung", "hỗ trợ IT", "thư ký"]
VI_MONTH = ["lương 20-30tr", "1000$/tháng", "25 triệu", "1200$", "thu nhập 30tr+", "1500$", "800-1200 đô", "nghìn đô"]
VI_PERK = ["bao vé", "bao ăn ở", "lo giấy tờ", "có xe đón", "không cần KN", "không cần bằng cấp", "xuất cảnh nhanh",
           "ứng lương trước", "không cần hộ chiếu", "có người dẫn đường"]
VI_CONTACT = ["ib zalo {ZL}", "LH {ZL}", "tele {TGV}", "inbox ngay", "nhắn zalo", "ib em", "kết bạn zalo {ZL}", ""]


def _cap(text):
    return text[:1].upper() + text[1:]


def _join(*parts):
    return ", ".join(p for p in parts if p)


def vi_lure_templated(rng):
    n = rng.choice([2, 3, 5, 8, 10, 15])
    if rng.random() < 0.5:
        task, daily, cond, contact = rng.choice(VI_TASK), rng.choice(VI_DAILY), rng.choice(VI_COND), rng.choice(VI_CONTACT)
        form = rng.randrange(3)
        if form == 0:
            text = _join(f"{rng.choice(VI_HOOK)}: {task}", daily, cond, contact)
        elif form == 1:
            text = _join(f"{_cap(task)} tại nhà {daily}", cond)
        else:
            text = _join(f"Cần {n} bạn {task}", f"trả {daily}", contact)
        return "task_scam", rng.choice(["sms", "zalo", "facebook", "telegram", "community"]), text
    role, place, month = rng.choice(VI_ROLE), rng.choice(VI_PLACE), rng.choice(VI_MONTH)
    p1, p2 = rng.sample(VI_PERK, 2)
    form = rng.randrange(3)
    if form == 0:
        text = _join(f"{rng.choice(VI_HOOK)} {role} tại {place}", month, p1, p2, rng.choice(VI_CONTACT))
        channel = rng.choice(["facebook", "zalo", "telegram", "sms"])
    elif form == 1:
        text = f"{_cap(role)} – {place} – {month} – {_cap(p1)}"
        channel = "jobboard"
    else:
        text = _join(f"{place} cần {n} người làm {role}", month, p1)
        channel = rng.choice(["telegram", "facebook", "community"])
    return "compound_abroad", channel, text


VI_EMPLOYERS = {
    "Công ty TNHH Thực phẩm An Khang": ["công nhân đóng gói", "nhân viên QC", "thủ kho"],
    "Công ty TNHH Cơ khí Phú Thành": ["thợ hàn", "thợ tiện", "lái xe nâng"],
    "CTCP Dệt may Hòa Bình": ["công nhân may", "nhân viên QC", "kế toán nội bộ"],
    "Công ty TNHH Điện tử Minh Quang": ["công nhân lắp ráp", "nhân viên kho", "kỹ thuật viên bảo trì"],
    "Công ty TNHH Logistics Đông Dương": ["nhân viên kho", "lái xe nâng", "điều phối giao hàng"],
    "CTCP Nhựa Tân Phát": ["công nhân vận hành máy ép", "thủ kho", "bảo vệ"],
    "Công ty TNHH Gỗ Hưng Long": ["thợ mộc", "công nhân chà nhám", "nhân viên hành chính"],
    "Chuỗi cà phê Phố Cũ": ["pha chế", "phục vụ", "thu ngân"],
    "Nhà hàng Sen Vàng": ["phục vụ", "bếp phó", "tạp vụ"],
    "Bệnh viện đa khoa Bình An": ["điều dưỡng", "hộ lý", "nhân viên thu ngân viện phí"],
    "Khách sạn Hương Biển": ["lễ tân", "buồng phòng", "bảo vệ"],
    "Trường mầm non Sao Mai": ["giáo viên mầm non", "cô nuôi", "tạp vụ"],
}
VI_LOC = ["KCN VSIP Bình Dương", "Quận 12", "Long Biên", "KCN Yên Phong", "Biên Hòa", "Thủ Đức", "Đà Nẵng", "Cần Thơ",
          "Nha Trang", "Hải Dương", "Vinh", "Quận Tân Phú"]
VI_SAL = ["7-9 triệu", "8-10 triệu", "9-12 triệu", "lương 8tr + phụ cấp", "thỏa thuận", "10-13 triệu", "6tr5", "11tr"]
VI_BEN = ["BHXH đầy đủ", "có hợp đồng", "bao cơm trưa", "xe đưa đón", "thưởng tháng 13", "ký túc xá", "nghỉ chủ nhật",
          "phép năm 12 ngày"]


def vi_legit_templated(rng):
    co = rng.choice(sorted(VI_EMPLOYERS))
    job, loc, sal = rng.choice(VI_EMPLOYERS[co]), rng.choice(VI_LOC), rng.choice(VI_SAL)
    form = rng.randrange(4)
    if form == 0:
        return "local_job", "jobboard", f"{_cap(job)} – {co} – {loc} – {sal}"
    if form == 1:
        return "local_job", "facebook", f"{co} tuyển {job} làm tại {loc}, {sal}, {rng.choice(VI_BEN)}"
    if form == 2:
        return "local_job", "zalo", f"Chào bạn, {co} hẹn bạn phỏng vấn vị trí {job} tại {loc}, nhớ mang CCCD"
    return "urgent_hiring", "sms", f"{co} cần gấp {job}, nhận việc ngay tại {loc}, {sal}"


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

TEMPLATED_COUNTS = {"ko": {"lure": 35, "legit": 30}, "vi": {"lure": 22, "legit": 9}}
NO_DIACRITIC_SHARE = {"lure": 0.20, "legit": 0.15}
NO_DIACRITIC_CHANNELS = {"sms", "zalo", "facebook", "telegram", "community"}


def existing_texts(train_dir, lang):
    texts = []
    for path in sorted(train_dir.glob("*.jsonl")):
        if path.name.endswith("_short.jsonl"):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("lang") == lang:
                    texts.append(r["text"].strip())
    return texts


def build(lang, handwritten, templ_lure, templ_legit, rng, existing):
    rows, seen = [], set(existing)
    guard = Guard(lang, existing)

    def add(label, kind, channel, text, origin):
        assert (kind in KINDS_LURE) if label == "lure" else (kind in KINDS_LEGIT), (label, kind)
        assert channel in CHANNELS, channel
        text = re.sub(r"[ \t]+\n", "\n", fill(text, rng)).strip()
        assert MIN_WORDS <= word_count(text) <= MAX_WORDS, text
        if text in seen:
            return False
        seen.add(text)
        guard.add(text)
        rows.append({"text": text, "lang": lang, "label": label, "kind": kind, "channel": channel, "origin": origin})
        return True

    for label, kind, channel, text in parse(handwritten):
        if not add(label, kind, channel, text, "handwritten"):
            raise ValueError("duplicate handwritten text: " + text[:40])
    for label, fn in (("lure", templ_lure), ("legit", templ_legit)):
        made, tries = 0, 0
        while made < TEMPLATED_COUNTS[lang][label]:
            tries += 1
            if tries > 50000:
                raise RuntimeError(f"cannot make enough distinct {lang} {label} texts ({made} made)")
            out = fn(rng)
            if label == "lure" and lang == "ko":
                kind = "compound_abroad"
                channel, text = out
            else:
                kind, channel, text = out
            probe = fill(text, random.Random(tries))
            if not MIN_WORDS <= word_count(probe) <= MAX_WORDS or guard.too_close(probe):
                continue
            if add(label, kind, channel, text, "templated"):
                made += 1

    if lang == "vi":
        for label, share in NO_DIACRITIC_SHARE.items():
            mine = [r for r in rows if r["label"] == label]
            target = round(share * len(mine))
            have = sum(not has_vi_diacritics(r["text"]) for r in mine)
            pool = [r for r in mine if has_vi_diacritics(r["text"]) and r["channel"] in NO_DIACRITIC_CHANNELS]
            for r in rng.sample(pool, max(0, target - have)):
                plain = strip_diacritics(r["text"])
                if plain not in seen:
                    seen.add(plain)
                    r["text"] = plain

    rng.shuffle(rows)
    return [{"id": f"own-{lang}-short-{i:04d}", **r} for i, r in enumerate(rows, 1)]


def main():
    here = pathlib.Path(__file__).resolve()
    train = here.parents[1] / "train"
    rng = random.Random(SEED)
    jobs = [("ko", KO_HANDWRITTEN, ko_lure_templated, ko_legit_templated),
            ("vi", VI_HANDWRITTEN, vi_lure_templated, vi_legit_templated)]
    for lang, hand, tl, tg in jobs:
        rows = build(lang, hand, tl, tg, rng, existing_texts(train, lang))
        target = train / f"{lang}_short.jsonl"
        with open(target, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {len(rows)} records to {target}")


if __name__ == "__main__":
    main()
