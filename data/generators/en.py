"""LureCheck: the project's own labelled English corpus.

Every text below is written for this project. Names, phone numbers, chat handles,
links, licence numbers and companies are fictional (except public institutions named
in warnings and news items, e.g. police hotline 117 in Cambodia). No real hotline
appears inside a lure.

Run:  python data/generators/en.py      -> writes data/train/en.jsonl
The first part is handwritten records (origin "handwritten"); the second part is a
deterministic generator (fixed seed) that combines handwritten fragments
(origin "templated").
"""
import json
import os
import random
import re

HAND = []


def h(label, kind, channel, text):
    HAND.append({"label": label, "kind": kind, "channel": channel, "text": text.strip("\n")})


# ---------------------------------------------------------------------------
# HANDWRITTEN LURES: compound_abroad
# ---------------------------------------------------------------------------
h("lure", "compound_abroad", "facebook", """
🔥 URGENT HIRING 🔥 TYPING JOB IN CAMBODIA 🇰🇭
💰 Salary: $1,200 - $1,800 / month
✈️ Free air ticket + visa
🏠 Free accommodation & 3 meals
✅ No experience needed, just basic computer
📲 PM me now, slots limited! Leave in 3 days
""")
h("lure", "compound_abroad", "facebook", """
Hiring po! Chat Support Agent for an online company in Phnom Penh. $1,500/month, free flight from Manila, free dorm and food. Basic English only, no experience okay. Company will process your visa, just send passport copy. 100% legal po, not scam. PM lang po for details 🙏
""")
h("lure", "compound_abroad", "telegram", """
VACANCY: Customer Service (English) – Sihanoukville
Salary 1000 USD + commission
Working 12 hrs, 1 day off
Ticket, visa, food, room – company pays all
Age 18-35, can type fast
Contact @hr_kevin_sv88
""")
h("lure", "compound_abroad", "whatsapp", """
Hello bro, my company in Thailand near Myanmar border need 5 people for online marketing. Salary 25,000 baht start, after 1 month can reach 2,500 USD. Free ticket Delhi to Bangkok, pick up from airport. You just need passport. Interested? Send your CV and passport photo here.
""")
h("lure", "compound_abroad", "facebook", """
GOOD NEWS FOR KENYANS 🇰🇪
Big company in Dubai and Thailand looking for CUSTOMER CARE agents & data entry.
✔ Salary $1,000 - $2,500
✔ Visa & ticket FREE
✔ Accommodation provided
✔ No agency fees!!
✔ Only need good English and typing skills
Interview on WhatsApp, flight within 1 week. Inbox for more info 📩
""")
h("lure", "compound_abroad", "sms", """
Job offer: Online CS in Cambodia, 1500USD/mth, free ticket+hotel. No exp. Reply YES or WA +855 97 412 6630
""")
h("lure", "compound_abroad", "telegram", """
📢 招聘 / HIRING
Position: Crypto sales (English / Malay / Bahasa)
Location: Myawaddy, Myanmar (safe zone, company compound)
💵 Base $1,000 + high commission (top staff $5,000+)
🍚 Free food, gym, wifi, dormitory
🛫 We arrange flight to Mae Sot and car transfer
No experience, we train you. Must be 20-35.
""")
h("lure", "compound_abroad", "facebook", """
Looking for Indonesian speakers! Admin & chat staff for an online game company in Cambodia. Gaji $1,100 + bonus, tiket pesawat gratis, mess gratis, makan 3x. Tidak perlu pengalaman, yang penting bisa mengetik. Berangkat minggu ini. DM saja kak.
""")
h("lure", "compound_abroad", "whatsapp", """
Greetings! I'm Ms. Joy from Golden Bridge Recruitment. We have a direct hire for Customer Service Representative in Laos (Golden Triangle area). Salary USD 1,300 with free board and lodging. Company shoulders ticket, visa and medical. Tourist visa first, the company will convert to work visa after arrival. Kindly send: passport bio page, 2x2 photo, and your available date.
""")
h("lure", "compound_abroad", "linkedin", """
Customer Success Associate (English / Hindi) – Relocation to Cambodia
Fast-growing fintech platform is building its South Asia support team in Sihanoukville.
• Package: USD 1,800/month + KPI bonus
• Full relocation: return flight, visa processing, fully furnished staff housing, meals
• No prior experience required; full training on our proprietary platform
• Start date: immediate. Candidates should be ready to travel within 5 days.
Send your CV and passport details via DM to fast-track your application.
""")
h("lure", "compound_abroad", "facebook", """
!!! EASY WORK HIGH PAY !!!
Work in Myanmar 🇲🇲 as translator (English-Chinese-Thai)
💲 2,000 USD monthly
Company cover everything. 100% legal and safe, no confinement, you can go back anytime 👍
""")
h("lure", "compound_abroad", "telegram", """
Need 10 Sri Lankan boys & girls for IT company in Dubai & Thailand.
Job: data entry / typing / online promotion
Salary: Rs 350,000 per month
Free visa, ticket, room
Only O/L or A/L pass enough. Leave within 3 days. Contact agent Ruwan 077 5x3 - DM only
""")
h("lure", "compound_abroad", "whatsapp", """
Hi dear, are you still looking for job? My cousin work in Cambodia, company is hiring again. Just chat with customers online, very easy. She earn 1500 dollars per month and send money home every month. Free flight and free place to stay. If you want I can introduce you to her boss, he will handle everything.
""")
h("lure", "compound_abroad", "facebook", """
CASINO JOBS ABROAD 🎰
Positions: Online Dealer, Customer Service, Marketing Staff
Place: Poipet / Bavet, Cambodia
Salary: $1,000-$1,500 + tips
Benefits: free flight, free visa, free food & accommodation, company phone
No experience needed. Girls and boys 18-30.
For faster process message our HR on Telegram.
""")
h("lure", "compound_abroad", "sms", """
Congratulations! You are selected for Data Entry Operator post in Bangkok, Thailand. Salary 1,500 USD. Free visa & ticket. Confirm on WhatsApp +66 94 227 0181 within 24 hours.
""")
h("lure", "compound_abroad", "jobboard", """
Position: Online Marketing Executive
Location: Phnom Penh (company will arrange transfer to branch office)
Salary: USD 1,200 - 3,000 (basic + commission)
Requirements:
- Age 18-38, male or female
- Basic computer and typing skills
- Good English or Chinese is a plus, no experience required
Benefits:
- Free return air ticket and visa arrangement
- Free accommodation and meals
- Monthly bonus
How to apply: send passport copy and photo to the HR Telegram in the ad.
""")
h("lure", "compound_abroad", "whatsapp", """
bro u want work thailand? my boss need ppl for chat job, 800$ first month after that 1500-2000$. flight he pay, u only bring passport. we go together next tuesday
""")
h("lure", "compound_abroad", "facebook", """
🇵🇭 ATTENTION KABAYAN 🇵🇭
Direct hiring to Cambodia – NO PLACEMENT FEE
👉 Call center agent / Chat support
👉 ₱70,000 – ₱100,000 monthly
👉 Free ticket, free accommodation
👉 No experience, basta marunong mag-English
Alis agad within the week, tourist visa muna tapos company na bahala sa working visa. Message me para ma-process agad!
""")
h("lure", "compound_abroad", "telegram", """
We are recruiting Indian graduates for a reputed IT company in Laos.
Role: Digital Marketing Executive
CTC: USD 1,100 per month + incentives
Freshers welcome, no interview needed, selection on chat only.
Flight from Kolkata via Bangkok provided. Passport must be valid 6 months.
Joining: immediate
""")
h("lure", "compound_abroad", "facebook", """
Work from our office in Dubai 🇦🇪 then transfer to our Asian branch 🌏
Job: Customer support (crypto exchange)
Pay: 2,500 AED in Dubai, then $2,000 in branch
All costs paid by company. No experience.
Serious applicants only, WhatsApp +971 55 803 4412
""")
h("lure", "compound_abroad", "sms", """
HIRING: Typist in Cambodia. $1000/mo, food & room free, flight free. Msg Telegram @jobsKH_Mia
""")
h("lure", "compound_abroad", "whatsapp", """
Good afternoon sir. This is from Kenya Overseas Jobs Link. We have 20 slots for Customer Service in Thailand, salary 180,000 KES monthly, accommodation and food free. Only pay nothing, the employer pays your ticket. You need a passport and yellow fever card. Travel date next Friday. Reply with your full name to book slot.
""")
h("lure", "compound_abroad", "facebook", """
Why struggle with 15k salary in Manila? 😩
Our team in Cambodia earns $1,500-$3,000 monthly doing simple online work 💻💵
✅ Libre pamasahe
✅ Libre bahay at pagkain
✅ Walang experience needed
Comment "INTERESTED" and I'll PM you
""")
h("lure", "compound_abroad", "telegram", """
[Laos Golden Triangle] 
Hiring: English-speaking sales team (investment platform)
1,500 USD basic, commission 5-10%
Visa on arrival arranged, driver picks up at Chiang Rai airport
Age under 35, own passport required, leave this week
""")
h("lure", "compound_abroad", "facebook", """
MALAYSIANS WANTED 🇲🇾
Kerja online di Kemboja / Thailand
Customer service & admin
Gaji RM6,000 – RM9,000 sebulan
Tiket flight & visa percuma
Tempat tinggal & makan percuma
Tak perlu pengalaman, boleh berbahasa Inggeris atau Cina
WhatsApp sekarang untuk temuduga segera
""")
h("lure", "compound_abroad", "whatsapp", """
Hello, I saw your profile on a job group. We are looking for someone who can type fast and speak English for a company in Myanmar. Very easy job, only sitting in office and chatting. Salary $1,800. You don't need to pay anything. Do you have a passport already? If not we can help you get one fast.
""")
h("lure", "compound_abroad", "linkedin", """
We're hiring: Bilingual Customer Relationship Specialists (English + Tagalog / Bahasa / Hindi)
Location: Southeast Asia hub (Cambodia), fully onsite
Compensation: USD 1,500–2,200 + performance bonus
What we offer: sponsored flight, visa assistance, free housing inside our secure campus, meals, gym
No experience? No problem. Our 2-week training gets you ready.
Apply via DM – onboarding batch departs next week.
""")
h("lure", "compound_abroad", "sms", """
URGENT: 5 ladies needed for hotel reception job in Sihanoukville. $1,200/month, free ticket and room. Leave Monday. Call/WA +855 88 903 1174
""")
h("lure", "compound_abroad", "facebook", """
Online Game Tester & Chat Agent 🎮💬
📍 Bavet, Cambodia
💵 $1,300 per month
🕒 12 hrs shift, 1 day off
🍜 Free meals, 🛏 free dorm with aircon
✈️ Company sends ticket
No skills needed, only phone and computer basic. Fast departure.
""")
h("lure", "compound_abroad", "telegram", """
Recruitment for Kenyan & Ugandan English speakers
Company: online customer service (Asia)
Country: Thailand (Mae Sot area)
Salary: 1,000-1,500 USD
All travel costs covered. You will get work permit after arriving.
Leave within 72 hours. DM @AsiaCareDesk
""")
h("lure", "compound_abroad", "whatsapp", """
Sis nandito ako sa Cambodia, maganda dito, chat support lang trabaho, 1,500 dollars sahod. Libre lahat pati ticket. Hiring pa sila, gusto mo ipasok kita? Passport lang kailangan, tourist visa lang muna.
""")
h("lure", "compound_abroad", "facebook", """
100% LEGIT 100% SAFE ✅
Customer service job in Myanmar KK Park – modern office, good environment, no confinement, you can leave after contract.
Salary $2,000+
Free ticket, food, room
If you are hardworking and want to change your life, contact us NOW.
""")
h("lure", "compound_abroad", "jobboard", """
Chinese-English Translator (Cambodia) – Immediate Start
Salary: $1,500 - $2,500 per month
Location: Preah Sihanouk
Requirements: Chinese HSK3 or basic speaking, English basic; experience not necessary
We provide: flight ticket, visa, accommodation, meals, laundry
Interviews online this week. Selected candidates travel within 3 days.
""")
h("lure", "compound_abroad", "sms", """
Hi! Still jobless? Customer support job in Thailand, 2000$ salary, company pays flight. Text me on WhatsApp +66 82 511 9034 now, only few slots left!
""")
h("lure", "compound_abroad", "whatsapp", """
Dear applicant, congratulations, you passed the online screening. Your position: Customer Service (English Team). Salary 1,600 USD. Please prepare passport, we will book your ticket to Bangkok for Thursday. A driver will take you to the office. Please do not tell many people about the company, we have limited slots.
""")
h("lure", "compound_abroad", "facebook", """
Nepal, India, Bangladesh candidates!!!
Computer operator required for company in Laos.
Salary: USD 1,200
Duty: 10-12 hrs
Food + room free, ticket free
Visa: company will arrange
Must know English typing 30 WPM
Contact: WhatsApp +856 20 5512 8873
""")
h("lure", "compound_abroad", "telegram", """
💎 PREMIUM OPPORTUNITY 💎
Work in the Philippines (Pampanga) for an online gaming operator
Roles: CSR, chat agent, marketing
Pay: $1,200 to $2,000
Free accommodation inside company building, free meals, shuttle
Foreigners welcome (Indonesian, Vietnamese, Chinese speakers)
No experience needed. Visa handled by company.
""")
h("lure", "compound_abroad", "sms", """
Overseas job: Customer Service in Dubai, salary 7000 AED, free visa+ticket+room. No agent fee. WhatsApp +971 52 610 3395
""")
h("lure", "compound_abroad", "whatsapp", """
Hi sir, I'm HR from a Singapore-registered company, our operation office is in Cambodia. We need English/Hindi speaking staff to handle online customers. USD 1,400 plus commission. We give return ticket after contract. Company keeps passport safe for visa processing. Please reply if you're interested, we can do video interview today.
""")
h("lure", "compound_abroad", "facebook", """
🌟 LIFE CHANGING JOB 🌟
Earn ₹1,50,000 per month in Thailand!
No degree. No experience. No interview.
Just typing & chatting with customers 💻
Flight, visa, hotel FREE 🛫🏨
Last 3 seats for this month's batch. WhatsApp fast 👇
""")
h("lure", "compound_abroad", "telegram", """
Position: Data Entry / Typing
Country: Myanmar (Myawaddy)
Salary: $1,000 – $1,200 monthly
Work time: 12 hours
Requirements: can use computer, English or Chinese
Benefits: free accommodation, free meals, air ticket
Go through Thailand, our team picks you up from the airport
""")
h("lure", "compound_abroad", "jobboard", """
Sales Representative (Overseas) – Cambodia
We are an international e-commerce group looking for motivated young people to join our marketing team abroad.
Salary: USD 1,000 basic + up to 30% commission
Working hours: 9am–9pm, 6 days/week
Benefits: company provides airfare, visa, dormitory, meals and medical care
No experience needed, full training. Interested candidates kindly send CV and scanned passport to our recruiter via WhatsApp.
""")
h("lure", "compound_abroad", "sms", """
Dear jobseeker, vacancy for Chat Agent in Cambodia, $1,200 + bonus, all expenses paid, depart in 3 days. Telegram: @Kh_Recruit_Anna
""")
h("lure", "compound_abroad", "facebook", """
Work abroad without spending a single peso! ✈️
We need chat support agents in Cambodia and Laos
Monthly salary: ₱65,000 – ₱90,000
Requirements: 18-35, high school graduate, can type
Fast process: 3-5 days only!
We will teach you what to say sa immigration 😉
""")
h("lure", "compound_abroad", "whatsapp", """
Hello friend, I am Kumar from Chennai, now working in Thailand for online company. Salary is very good, 1,800 USD, food and stay free. My manager asked me to bring 3 more Indian boys who know English and computer. Ticket he will book. If you are interested send passport copy, we will fly together on 15th.
""")
h("lure", "compound_abroad", "telegram", """
Hiring telemarketing staff for Cambodia office 📞
Japanese / Korean / English speakers
Base salary 1,500 USD – 3,000 USD
Free flight, visa, housing, meals
Private room available for team leaders
Contact @GoldenCoast_HR
""")
h("lure", "compound_abroad", "facebook", """
JOB IN THAILAND 🇹🇭
Customer service for online shop, 1,500$
Free visa free ticket free room
no experience ok ✅ no age limit ✅
Message me for the form
""")
h("lure", "compound_abroad", "sms", """
Sri Lankans wanted for IT job in Myanmar, salary $1,200, free visa & ticket. Leave in 5 days. WhatsApp 077 3x8 - send passport
""")
h("lure", "compound_abroad", "whatsapp", """
Hello, this is Linda from HR. We received your CV from JobStreet. We have an opening for English Customer Support in our Cambodia branch, USD 1,500. Company provides everything: ticket, visa, food, dorm. Are you available to fly this weekend? We will send you the ticket today after you send your passport photo.
""")
h("lure", "compound_abroad", "facebook", """
🔔 Malaysian & Singaporean Chinese speakers 🔔
Marketing job in Cambodia, salary RM 8,000 – RM 12,000
Work simple, company gives training
Tiket, visa, asrama, makan semua percuma
Minimum 6 months contract
WhatsApp untuk maklumat lanjut
""")
h("lure", "compound_abroad", "telegram", """
Fast job 🚀
Country: Laos
Job: online chat
Salary: 1,300 $
Leave: 2 days
Need: passport only
""")
h("lure", "compound_abroad", "linkedin", """
Hiring: Social Media Moderator – International Assignment (Myanmar/Thailand border office)
Join a high-growth digital company. You will manage chats with international clients on social platforms.
Compensation: USD 2,000/month net, paid in USDT or bank transfer
Company-sponsored travel, accommodation and meals
Minimal experience needed; excellent English is all you need.
Reach out via InMail for a quick chat interview.
""")
h("lure", "compound_abroad", "facebook", """
Looking for girls with good English for receptionist & online customer service in Cambodia 💁‍♀️
$1,200-$1,500 per month
Free plane ticket, free room, free food
Age 18-28, pretty and friendly
Inbox now, flight this week
""")
h("lure", "compound_abroad", "whatsapp", """
Assalamualaikum, ada lowongan kerja di Kamboja kak, admin online dan CS. Gaji 15 juta per bulan, tiket dan visa ditanggung perusahaan. Tinggal bawa paspor aja. Berangkat lewat Jakarta–Kuala Lumpur–Phnom Penh. Kalau minat kirim foto KTP dan paspor ya.
""")
h("lure", "compound_abroad", "sms", """
Final call: 3 seats left for Thailand customer service batch, $1,600/mo, flight Friday. Confirm now WA +66 95 774 0208
""")
h("lure", "compound_abroad", "telegram", """
WE ARE HIRING 🇰🇭
📌 Customer Service – English, Thai, Vietnamese, Indonesian
📌 Marketing Staff – no experience
📌 IT support – basic
💰 $1,200 - $3,000 + bonus
🛫 Ticket & visa provided
🏢 Company building with canteen, dorm, supermarket, gym – everything inside, no need to go out
📲 @sihanouk_jobs_official
""")
h("lure", "compound_abroad", "facebook", """
Are you from Kenya, Uganda, Tanzania or Nigeria? 🌍
English teachers and customer care staff needed in Thailand and Myanmar.
Salary from $1,000 to $2,000, no TEFL needed, no degree needed.
Employer pays flight and visa.
Departure in 1 week. Send CV on WhatsApp.
""")
h("lure", "compound_abroad", "whatsapp", """
My friend, I know you are looking for work. There is a company in Dubai that transfers staff to Asia for crypto support, they pay 2,000 dollars. They paid my ticket already. I am flying next week. Come with me, I will give the boss your number.
""")
h("lure", "compound_abroad", "jobboard", """
Job Title: Customer Service Representative (Overseas Posting)
Company: Asia Digital Service Group
Work Location: Cambodia / Myanmar
Salary: $1,200 - $2,000
Schedule: 12 hours, 6 days
Requirements: 18-40 years old, able to read and write English, can use Telegram and WhatsApp
Perks: free visa, free airfare, free board and lodging, bonus every month
Note: Applicants must be ready to leave within 3 days after interview.
""")
h("lure", "compound_abroad", "facebook", """
📣📣 Direct hire, NO FEES! 📣📣
Customer support for a gaming company in Cambodia.
Sahod: $1,200
May free food, free accommodation, free airfare.
Open to fresh grads and non-grads 😊
Pagdating, company na bahala sa lahat.
Send message kung interested!
""")
h("lure", "compound_abroad", "sms", """
Want to earn 1500 USD monthly? Typing job abroad, no exp, free ticket. Reply 1 to get recruiter contact.
""")
h("lure", "compound_abroad", "telegram", """
✅ Visa + Ticket + Food + Dorm = FREE
✅ Salary 1,500-3,000 USD
✅ Position: customer service, marketing, IT, translator
✅ Location: Cambodia, Myanmar, Laos
❌ No experience needed
❌ No degree needed
Message @HRmanager_Lucky now, leave in 3 days!
""")
h("lure", "compound_abroad", "whatsapp", """
Good day ma'am, I am recruiter from Thailand. We need Filipino CSR for crypto company in Mae Sot. 1,700 USD monthly plus incentive. We book your flight Manila–Bangkok, you only bring clothes and passport. Please prepare 3,000 pesos for travel tax only.
""")
h("lure", "compound_abroad", "facebook", """
STILL UNEMPLOYED? 😢
Join our team abroad and earn up to $3,000/month!! 💸💸
Only requirement: can type and use smartphone
Company based in Cambodia, very safe, we are legal company with license
Free everything ✈️🏠🍚
Limited slots, DM me
""")
h("lure", "compound_abroad", "linkedin", """
Exciting opportunity for graduates in India and Sri Lanka: International Business Development Associate, based in Laos SEZ.
- USD 1,500 monthly salary + lucrative incentives
- Free accommodation and meals within our modern complex
- All travel and visa costs covered
- No experience needed; English communication is key
Selection is via a short online interview. Successful candidates fly out within the week.
""")
h("lure", "compound_abroad", "sms", """
Job in Cambodia: online customer care 1300USD, free flight, free room, leave tomorrow possible. Call/WA +855 71 630 2291
""")
h("lure", "compound_abroad", "whatsapp", """
Bhai, Thailand mein job hai, computer typing ka. $1,500 salary, rehna khaana free. Ticket company dega. Bas passport chahiye aur English thodi aani chahiye. Next week flight hai, batao jaldi.
""")
h("lure", "compound_abroad", "telegram", """
HIRING NOW - MYANMAR
Chat operator (English)
Salary 1,200$ + commission
Free: visa, flight, dorm, food, wifi
Requirements: typing, basic English
No experience. Boys & girls 18-35.
We send you ticket after phone interview.
""")
h("lure", "compound_abroad", "facebook", """
Customer Service Job in Dubai 🇦🇪 and Cambodia 🇰🇭
Salary starts at $1,100
✅ No IELTS
✅ No experience
✅ Free visa and ticket
Send your passport copy by inbox so HR can check your eligibility today.
""")
h("lure", "compound_abroad", "whatsapp", """
Hello dear, I'm Grace from HR Asia Talent. We saw you are interested in working abroad. We have customer service roles in Cambodia. $1,500/month, 6 days a week, food & accommodation free. The company pays your flight and you repay nothing. You will enter as tourist, the company fixes your working visa there. Can we proceed?
""")
h("lure", "compound_abroad", "sms", """
KES 150,000/month customer care job in Thailand. Free ticket & visa. Interviews on WhatsApp today only +254 7x2 316 403
""")
h("lure", "compound_abroad", "facebook", """
Hello po mga ka-work! 👋
Sino gusto mag-work sa Cambodia? Online encoder lang 📝
💵 $1,000 starting
🏠 libreng tirahan
🍲 libreng pagkain
✈️ libreng ticket
Walang kailangang experience. Tourist visa lang, kami na bahala pagdating 😊
""")
h("lure", "compound_abroad", "telegram", """
Vacancies (urgent):
1) Typist – 1,000 USD
2) Customer support – 1,200 USD
3) Marketing – 1,500 USD + commission
4) Team leader – 2,500 USD
Location: Sihanoukville & Bavet
Ticket/visa/food/room paid by company
Apply: @kh_job_center
""")
h("lure", "compound_abroad", "jobboard", """
English Speaking Online Sales Agent – Overseas (Myanmar)
Monthly Salary: USD 1,500 (fixed) + commission
Work: promote financial products to overseas customers through social media chat
Qualification: any graduate; good English; basic computer
Company provides: air tickets, visa, hostel accommodation, food
Immediate joining. Candidates from India, Pakistan, Sri Lanka may apply.
""")
h("lure", "compound_abroad", "whatsapp", """
Hi, the company confirmed you. Flight is booked for Wednesday Kathmandu–Bangkok. At Bangkok airport say you are a tourist. Our driver will take you to Mae Sot, then the office. Don't bring laptop, company gives everything.
""")
h("lure", "compound_abroad", "facebook", """
URGENT!!! NEED 20 STAFF FOR MYANMAR 🇲🇲
Position: computer operator / online marketing
Salary 1,500$ - 2,000$
company pay all expense ✈️
only need: passport ✅ basic english ✅ typing ✅
leave this weekend!!!
""")
h("lure", "compound_abroad", "sms", """
You have been shortlisted: CSR Thailand $1,500. Free ticket and hotel. Send passport photo to WA +66 63 202 8817 to confirm.
""")
h("lure", "compound_abroad", "telegram", """
Need fast typists for office in Cambodia ⌨️
Salary 1,000$ first month, after training 1,500$
Food, room, electricity free
Shift 12 hrs
Ticket paid by boss, deducted nothing
DM now, car pick up from airport
""")
h("lure", "compound_abroad", "whatsapp", """
Hi Mary, this is Anne from the church group. A friend of mine owns a company in Cambodia and needs English speakers to answer chats. It pays $1,500 and he pays the ticket and apartment. I told him you're hardworking. He wants you to start next week. Can I send him your passport photo?
""")
h("lure", "compound_abroad", "facebook", """
✨ WORK IN THAILAND ✨
Online Customer Service Representative
Salary: 50,000 THB/month 💰
Free air ticket + visa + dormitory
Working hours: 12 hrs/day
No experience required, training provided
Contact us on WhatsApp for interview today.
Nationality: Filipino, Indonesian, Indian, Kenyan, Ugandan
""")
h("lure", "compound_abroad", "telegram", """
Hiring Malay and Indonesian speaking agents 🇲🇾🇮🇩
Place: Cambodia
Work: chat with customers, promote investment app
Salary: $1,200 + commission up to $3,000
Free housing and meals, ticket covered
Depart in 3 days
""")
h("lure", "compound_abroad", "sms", """
[JOBS ABROAD] Data encoder Cambodia $1,100, free ticket/food/room. Leave this week. Text 0917 6x5 2204
""")
h("lure", "compound_abroad", "facebook", """
Good morning! My company in Laos is looking for 10 English speakers to answer online messages. Salary $1,500 and you can save all of it because food and house are free. Ticket is also free. No interview, just send your details. I work here too, it's a nice place 😊
""")
h("lure", "compound_abroad", "whatsapp", """
Hello sir, we are a recruitment consultancy in Mumbai. Our client in Thailand requires Data Entry Operators. Package USD 1,400, food/accommodation free, air ticket by company. No service charge. Kindly share your passport copy and photo for visa processing. Departure within 5 days.
""")
h("lure", "compound_abroad", "telegram", """
Chat job with big salary 🤑
Country: Cambodia
Need speakers: English, Spanish, Portuguese, Japanese
Salary 2,000-3,000 USD
Free visa & flight, 5-star dormitory
Contract 6 months
No experience at all 👍
""")
h("lure", "compound_abroad", "facebook", """
CALL CENTER AGENTS NEEDED IN CAMBODIA 🇰🇭☎️
Earn $1,500 monthly (₱85,000)
Free ticket / free accommodation / free food
Open for HS grad, college level, fresh grad
Tourist visa papunta, company magko-convert ng work visa
Message agad, limited slots!!!
""")
h("lure", "compound_abroad", "sms", """
Hello from Asia Jobs. Customer support job in Myanmar $1,800/month. Free flight. Departure Saturday. Reply with your name and age.
""")
h("lure", "compound_abroad", "whatsapp", """
Dear brother, greetings from Dubai. Our company needs 15 people for customer service in our office in Asia. Salary 2,000 USD per month. The company will pay visa and ticket. First you will come to Dubai then we transfer you. Please send your passport and CV and we will start process today.
""")
h("lure", "compound_abroad", "telegram", """
GOOD JOB ABROAD 💼 Myanmar – Thailand border
- online marketing, customer service
- $1,500 basic + bonus
- ticket, visa, accommodation, food covered
- 100% legal company, safe working environment, no confinement
- you keep your phone
Send CV + passport photo to apply.
""")
h("lure", "compound_abroad", "jobboard", """
Hiring: Bilingual Chat Support (English + Thai/Vietnamese/Indonesian)
Place of work: Cambodia (Bavet)
Salary: 1,300 USD, paid monthly on the 10th
Accommodation: provided, 4 persons per room
Meals: 3 meals provided
Requirements: 18-35, basic typing, able to start immediately
Travel: company sponsors flights and visa; candidates travel within 72 hours of acceptance
""")
h("lure", "compound_abroad", "facebook", """
💯 LEGAL JOB 💯 NOT SCAM 💯
Typing work in Cambodia, 1,500 dollars per month
I have already sent 30 people, all happy 🥰
Ticket, visa, room free
Ask me anything on WhatsApp
""")
h("lure", "compound_abroad", "whatsapp", """
Hi! You applied to our post for "Remote Customer Support". The remote position is full, but we have onsite positions in our Cambodia office with higher pay: $1,800/month, free housing, free flight. Would you like to switch your application? We can arrange your ticket for this week.
""")
h("lure", "compound_abroad", "sms", """
Job alert: Translator (Eng-Chinese) in Laos, $2,000/mth. Company pays flight & visa. Depart in 3 days. WA +856 20 7730 4158
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LURES: task_scam
# ---------------------------------------------------------------------------
h("lure", "task_scam", "whatsapp", """
Hi, I'm Jessica, a recruiter from Talent Hub Agency. We're looking for part-time staff to like YouTube videos and earn $200-$800 per day. It only takes 10-30 minutes and you can do it on your phone. Are you interested?
""")
h("lure", "task_scam", "whatsapp", """
Hello! Sorry to bother you. My name is Emily from an online marketing company. We are hiring people to help merchants boost their Amazon product ratings. You can earn $300-500 daily, payment is same day. Reply "OK" to learn more.
""")
h("lure", "task_scam", "telegram", """
Welcome to the task group 🎉
Today's tasks:
1️⃣ Follow 3 TikTok accounts – earn $5 each
2️⃣ Like 5 videos – $3 each
3️⃣ Prepaid task (VIP) – deposit $100, get $130 back in 15 min
Send screenshots to our receptionist @Alice_task_desk to receive payment.
""")
h("lure", "task_scam", "sms", """
Part-time job: like videos on YouTube, earn 50-300$/day, payment daily. Add WhatsApp +1 (302) 555-0147 to start
""")
h("lure", "task_scam", "whatsapp", """
Hi there, I'm Sofia, HR of a digital agency. We need people to rate hotels on Booking and TripAdvisor to improve their ranking. Each review pays $10, you can do 30 a day. No experience needed, work from home. Can I send you the details?
""")
h("lure", "task_scam", "telegram", """
📈 VIP LEVELS
VIP1: deposit $100 – 40 orders/day – commission 0.5%
VIP2: deposit $500 – 50 orders/day – commission 0.8%
VIP3: deposit $1,500 – 60 orders/day – commission 1.2%
Complete all orders to withdraw. Combination orders give 5x commission!
Contact your mentor for upgrade.
""")
h("lure", "task_scam", "whatsapp", """
Good morning! I'm Priya from HR at a Mumbai-based digital company. We have a simple work-from-home job: subscribe to YouTube channels and send screenshots. ₹150 per task, ₹3,000-₹8,000 per day. Would you like to try a free task now?
""")
h("lure", "task_scam", "sms", """
Hi, we got your resume. Online job, 1-2 hrs/day, earn RM300-RM1000 daily. Contact WhatsApp wa.me/60112849031
""")
h("lure", "task_scam", "whatsapp", """
Hello, this is Daniel from Atlas Recruitment. Our client helps online sellers increase sales on Amazon and Shopee. Your job is to click "buy" on products in our system to boost their data. The money is returned with commission, you earn 10-20% per order. Daily income $200-$600. Interested?
""")
h("lure", "task_scam", "telegram", """
Dear member, your task 22/30 is a combination task. Your account balance is negative -$386.40. Please recharge to complete the task and withdraw your total profit of $1,214. Do not miss the time, the order expires in 2 hours.
""")
h("lure", "task_scam", "whatsapp", """
Hi! Want a side hustle? 😊 Just like posts on Instagram and get paid 💸 $2 per like, $60-200 per day. I can guide you step by step. First 3 tasks are free as a trial and you get $10 bonus!
""")
h("lure", "task_scam", "sms", """
[Recruit] Flexible job, 30 mins a day, 8000-15000 PHP daily. Salary paid same day. WhatsApp: +63 917 550 2913
""")
h("lure", "task_scam", "whatsapp", """
Hello, I'm Anna, recruiter for a Singapore company. We are hiring remote part-timers to help boost apps in the Google Play store by downloading and rating them. Pay is $80-$300 per day. You need a phone and 30 minutes. Are you over 23 years old?
""")
h("lure", "task_scam", "telegram", """
🎁 New member bonus: $15
Daily tasks from Merchant Center:
• Submit product reviews
• Each order commission 2%-8%
• 40 orders per set, 3 sets per day
Top members earn $500+ daily 🔥
Start now, message @Receptionist_Mia
""")
h("lure", "task_scam", "whatsapp", """
Hi, thank you for your interest in our online job. Your trainer is Mr. Chen. Please register on our platform app with the invitation code 7B2K9. After registration, you will receive 60 USDT as experience funds to complete your first tasks.
""")
h("lure", "task_scam", "sms", """
Dear, I am recruiting part-time workers. Work at home liking products, 20-60 mins/day, earn $100-500 daily. Reply Y for details.
""")
h("lure", "task_scam", "whatsapp", """
Hello, we found your number in a job search database. We are a Netflix partner company, we need people to watch trailers and rate them. 1 task = $5, you can do up to 40 tasks/day. Payment through bank or GCash immediately. Do you want to try?
""")
h("lure", "task_scam", "telegram", """
Hi everyone, today's welfare task 🧧
Deposit 500, return 650 in 30 min
Deposit 1000, return 1350 in 30 min
Deposit 3000, return 4200 in 1 hour
Only for members who completed today's liking tasks. Screenshot your payment to the teacher.
""")
h("lure", "task_scam", "whatsapp", """
Hi, I'm Olivia from JobsAsia. We are offering a remote job: reviewing restaurants on Google Maps. Each review pays $3, you get 50 reviews a day so $150 daily. Reply with your name and age to get started.
""")
h("lure", "task_scam", "sms", """
Work from home: boost Amazon products, daily pay 3000-9000 INR. Contact on Telegram @Amz_Task_Riya
""")
h("lure", "task_scam", "whatsapp", """
Hello, this is HR manager Sarah. Our e-commerce platform is hiring order assistants. Each time you process an order, the platform pays you commission. First you need to recharge your account with the order amount, then the principal and commission are returned instantly. Beginners can earn $150 on the first day.
""")
h("lure", "task_scam", "telegram", """
📣 HIRING ONLINE PART-TIME 📣
✔️ Only need a phone
✔️ 1-2 hours daily
✔️ Earn $100 - $800 per day
✔️ Salary paid daily
✔️ Age 25+
Job: like and follow on TikTok, YouTube, Instagram
DM @workathome_coach
""")
h("lure", "task_scam", "whatsapp", """
Hi dear, I am from Digital Boost Agency. Would you like to earn extra money by liking TikTok videos? 🤳 Each like is 10 KES, every day you can get 2,000-5,000 KES. We pay on M-Pesa immediately. Should I add you to the work group?
""")
h("lure", "task_scam", "sms", """
Hi, part-time positions available. 1 hour = $50-$150. No experience. Text WhatsApp +44 7700 900 418 to apply.
""")
h("lure", "task_scam", "whatsapp", """
Hello, are you available for part-time work? I'm Rachel from a hotel marketing team. We pay you to give 5-star ratings to hotels on our partner website. You get $8 per rating and the commission is settled every day. You'll need to register with the code I send you.
""")
h("lure", "task_scam", "telegram", """
Task 17: Lucky order! 🎉 You have received a premium product (value $2,350). Commission for this order is $470. Top up your balance to $2,350 to submit. All funds will be returned after completing the set.
""")
h("lure", "task_scam", "whatsapp", """
Hi, good evening. I'm Mark, talent acquisition at a US e-commerce firm. We offer a flexible job: simulating purchases to optimise product rankings. You don't spend your own money, only advance funds which are refunded with 15% commission. Most people make $300-$600 a day. Shall I introduce you to your mentor?
""")
h("lure", "task_scam", "sms", """
Kerja sambilan: like video YouTube, gaji 200rb-2jt per hari, dibayar setiap hari. Hubungi WA +62 812 5501 7732
""")
h("lure", "task_scam", "whatsapp", """
Hi, I'm Nina 😊 My company is looking for people to help artists get more Spotify streams. You just play songs and send screenshots, $4 per song. Many students do this and make $200 a day. It's legal and free to join.
""")
h("lure", "task_scam", "telegram", """
Your commission today: 158.40 USDT ✅
Your withdrawal is pending: please complete 8 more tasks to unlock it.
Note: tasks 38-40 require account balance of at least 980 USDT. Contact customer service to recharge.
""")
h("lure", "task_scam", "whatsapp", """
Hello sir, I'm from the HR department of Amazon seller services. We are recruiting remote order processors. Salary: 1,500-5,000 rupees per day plus bonus. Work 1-2 hours on mobile. To get started please join our Telegram group, the receptionist will guide you.
""")
h("lure", "task_scam", "sms", """
Your application was approved! Earn $300/day rating products online. Start here: t.me/boost_team_hr22
""")
h("lure", "task_scam", "whatsapp", """
Hi, sorry to disturb. We are hiring online evaluators for movie box office. You buy movie tickets in the app to increase ranking, then get refund + 20-30% profit within 1 hour. Minimum investment only $50. Many people earn $500 in one week.
""")
h("lure", "task_scam", "telegram", """
🌟 Welcome to Group 38 🌟
Rules:
1. Complete 3 free tasks → get $15
2. Join the prepaid task → earn 30% profit
3. Complete the whole set to withdraw
4. Do not share group info with outsiders
Teacher: @Mentor_Lisa_88
""")
h("lure", "task_scam", "whatsapp", """
Hello! My name is Helen, I'm a recruiter from Jobstreet partner agency. We have a work-from-home position helping increase YouTube views. Earn ₱1,500-₱10,000 per day. No need to leave the house. Are you interested? Please reply with your name and age.
""")
h("lure", "task_scam", "sms", """
Hi, Lisa here from Remote Staffing. We have 1 part-time role left: like & share products, earn £120-£500 per day. WhatsApp me at wa.me/447911555212
""")
h("lure", "task_scam", "whatsapp", """
Dear, this is customer service of TravelBoost. To receive your $742 salary you must first pay the withdrawal tax of 15% ($111). After payment your full balance will be sent to your bank within 10 minutes.
""")
h("lure", "task_scam", "telegram", """
Online job available 💻
Boost ratings for apps on App Store
🕐 1 hour daily
💰 $50 per hour
👶 beginners welcome
🔐 safe and secure, money back guaranteed
Contact HR Jennifer @job_recruit_jen
""")
h("lure", "task_scam", "whatsapp", """
Hello, I'm Sunita. I got your number from a job portal. We have a data optimization job: you help merchants complete orders in our app and receive commission. Daily earnings ₹2,000-₹10,000. Very easy, I will teach you. Do you have 30 minutes now?
""")
h("lure", "task_scam", "sms", """
Earn 500-2,000 KSh daily liking TikTok videos from home. Register: wa.me/254711555903
""")
h("lure", "task_scam", "whatsapp", """
Hi there! Want to earn from home? I work with a marketing agency, we pay people to follow shops on Shopee and Lazada. RM5 per follow, RM150-RM600 per day. Payment same day. First task I can give you right now 👍
""")
h("lure", "task_scam", "telegram", """
Congratulations, you have been upgraded to VIP 2 👑
Your next task set requires a deposit of 800 USDT.
Commission for VIP 2 members: 20% per task
Expected profit today: 160 USDT
Please transfer to the wallet address provided by your mentor.
""")
h("lure", "task_scam", "whatsapp", """
Good afternoon! I'm Chloe from a digital marketing company based in London. We pay freelancers to like and save pins on Pinterest for our clients. Each task $1.50, daily tasks 100+. Flexible, mobile only. May I add you to our Telegram work channel?
""")
h("lure", "task_scam", "sms", """
You're invited to a paid online job: subscribe YouTube channels, get paid 150/task. Msg WA 9x71 555 204 ASAP
""")
h("lure", "task_scam", "whatsapp", """
Hello, you have been selected for our online part-time program. Job description: help our merchants improve product ratings on Amazon. Payment: 3% commission per order, daily income $100-$800. Working time: flexible. Requirements: smartphone, 18+. Reply 1 to start, 2 to decline.
""")
h("lure", "task_scam", "telegram", """
Everyone please send screenshot of your first 3 likes to receive 15 USDT 💵
Then our receptionist will introduce you to the merchant task (need to advance 200 USDT, return 260 USDT).
Last round's members withdrew 12,000 USDT in total! 🔥🔥
""")
h("lure", "task_scam", "whatsapp", """
Hi, sorry to text you out of the blue. I'm a recruiter with a Hong Kong firm that runs online hotel booking promotions. The job: submit bookings on our platform so hotels rank higher. You earn 0.5%-1% per booking and can do 40 a day. Most of our part-timers earn $200+ per day.
""")
h("lure", "task_scam", "sms", """
Your profile matches our remote job. Rate hotels online, earn $100-$400/day. Paid daily. Apply via Telegram @hotel_rating_hr
""")
h("lure", "task_scam", "whatsapp", """
Hi, I'm Vanessa from the official TikTok Shop partner team. We are recruiting people to like products and place virtual orders. Every day you can earn $80-$350. Salary is settled in USDT or bank. Please download the app from this link and register: tts-merchant-job.com/reg?code=V21
""")
h("lure", "task_scam", "telegram", """
[Task Reminder]
Your account has 2 unfinished tasks.
If the tasks are not completed within 24 hours, your credit score will drop and funds will be frozen.
Current frozen balance: $1,890
To unfreeze, recharge $600 and finish the combination order.
""")
h("lure", "task_scam", "whatsapp", """
Hey, it's Katie! 😊 We have a part-time job from home for students and moms. Just watch short videos and like them. Earn $30-$200 per day, paid instantly to your e-wallet. We only have 10 spots left this week.
""")
h("lure", "task_scam", "sms", """
Job offer: Online data optimizer, 60 min/day, $150-$450/day. 100% free to join. WA +1 (415) 555-0199
""")
h("lure", "task_scam", "whatsapp", """
Hello Ma'am. I'm Maria from a Manila outsourcing company. We have a simple WFH job: you like videos on YouTube and get ₱120 per like. After 3 tasks you will receive payment via GCash, then join our prepaid VIP tasks for bigger commission. Interested po?
""")
h("lure", "task_scam", "telegram", """
💰 DAILY EARNINGS REPORT 💰
Member A: +$420 ✅
Member B: +$680 ✅
Member C: +$1,150 (VIP3) ✅
Want to earn like them? Upgrade your level today. The more you recharge, the more tasks you unlock.
""")
h("lure", "task_scam", "whatsapp", """
Hello, I'm Ruth from the recruitment team. Our company works with Google to improve maps data. Your task is to leave reviews for businesses. Each review pays $5, paid daily. You need a Telegram account to receive tasks. What time is good for you to start?
""")
h("lure", "task_scam", "sms", """
Hi, I'm from HR. We're hiring 50 part-timers to click ads for $3 each. Daily payout. Reply YES
""")
h("lure", "task_scam", "whatsapp", """
Hi, I'm Tania. Thanks for registering! The first 5 tasks are free and you keep the $25 reward. From task 6 you need to buy the product first (system reimburses + commission). This is how our merchants pay for ranking. It's totally safe, everyone in the group does it.
""")
h("lure", "task_scam", "telegram", """
Hiring part-time online staff 🇮🇳
Work: like YouTube videos & follow Instagram pages
Income: ₹5,000-₹20,000 daily
Only need: phone + 30 minutes
Salary: daily payout to UPI
Contact @Riya_HR_official
""")
h("lure", "task_scam", "whatsapp", """
Hello! I'm Grace from a talent agency. We pay $50 for every 10 YouTube likes. Sounds good? After a few simple tasks, you can join the premium group where tasks pay $300-$800 a day. I'll send you the first task now 👉
""")
h("lure", "task_scam", "sms", """
Paid job alert: Review products for Amazon sellers from your phone. Earn up to 800$/day. WA +1 (786) 555-0132
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LEGIT: local_job
# ---------------------------------------------------------------------------
h("legit", "local_job", "facebook", """
☕ WE'RE HIRING! ☕
Brew Corner Café (Street 51, BKK1, Phnom Penh) needs 2 baristas.
💵 $220-$280/month + tips + staff meal
🕒 Shifts: 6am-2pm or 2pm-10pm, 1 day off/week
✅ No experience? We train you!
Walk in with your CV, Mon-Fri 2-4pm, ask for Sreymom.
""")
h("legit", "local_job", "jobboard", """
Cashier (Full-time)
Lucky Star Mini Mart – Toul Kork branch
Salary: $200 - $250
Requirements:
• Khmer and basic English
• Honest, punctual, good with numbers
• Able to work rotating shifts
Benefits: NSSF, annual leave, uniform, attendance bonus
Apply in person at #112, St. 289, Toul Kork, or email hr@luckystarmart.com.kh
""")
h("legit", "local_job", "facebook", """
Hiring delivery riders in Siem Reap 🛵
Pay per trip + fuel allowance, average $8-$15/day depending on hours
Own motorbike and smartphone required
Flexible hours, weekly payout to ABA account
Register at our office near Old Market (opposite Angkor Pharmacy), bring ID card and driving licence.
""")
h("legit", "local_job", "sms", """
Green Leaf Restaurant is hiring kitchen helpers. $180/mo + meals. Interview Sat 9am at 24 Sothearos Blvd. Bring ID.
""")
h("legit", "local_job", "jobboard", """
Security Guard – Night Shift
Khmer Secure Services Co., Ltd.
Location: Chroy Changvar, Phnom Penh
Salary: $230/month + overtime
Requirements: male/female 20-45, healthy, no criminal record
We provide: uniform, training, NSSF and accident insurance
Send CV to recruitment@khmersecure.com.kh or call 023 900 417 (office hours)
""")
h("legit", "local_job", "facebook", """
Salon assistant wanted 💇‍♀️
Beauty Lotus Salon, Battambang city
Shampoo, cleaning, helping stylists. We teach you basic hair and nail skills.
Salary $150 + commission after 3 months
Day off Tuesday
Message our page or visit us near Psar Nat.
""")
h("legit", "local_job", "jobboard", """
Warehouse Helper (5 positions)
Mekong Logistics Co., Ltd. – Special Economic Zone, Kandal
$210 base + $2/day attendance + overtime per Labour Law
Factory bus from Takhmao, lunch provided
Contract: 6 months fixed, renewable
Apply: HR office, Gate 2, Monday–Saturday 8am–11am
""")
h("legit", "local_job", "sms", """
Sunrise Bakery needs 1 sales girl, Stueng Meanchey, $190+commission. Call 012 7x4 310 after 2pm.
""")
h("legit", "local_job", "facebook", """
📢 JOB OPENING: Waiter / Waitress
🍽 Riverside Grill, Sisowath Quay
💰 $200 + service charge + tips
🕓 4pm–11pm
📋 Basic English, friendly, neat
Free staff dinner every shift 😋
Send your CV via page inbox or come by before 3pm.
""")
h("legit", "local_job", "jobboard", """
Sewing Machine Operator – Garment Factory
Golden Thread Apparel (Cambodia) Ltd., Por Sen Chey district
Minimum wage as set by the Ministry of Labour + attendance bonus + seniority bonus
Daily transport allowance, free lunch
Experienced operators preferred; trainees accepted (training 2 weeks, paid)
Come to the factory gate with ID card, Monday and Wednesday, 7:30am
""")
h("legit", "local_job", "website", """
Careers – Tuk Tuk Bookshop
We're looking for a part-time shop assistant for weekends (Sat–Sun, 9am–6pm).
Pay: $6 per day + lunch. University students welcome.
You'll help customers find books, tidy shelves and use the POS.
To apply, email a short note about your favourite book to jobs@tuktukbooks.com.kh.
""")
h("legit", "local_job", "facebook", """
Need a driver for family, Phnom Penh (Sen Sok)
Mon–Sat, 7am–6pm, $300/month
Must have valid car licence and 3+ years driving
References from previous employer needed
Call Mrs. Dara 015 2x8 660 or message here
""")
h("legit", "local_job", "jobboard", """
Housekeeping Attendant
Angkor Palm Boutique Hotel, Siem Reap
Salary $180 + service charge (avg. $60/month) + meals
Uniform and laundry provided, 6 days/week
Prior hotel experience is an advantage but not required
Submit application at hotel reception or hr@angkorpalmhotel.com
""")
h("legit", "local_job", "sms", """
Hiring: 3 packers for online shop in Daun Penh, $5/day + lunch, Mon-Sat. Walk-in: #14 St 130.
""")
h("legit", "local_job", "facebook", """
Teacher assistant needed for kindergarten in Kampong Cham 🧸
- Help the main teacher with activities, snacks, nap time
- Mon–Fri 7am–4pm
- $200/month, 2 weeks paid holiday at Khmer New Year
- Kind, patient, loves kids
Apply at Little Seeds Kindergarten, National Road 7, or call the school office.
""")
h("legit", "local_job", "jobboard", """
Motorbike Mechanic
Honda dealer – Kampot branch
$250-$350 based on skills, plus bonus
Must be able to repair and service scooters
Working: 8am–5pm, Sunday off
Apply with certificates at the showroom
""")
h("legit", "local_job", "facebook", """
Part-time English tutor needed for 2 kids (grade 3 and 5) in Toul Tom Poung. Evenings Mon/Wed/Fri, 6-7:30pm. $8/hour. University student OK. Please send your experience by message and we'll arrange a trial lesson at our home with me present.
""")
h("legit", "local_job", "jobboard", """
Gas Station Attendant (x4)
Star Fuel – Sihanoukville, National Road 4 km 220
$190 + $20 attendance bonus + NSSF
Shifts rotate every 2 weeks
No experience needed; on-the-job training
Apply at the station office with ID card and photo
""")
h("legit", "local_job", "sms", """
Vacancy: cleaner for office building Chamkarmon, 7am-3pm, $200/month. Apply at reception, Building B, St 274.
""")
h("legit", "local_job", "facebook", """
Hiring market sellers for our fruit stall 🍍🥭 at Orussey Market. 5am–1pm daily, 1 day off. $5/day plus fruit to take home 😄 Come talk to Ming Srey at stall C-27.
""")
h("legit", "local_job", "jobboard", """
Receptionist – Dental Clinic
Bright Smile Dental, Street 63, Phnom Penh
$250-$300, Mon–Sat 8am–5pm
Khmer and English, computer basics
Greet patients, book appointments, handle payments
Send CV to brightsmile.hr@gmail.com with "Receptionist" in subject
""")
h("legit", "local_job", "website", """
Join the Pizza Station team in Phnom Penh!
Kitchen crew, cashiers and delivery riders wanted at our new Aeon Mall Sen Sok outlet.
What we offer: $200-$240 starting pay, meals on shift, NSSF, paid training, promotion path to shift leader.
Apply online on our careers page or at any branch counter.
""")
h("legit", "local_job", "facebook", """
LOOKING FOR A NANNY 👶
Family in BKK1 looking for a live-out nanny for a 2-year-old
Mon–Fri 8am–5pm, $280/month, public holidays off
Experience with toddlers, references required
We'll meet you at our home with both parents for the interview.
""")
h("legit", "local_job", "jobboard", """
Construction Worker / Helper
Build Right Construction Co., Ltd.
Site: Hun Sen Blvd, Phnom Penh
Daily wage $10-$14 depending on skill, paid every 2 weeks
Helmet, boots and gloves provided; accident insurance included
Report to site office at 7am with ID card
""")
h("legit", "local_job", "sms", """
Phone shop in Kampong Speu needs 1 salesperson, $180+commission. Visit Smart Mobile, near the provincial hall.
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LEGIT: skilled_well_paid
# ---------------------------------------------------------------------------
h("legit", "skilled_well_paid", "jobboard", """
Senior Backend Engineer (Go / PostgreSQL)
Payway Digital Co., Ltd. – Phnom Penh (hybrid)
Salary: $2,500 - $3,800 depending on experience
Requirements:
• 5+ years backend development, 2+ years in Go
• Strong SQL, experience with payment systems a plus
• English for technical discussions
Benefits: 13th-month salary, health insurance, laptop, 18 days annual leave
Process: CV screening → technical interview → take-home task → offer
Apply at careers.paywaydigital.com.kh
""")
h("legit", "skilled_well_paid", "linkedin", """
We're hiring a Finance Manager for our Cambodia operations.
Company: Kampot Pepper Exports Ltd.
Location: Phnom Penh head office
Package: USD 3,000-4,000/month + annual bonus + health insurance
You: CPA/ACCA qualified, 7+ years in finance, 3+ in a management role, IFRS knowledge
Apply through LinkedIn Easy Apply or send your CV to careers@kampotpepperexports.com
""")
h("legit", "skilled_well_paid", "jobboard", """
Anesthesiologist (Full-time)
Royal Mekong Hospital, Phnom Penh
Salary: highly competitive ($4,000+), based on qualifications
Requirements: medical degree, specialist certificate in anesthesiology, valid licence from the Medical Council of Cambodia, 3+ years experience
Benefits: housing allowance, medical coverage, CME support
Submit CV, licence and diplomas to hr@royalmekonghospital.com.kh
""")
h("legit", "skilled_well_paid", "linkedin", """
💼 Head of Data Science – Mobile Banking (Phnom Penh)
We are looking for someone to lead a team of 6 data scientists and analysts.
💰 USD 5,000–7,000/month + equity
📍 On-site in BKK1, 4 days/week
🧠 8+ years experience, Python, SQL, credit scoring models, people management
Interview process: 4 rounds including a case study with our CTO.
""")
h("legit", "skilled_well_paid", "jobboard", """
Civil Engineer – Site Manager
Angkor Structures Co., Ltd.
Location: Siem Reap (new airport road project)
Salary: $1,800 - $2,500 + site allowance + accommodation near site
Requirements: Bachelor in Civil Engineering, 5 years site management, AutoCAD, English reporting
Contract: 2 years, renewable; NSSF and health insurance
Apply: hr@angkorstructures.com.kh (deadline 30 June)
""")
h("legit", "skilled_well_paid", "website", """
Careers at Mekong Microfinance Plc.
Position: Chief Risk Officer
Reports to: CEO and Board Risk Committee
Remuneration: attractive package (USD 6,000+), performance bonus, car allowance, insurance for family
Requirements: Master's in finance/economics, 10+ years in banking risk, NBC regulatory knowledge
Confidential applications to the Head of People: people@mekongmfi.com.kh
""")
h("legit", "skilled_well_paid", "jobboard", """
Senior Accountant
Asia Pacific Hotels Group – Phnom Penh
$1,200 - $1,600
• Bachelor in Accounting, 4+ years experience
• QuickBooks / Opera, VAT and tax filing
• English good
Benefits: meals on duty, uniform, 13th month, NSSF
Only shortlisted candidates will be contacted.
""")
h("legit", "skilled_well_paid", "linkedin", """
We are recruiting an experienced Mobile Developer (Flutter) to join our fintech product team in Phnom Penh. Salary range USD 1,800–2,800, private health insurance, annual learning budget $500, and a MacBook. You'll need 3+ years shipping Flutter apps and a portfolio on the stores. Apply with your GitHub link.
""")
h("legit", "skilled_well_paid", "jobboard", """
Electrical Engineer (Solar)
SunPath Energy Cambodia Co., Ltd.
$1,500 - $2,200 + project bonus
Design and commission rooftop PV systems (50kW-2MW)
Requirements: B.Eng Electrical, 3+ years solar or MEP, PVsyst, willingness to travel to provincial sites (company car and per diem)
Send CV and project list to jobs@sunpath.com.kh
""")
h("legit", "skilled_well_paid", "facebook", """
🚨 WE'RE HIRING: Marketing Manager 🚨
Company: Kiri Coffee Roasters
Salary: $1,500 – $2,000 + quarterly bonus
Must have: 5+ years brand/digital marketing, team lead experience, Khmer & English
Location: Head office, Chbar Ampov, Phnom Penh
Send your CV + portfolio to marketing.jobs@kiricoffee.com.kh
""")
h("legit", "skilled_well_paid", "jobboard", """
Legal Counsel (Corporate)
Dara & Partners Law Office
Salary: $2,000 - $3,000
Bar-admitted in Cambodia, 4+ years corporate/commercial work, excellent English drafting
Benefits: health insurance, 20 days leave, professional development
Apply with CV, cover letter and writing sample
""")
h("legit", "skilled_well_paid", "linkedin", """
Regional Supply Chain Lead – Cambodia & Laos
Location: Phnom Penh with travel to Vientiane
Compensation: USD 4,500 base + 20% bonus + relocation support for non-residents
Requirements: 10 years supply chain in FMCG, SAP, fluent English
Employer: Lotus Beverages Indochina Ltd. (registered in Cambodia, MoC reg. no. 00013487)
""")
h("legit", "skilled_well_paid", "jobboard", """
IT Infrastructure Manager
Phnom Penh Commercial Bank
Salary negotiable ($2,500-$3,500)
• 7+ years in network/server administration, 3+ as manager
• CCNP, Azure or AWS certification preferred
• Experience with ISO 27001 audits
Apply via bank career portal before 15 July. Shortlisted candidates will sit a written test at head office.
""")
h("legit", "skilled_well_paid", "facebook", """
Experienced chef de cuisine wanted for a new French-Khmer restaurant in Siem Reap 👨‍🍳
$1,800–$2,400 depending on experience, profit share after year 1
Min. 6 years in professional kitchens, 2 as head chef
Menu tasting as part of interview
Email: kitchen@maisonlotus-sr.com
""")
h("legit", "skilled_well_paid", "jobboard", """
Pharmacist-in-Charge
CarePlus Pharmacy Chain – Phnom Penh & Sihanoukville
$900 - $1,300 + allowance
Licensed pharmacist (Ministry of Health), 2+ years
Full-time, 6 days/week rotating
Send CV and licence copy to hr@careplus.com.kh
""")
h("legit", "skilled_well_paid", "linkedin", """
Senior Product Designer (UX/UI) – Fully remote within Cambodia
Salary: USD 2,200 – 3,000
We're a SaaS company serving 300+ schools in the region. Looking for someone with 5+ years of product design, strong Figma skills and a portfolio with shipped work. Interview: portfolio review, design exercise (paid, 4 hours), team chat.
""")
h("legit", "skilled_well_paid", "jobboard", """
Airline Maintenance Engineer (B1)
Aviation Services Cambodia Co., Ltd. – Phnom Penh International Airport
Salary: $3,000 - $4,500
EASA/CAAC Part-66 B1 licence, A320 type rating
Shift work; transport and meals provided; medical insurance
Apply via aviation.careers@asc-cambodia.com.kh
""")
h("legit", "skilled_well_paid", "sms", """
Hi Sokha, this is Lina from TalentBridge (recruitment firm, Phnom Penh). A client bank has a Senior Auditor role, $2,000-2,500. Can I call you tomorrow to discuss? JD sent to your email.
""")
h("legit", "skilled_well_paid", "website", """
Vacancy: Country Director, Cambodia
A development organisation working on rural water supply.
Salary: according to internal scale (approx. USD 5,500/month) plus benefits
Location: Phnom Penh with frequent field travel
Requirements: 10+ years in programme management, budget responsibility of $2M+, government liaison experience
Apply through our careers site; reference checks and a panel interview are part of the process.
""")
h("legit", "skilled_well_paid", "jobboard", """
Senior English Teacher (IELTS)
Bright Future International School
$1,800 - $2,500 + housing allowance $300 + annual flight for foreign staff
Requirements: degree + CELTA/DELTA or teaching licence, 3 years IELTS teaching
Work permit arranged by school through the Ministry of Labour
Apply: recruitment@bfis.edu.kh
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LEGIT: urgent_hiring
# ---------------------------------------------------------------------------
h("legit", "urgent_hiring", "facebook", """
🔥 URGENT HIRING 🔥 NEED 10 STAFF THIS WEEK 🔥
Position: Packing & sorting at Angkor Fresh Foods warehouse (Sen Sok)
💵 $220/month + overtime + attendance bonus
🍚 Free lunch
✅ No experience needed
📍 Interview at the warehouse: #88, Street 1986, Sen Sok, Mon–Fri 8–11am
Bring ID card 🪪
""")
h("legit", "urgent_hiring", "jobboard", """
URGENT: Night Shift Nurse (x3)
Sunrise Clinic, Sihanoukville
$600 - $800 + night allowance
Registered nurse, Ministry of Health licence
Start ASAP – interviews this Thursday and Friday at the clinic
Bring licence, diploma and ID
""")
h("legit", "urgent_hiring", "sms", """
URGENT: 5 waiters needed for wedding events this Sat-Sun, $15/day + meal. Reply name to Golden Hall Events 012 5x0 337.
""")
h("legit", "urgent_hiring", "facebook", """
HIRING IMMEDIATELY ‼️
Kitchen helpers and dishwashers – Lucky Noodle House, Toul Kork
$190 + 2 meals + tips
Start tomorrow if you pass the trial day
Walk in anytime after 3pm 🍜
""")
h("legit", "urgent_hiring", "jobboard", """
Urgent Requirement: Forklift Drivers
Mekong Port Services – Phnom Penh Autonomous Port (Kandal)
$300 - $380 + OT
Valid forklift certificate required, 1 year experience
Start: within 1 week
Contract, NSSF, safety gear provided
Apply at the port HR office, Building 3
""")
h("legit", "urgent_hiring", "facebook", """
🚨 URGENT 🚨 We need 2 English-speaking receptionists for our hostel in Kampot, starting next Monday! $220/month + free room in staff house + meals. Evening shift 3pm–11pm. Please come meet us at Riverbank Hostel or send a message with your CV.
""")
h("legit", "urgent_hiring", "jobboard", """
URGENT – Temporary Data Entry Clerks (1 month)
National census support project, Phnom Penh
$12/day, 8am–5pm, Mon–Fri
Requirements: Khmer typing, basic Excel
Place of work: our office at #45 Street 598, Toul Kork (on-site only)
Contract signed on the first day; pay every Friday
""")
h("legit", "urgent_hiring", "sms", """
Urgent: construction site needs 8 helpers, $10/day, start Monday, site at Chbar Ampov bridge. Foreman Sopheak 097 3x1 884.
""")
h("legit", "urgent_hiring", "facebook", """
URGENT HIRING – LIMITED SLOTS!! 📣
Seasonal sales promoters for Khmer New Year campaign
📍 Aeon Mall 1, Aeon Mall 2, Chip Mong Mall
💵 $12/day + sales bonus
🗓 20 days contract
👕 Uniform provided
Apply via our page or at Promo Plus office, #7 St. 360, BKK3. Training day is paid.
""")
h("legit", "urgent_hiring", "jobboard", """
Immediate Hiring: Bus Drivers
Capitol Express Transport Co., Ltd.
Routes: Phnom Penh – Siem Reap, Phnom Penh – Kampot
$450 - $550 + trip allowance
Heavy vehicle licence (category D), 5 years experience, clean record
Medical check at company cost
Interview and driving test at Olympic station depot
""")
h("legit", "urgent_hiring", "facebook", """
‼️ NEED STAFF FAST ‼️ Our bubble tea shop opens in 10 days in Battambang 🧋 Looking for 4 crew members, $170/month + bonus, training from next week. No experience needed, just smile 😄 Message this page or call the shop owner.
""")
h("legit", "urgent_hiring", "jobboard", """
URGENT: Cook (Khmer & Western) – Hotel Restaurant
Blue Lagoon Resort, Koh Rong Samloem
$350 - $450 + service charge
Staff accommodation on the island and meals provided (resort is registered, Ministry of Tourism licence shown at reception)
Boat transfer from Sihanoukville paid on start
Start within 2 weeks; 3-month probation with written contract
""")
h("legit", "urgent_hiring", "sms", """
Need 2 cleaners urgently for clinic, Russey Keo. $200/month, start now. Call clinic office 023 6x2 419.
""")
h("legit", "urgent_hiring", "facebook", """
📣 URGENT HIRING: Security guards 24/7 for new condo building in Chroy Changvar. $240 + overtime + uniform + NSSF. Start this week. Company: Shield Pro Security Co., Ltd. Office: #22, St. 1000. Bring ID, family book and 2 photos.
""")
h("legit", "urgent_hiring", "jobboard", """
Urgently Needed: Accountant (maternity cover, 4 months)
Sok Trading Co., Ltd., Daun Penh
$700 - $900
Bachelor in accounting, able to start immediately
Contract for 4 months, may become permanent
Email CV today to finance@soktrading.com.kh
""")
h("legit", "urgent_hiring", "website", """
Urgent vacancies – Riverside Garment Factory
We need 40 sewing operators and 10 QC helpers to start on Monday because of a new order.
Pay follows the minimum wage plus bonuses; overtime paid by law.
Free factory bus from Takhmao and Chak Angre.
Come to the gate on Friday or Saturday 7am with your ID card. No fees are charged at any stage.
""")
h("legit", "urgent_hiring", "facebook", """
URGENT!! Event crew needed for concert at Koh Pich this Saturday 🎤
Setup, ushering, cleaning
$20/day + food and water
Must be 18+
Register at the venue office on Friday 2pm, bring ID. Pay in cash after the event.
""")
h("legit", "urgent_hiring", "sms", """
Urgent: tuition centre needs maths teacher for grade 9-12, evenings, $8/hr. Toul Kork. Call 011 2x7 905.
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LEGIT: customer_service_local
# ---------------------------------------------------------------------------
h("legit", "customer_service_local", "jobboard", """
Call Centre Agent (Khmer / English)
Smart Telecom Cambodia – Customer Care Centre
Address: #464A Monivong Blvd, Phnom Penh
Salary: $280 - $350 + KPI bonus
Shifts: rotating 8-hour shifts, 6 days/week
Requirements: Khmer fluent, English basic, computer basics
Benefits: NSSF, health insurance, paid training 2 weeks, written contract
Apply online or walk in to HR on the 3rd floor
""")
h("legit", "customer_service_local", "facebook", """
📞 WE ARE HIRING – CUSTOMER SERVICE OFFICERS 📞
ABC Microfinance Plc. – Head Office, Street 217, Phnom Penh
💵 $300–$380 + 13th-month salary
🕗 Mon–Sat, 8am–5pm
✅ Fresh graduates welcome, full training
📝 Written employment contract, NSSF, insurance
Send your CV to careers@abcmfi.com.kh before 20 May
""")
h("legit", "customer_service_local", "jobboard", """
Customer Support Specialist (English) – Online Travel Agency
Company: Mekong Journeys Co., Ltd., #33 Street 178, Daun Penh
Salary: $450 - $600
You will answer customer emails and chats about tours and bookings.
Requirements: fluent English, 1 year customer service, Zendesk a plus
Contract: 1 year + renewal, NSSF, 18 days leave
Interview: at our office with the operations manager
""")
h("legit", "customer_service_local", "linkedin", """
Customer Experience Associate – Chinese/English
PrimePay Wallet, Phnom Penh (Exchange Square, 12th floor)
We help customers with app questions through chat, email and phone. USD 600–800/month, health insurance and a written contract. Rotating shifts including weekends, with shift allowance. Apply via our careers page; you'll do a short language test at our office.
""")
h("legit", "customer_service_local", "jobboard", """
Hotline Operator – Bank Contact Centre
Kampuchea Commercial Bank Plc. (licensed by NBC)
Location: Head Office, Preah Norodom Blvd, Phnom Penh
Salary: $320 - $420
24/7 centre with rotating shifts (night allowance)
Requirements: Bachelor or 3rd-year student, good listening skills
Benefits: bank staff loans, insurance, annual bonus
Apply through the bank's career portal only. The bank never asks applicants for fees.
""")
h("legit", "customer_service_local", "facebook", """
CALL CENTER JOBS IN PHNOM PENH 🎧
Telecom customer care outsourcing – Mekong BPO Co., Ltd.
Office: 5th floor, Vattanac-area business tower, Daun Penh
$300 basic + $50 language allowance (English/Thai)
8-hour shifts, transport allowance
Contract + NSSF from day one
Walk-in interviews every Tuesday 9am
""")
h("legit", "customer_service_local", "jobboard", """
Customer Service Representative – Insurance
Angkor Life Assurance Plc., Phnom Penh
$350 - $450 + incentive
Handle policyholder calls, claims status, renewal reminders
Requirements: Bachelor, good communication in Khmer and English
Working hours: Mon–Fri 8am–5pm, Sat half day
Benefits: life and health insurance, 13th month
""")
h("legit", "customer_service_local", "website", """
Join our Customer Care Team – Phnom Penh Water Delivery Co., Ltd.
Location: #19, National Road 2, Chak Angre Leu
Role: take orders by phone, Telegram and our app; log complaints; coordinate drivers.
Pay: $250–$300 + monthly bonus
Hours: 7am–4pm, Sunday off
We sign a written contract and register you with NSSF. Apply in person with CV and ID.
""")
h("legit", "customer_service_local", "jobboard", """
E-commerce Customer Service (Khmer) – Part-time
Shopnow Cambodia Co., Ltd., Boeung Keng Kang
$150 for 4 hours/day (afternoons)
Reply to buyers on Facebook Messenger and Telegram, update orders in our system
Work is at our office only (no remote), computer provided
Students welcome. Apply at jobs@shopnow.com.kh
""")
h("legit", "customer_service_local", "facebook", """
🎧 Customer Service Agent (Korean speakers)
Hanbit Travel Cambodia Co., Ltd. – Office near Royal Palace, Street 19
💵 $700–$900
🕗 Mon–Sat 8:30–17:30
Korean TOPIK 4+ and Khmer or English
Assist Korean tourists by phone and KakaoTalk, arrange guides and hotels
Written contract, NSSF, lunch allowance
Apply: hr@hanbittravel.com.kh
""")
h("legit", "customer_service_local", "jobboard", """
Technical Support Agent (Internet Service Provider)
FiberNet Cambodia, Toul Kork
$300 - $380 + overtime
Help customers with Wi-Fi and fibre issues by phone, schedule technicians
Training provided (1 month, paid). Basic IT knowledge required.
Rotating shifts. Apply on CamHR or at our front desk.
""")
h("legit", "customer_service_local", "sms", """
FiberNet HR: you are invited to interview for Support Agent, Tue 10am, Toul Kork office, 3rd floor. Bring ID & CV. No fees.
""")
h("legit", "customer_service_local", "linkedin", """
Team Leader – Customer Care (Vietnamese/English)
Mekong Cross-Border Logistics, Phnom Penh office (Bassac Lane)
USD 900–1,200. Lead 12 agents handling shipment enquiries. Requires 2+ years as team leader in a contact centre and fluent Vietnamese. Written contract, health insurance, 13th month. Recruitment is done only through our HR team; we never ask for fees or passports.
""")
h("legit", "customer_service_local", "jobboard", """
Customer Relations Officer – Hospital
Lotus Care Hospital (private), Sen Sok
$350 - $450
Guide patients, handle complaints, coordinate with doctors
Khmer and English; Chinese is an advantage
Day shifts, 6 days/week, written contract and NSSF
""")
h("legit", "customer_service_local", "facebook", """
Hiring: Live chat agents for our online furniture store 🛋️
📍 Office: Chip Mong 271 area, Phnom Penh (on-site)
💵 $260 + commission per order
🕘 9am–6pm, rotating Sundays
We'll train you on our products. Contract + NSSF.
Company: HomeNest Co., Ltd. (MoC registered). Send CV via page.
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LEGIT: chat_app_contact (real jobs with WhatsApp/Telegram contact)
# ---------------------------------------------------------------------------
h("legit", "chat_app_contact", "telegram", """
📢 Job: Graphic Designer (full-time)
Company: Pixel Lotus Studio, #21 St. 308, BKK1, Phnom Penh
Salary: $400-$600 based on portfolio
Mon–Fri 8:30–17:30
Send portfolio to our HR on Telegram @pixellotus_hr or email hr@pixellotus.com.kh
Interview at our studio.
""")
h("legit", "chat_app_contact", "whatsapp", """
Hi Dara, this is Kimly from Sunrise Dental. Thanks for your application for the assistant post. Could you come for an interview on Thursday 10am at our clinic on Street 63? Please bring your ID card and certificates. Reply here to confirm 🙂
""")
h("legit", "chat_app_contact", "facebook", """
We're hiring a shop assistant for our phone accessories store in Olympic Market 📱
$180/month + commission, 8am–5pm, Sunday off.
Message us on Telegram 096 4x2 7710 or come to stall B-112.
""")
h("legit", "chat_app_contact", "telegram", """
Hiring: Delivery driver (car) – Phnom Penh
Company: Fresh Basket Online Grocery
$350 + fuel + phone card
Category B licence, know PP roads
Apply by sending CV on Telegram to 012 9x3 405 (HR Ms. Channary). Interviews at our warehouse, Sen Sok.
""")
h("legit", "chat_app_contact", "whatsapp", """
Good afternoon Mr. Rahul. This is Priya from Lakeside Hotels HR (Bengaluru). Following your interview, we'd like to offer you the Front Office Associate role at ₹24,000/month. The offer letter has been sent to your email. Please review and sign; joining date is 1st August at our Whitefield property.
""")
h("legit", "chat_app_contact", "facebook", """
WE'RE HIRING 💻 Junior Web Developer
Local software house in Toul Kork – $350-$500
Skills: HTML/CSS, JavaScript, basic PHP or Python
Fresh grads welcome 🎓
Apply via Telegram @codekh_jobs with your GitHub / portfolio link. Office visit for the interview.
""")
h("legit", "chat_app_contact", "whatsapp", """
Hello Grace, Mama Oliech Restaurant here (Kilimani, Nairobi). We received your CV for the waitress position. Are you available to come for a trial shift on Saturday from 11am? Pay is KES 18,000/month plus tips. Please confirm by WhatsApp.
""")
h("legit", "chat_app_contact", "telegram", """
Vacancy: Accountant assistant
Lim Hardware Co., Ltd. (Kampong Cham)
$300 + lunch
Requirements: accounting student or graduate, Excel
To apply: Telegram 017 2x6 118 (Ms. Lim). Office: National Road 7, opposite the fuel station.
""")
h("legit", "chat_app_contact", "whatsapp", """
Hi! Following up on your application with BrightPath Tutoring (Cebu). We have 2 evening students for English conversation, ₱250/hour, classes at our centre on Osmeña Blvd. Can you do a demo class on Monday at 6pm? Bring a valid ID and your TESOL certificate.
""")
h("legit", "chat_app_contact", "facebook", """
Hiring in Bangkok 🇹🇭 (Thai nationals / valid work permit holders)
Barista at Little Bean Café, Ari
฿15,000-฿17,000 + service charge
Contact LINE: @littlebeanari or walk in with resume
""")
h("legit", "chat_app_contact", "telegram", """
Our restaurant needs 2 waiters (Khmer & basic English), $200 + tips + meals. Location: Street 136, riverside. Telegram the manager at 089 6x1 552 with your name and a photo of your CV, or walk in between 2-4pm.
""")
h("legit", "chat_app_contact", "whatsapp", """
Dear Mr. Sharma, this is the HR desk of Kaveri Textiles Pvt Ltd, Tiruppur. Your interview for Quality Supervisor is fixed on 12 June, 11am at our factory office, SIDCO Industrial Estate. Please bring original certificates and 2 photos. For directions reply here.
""")
h("legit", "chat_app_contact", "facebook", """
📸 Part-time photographer for weekend events (weddings, birthdays) – Siem Reap
$25-$40 per event depending on hours
Must have own camera, send 10 sample photos
Contact via WhatsApp or Telegram: 092 3x8 271 (Visal, Angkor Moments Studio, Sivatha Blvd)
""")
h("legit", "chat_app_contact", "whatsapp", """
Hi Siti, this is Farah from Kedai Buku Ilmu (Shah Alam). We'd like you to start as part-time cashier next Monday, RM9/hour, 4-hour shifts. Please come at 10am with your IC so we can do the paperwork and EPF registration.
""")
h("legit", "chat_app_contact", "telegram", """
JOB OPENING – Sales Executive (B2B)
Kampuchea Packaging Co., Ltd.
$400 base + commission (avg total $700)
Motorbike and phone allowance
HR Telegram: @kpc_recruitment – send CV, we'll call you for interview at our factory in Dangkor.
""")
h("legit", "chat_app_contact", "whatsapp", """
Hello, I am calling about the maintenance technician vacancy you posted at Westlands Mall. I am a certified electrician with 4 years experience. Can I send my CV here?
— Hi, yes, please send it. Interviews are on Wednesday at the mall management office, 2nd floor. Salary KES 35,000, Monday–Saturday.
""")
h("legit", "chat_app_contact", "facebook", """
HIRING: Reception & admin, family-run guesthouse in Kampot 🌿
$220/month + room + meals (you live on-site in a private staff room)
English basic, friendly, can use computer
Message us on WhatsApp +855 12 3x0 559 or visit Green Pepper Guesthouse, river road.
""")
h("legit", "chat_app_contact", "telegram", """
[Job] Junior Data Analyst – NGO health programme
Location: Phnom Penh office (Toul Kork)
$600-$750, 1-year contract
Skills: Excel, SPSS or R, Khmer/English reporting
Questions? Telegram our HR officer at @hhp_hr_officer. Applications by email only: jobs@healthyhomesprogramme.org.kh
""")
h("legit", "chat_app_contact", "whatsapp", """
Hi Juan, Cafe Marikina here. We reviewed your barista application. Rate is ₱610/day plus tips, 6 days a week. If okay with you, please come for a 2-hour trial on Friday at 2pm at our branch on J.P. Rizal St. Thanks!
""")
h("legit", "chat_app_contact", "facebook", """
Looking for a motorbike mechanic 🔧 for our repair shop in Takhmao. Pay $8-$12/day depending on skill. Call or message WhatsApp/Telegram 010 5x4 820. Shop: Sambath Moto, near Takhmao market. Come see the workshop first.
""")
h("legit", "chat_app_contact", "whatsapp", """
Hi Kevin, it's Wanjiru from Savannah Logistics HR. Congratulations, you passed the driving test. Your contract is ready (KES 42,000 + allowances). Please come to our Mombasa Road depot on Monday 8am to sign it and collect your uniform.
""")
h("legit", "chat_app_contact", "telegram", """
🎓 Tutors needed (Maths, Physics) – evening classes, Phnom Penh
$7-$10/hour
Centre: Smart Learning Centre, Street 271
Apply on Telegram 070 5x3 402 (Teacher Pisey) – send your subject, degree and free times. Demo lesson at the centre.
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LEGIT: legal_abroad (licensed agencies, government programmes)
# ---------------------------------------------------------------------------
h("legit", "legal_abroad", "facebook", """
📢 EPS-TOPIK 2025 – KOREA EMPLOYMENT PERMIT SYSTEM
Registration for the Korean language test for manufacturing and agriculture workers is open at the official test centre.
• Government-to-government programme only
• Test fee as announced by the Ministry; no other fees
• Selected workers sign a standard labour contract before departure and receive an E-9 work visa
Beware of brokers who promise to "guarantee" selection for money. Register only at the official centre.
""")
h("legit", "legal_abroad", "jobboard", """
Factory Workers for Malaysia (Electronics)
Agency: Golden Harvest Manpower Co., Ltd. – MoLVT licence no. 0471/MoLVT/2023
Employer: registered electronics manufacturer in Penang (name given at orientation)
Salary: RM1,700 basic (Malaysian minimum wage) + overtime
Contract: 2 years, signed in Phnom Penh at the Ministry before departure
Work permit (PLKS) applied by employer; accommodation per Malaysian housing law
Fees: only those allowed by the Ministry, with official receipt
Office: #59 Street 150, Phnom Penh. Verify our licence with MoLVT.
""")
h("legit", "legal_abroad", "facebook", """
🇯🇵 Specified Skilled Worker (SSW) – Food Service, Japan
Licensed agency: Sakura Bridge Manpower Inc. (DMW License No. DMW-097-LB-03152024-R)
✔ Salary: ¥190,000/month
✔ Requirements: passed JFT-Basic (A2) and food service skills test
✔ Employer-paid: visa, airfare
✔ Standard employment contract verified by the Migrant Workers Office
Walk-in applications at our office in Ermita, Manila. Check our licence status on the DMW website before applying.
""")
h("legit", "legal_abroad", "jobboard", """
Staff Nurses for Saudi Arabia – Ministry of Health hospitals
Philippine recruitment agency: Al-Noor Health Placement Inc., License No. DMW-112-LB-07112023-R
Salary: SAR 5,500 - 7,000 + housing + transportation
Requirements: BSN, active PRC licence, 2 years hospital experience, Prometric passed
Employer pays visa and ticket; zero placement fee for healthcare workers in line with DMW rules
Pre-departure orientation seminar required. Apply in person, original documents needed.
""")
h("legit", "legal_abroad", "website", """
Seasonal Agricultural Worker Programme – New Zealand (RSE)
Positions: fruit pickers and packers, 7-month season
Employer: Bay Orchards Ltd. (RSE-accredited employer)
Pay: at least the New Zealand minimum wage per hour, 30+ hours per week guaranteed
Costs: employer pays half the return airfare; accommodation cost deducted per the signed agreement
Visa: RSE limited visa issued by Immigration New Zealand
Recruitment is done through the Labour Ministry's work-ready pool. We never charge recruitment fees.
""")
h("legit", "legal_abroad", "linkedin", """
We are recruiting Registered Nurses for NHS trusts in the UK 🇬🇧
Band 5 salary (£29,970+), relocation support, first month's accommodation
Requirements: NMC registration (OSCE + IELTS 7.0/OET B)
Certificate of Sponsorship issued by the NHS trust; Health and Care Worker visa
Ethical recruitment: we do not recruit from red-list countries and charge candidates nothing.
Agency: CarePath International Ltd. (UK), with Indian partner licensed by the MEA (RA licence B-0912/DEL/PER/1000+/5/9876/2021)
""")
h("legit", "legal_abroad", "facebook", """
WORK IN KOREA LEGALLY 🇰🇷
Only through EPS. Korean language test → job roster → employer selects you → standard contract → E-9 visa → pre-departure training.
Total official cost is small and published. If anyone says "pay $3,000 and go to Korea in 2 weeks with a tourist visa", that is illegal work and you can be deported.
""")
h("legit", "legal_abroad", "jobboard", """
Construction Workers – Qatar
Recruiting agency: Himalaya Overseas Pvt. Ltd., Nepal Department of Foreign Employment licence no. 1187/075/76
Positions: mason, steel fixer, carpenter (trade test required)
Salary: QAR 1,400 - 1,800 + food allowance + overtime
Free visa, free ticket (employer-paid under Nepal's free-visa free-ticket policy)
Contract attested by the Nepal embassy; labour permit issued by DoFE
Pre-departure orientation training certificate required
""")
h("legit", "legal_abroad", "website", """
Poland – Warehouse Operatives (Work Permit Type A)
Employer: Vistula Logistics Sp. z o.o., Łódź
Partner agency in India: Transglobe Manpower Services (MEA Registration No. B-1456/MUM/PART/1000+/5/10012/2022)
Salary: PLN 4,666 gross/month (minimum wage) + overtime
Accommodation: provided at PLN 500/month, deducted with written consent
Process: interview → employer obtains work permit from the Voivode → national D visa from the Polish consulate
No job is offered on a tourist visa.
""")
h("legit", "legal_abroad", "facebook", """
🇨🇦 Temporary Foreign Worker – Fish processing, New Brunswick
Employer: Atlantic Catch Seafoods Inc.
Positive LMIA obtained; work permit applied through IRCC
CAD 16.65/hour, 40+ hours/week, 8-month season
Employer pays airfare both ways; housing at CAD 60/week
Canadian law: employers and recruiters cannot charge workers recruitment fees. Report anyone who asks.
Applications via our licensed partner in the Philippines (DMW License No. DMW-055-LB-12012022-R)
""")
h("legit", "legal_abroad", "jobboard", """
Caregivers for Israel (bilateral agreement)
Recruitment only through the government-to-government arrangement
Salary: per Israeli minimum wage + benefits
Requirements: caregiving NC II, 1 year experience, age 25-45
Application portal: official government employment service (no private agency involved)
Beware of fake agents offering "direct hire" for a fee.
""")
h("legit", "legal_abroad", "sms", """
DMW reminder: verify if your agency is licensed before paying or signing. Check the license on the DMW online verification page. Report illegal recruiters.
""")
h("legit", "legal_abroad", "website", """
Korea Employment Permit System: seasonal workers
Cambodian farm workers for 5 or 8 months (E-8 visa) are recruited through agreements between Korean local governments and Cambodian provinces, coordinated with the Ministry of Labour and Vocational Training. Workers sign a contract in Khmer and Korean before travelling. Airfare arrangements, wage (at least Korean minimum wage) and accommodation are written in the contract. No private broker is part of this programme.
""")
h("legit", "legal_abroad", "linkedin", """
Hiring: Hospitality staff for a 5-star resort in the Maldives 🏝️
Positions: waiter, room attendant, spa therapist
Salary: USD 450–800 + service charge (avg. USD 500/month) + accommodation and meals on the island
Work visa and flights paid by the resort
Contract: 1 year, reviewed and signed before departure
Recruited through Serendib Hospitality Careers Ltd., licensed by the Sri Lanka Bureau of Foreign Employment (licence 2219). Registration with SLBFE is mandatory before departure.
""")
h("legit", "legal_abroad", "facebook", """
JOBS IN GERMANY – TRAINING + WORK (Ausbildung) 🇩🇪
Nursing and hospitality apprenticeships with monthly training pay (€1,100–1,300)
Requirements: German B1, secondary school certificate
Visa: national visa for vocational training, issued by the German embassy after you sign the training contract
Our agency: Rhein Connect Career Services, registered in Germany, and partner agency in Indonesia licensed by the Ministry of Manpower (SIP3MI No. 2/1289/2022)
We will never ask you to travel on a tourist visa.
""")
h("legit", "legal_abroad", "jobboard", """
Welders (6G) – Shipyard in Singapore
Employer: Marina Offshore Engineering Pte Ltd
Agency: Ocean Crew Manpower Pte Ltd, MOM EA licence 19C9876
Salary: SGD 2,400–3,000 + overtime
Work Permit issued by the Ministry of Manpower after In-Principle Approval; IPA letter shown to worker before departure
Agency fee capped by MOM rules (max. 1 month salary per year of contract), receipts issued
""")
h("legit", "legal_abroad", "website", """
Seasonal Worker Scheme UK – Horticulture
Licensed scheme operator: GreenFields Seasonal Ltd. (Home Office approved)
Pay: at least £12.21/hour, minimum 32 hours/week
Duration: up to 6 months, Seasonal Worker visa
Costs: you pay your visa fee and flights unless your employer offers support in writing; there are NO recruitment fees
Verify any recruiter who says they represent us by writing to our official address.
""")
h("legit", "legal_abroad", "facebook", """
⚠️ Official notice from our agency ⚠️ We are licensed (MoLVT licence 0215) and we recruit only for Thailand under the MoU between Cambodia and Thailand. Jobs: construction, fisheries processing, factories. Workers receive passport, visa and work permit in their own name and KEEP their own passport. Salary is the Thai minimum wage per province. If someone uses our name to offer "online jobs" with free tickets, it is not us.
""")
h("legit", "legal_abroad", "jobboard", """
Domestic Workers for Hong Kong
Agency: Bright Hope Employment Agency Ltd. (HK EA licence no. 78912; Indonesian P3MI licence 2/1432/2021)
Salary: HK$ 4,990/month (Minimum Allowable Wage) + food allowance or free food
Standard Employment Contract (ID 407) signed by both sides
Employer pays airfare and visa fees; agency commission capped at 10% of first month wage by HK law
""")
h("legit", "legal_abroad", "linkedin", """
UAE – Electrical Technicians for facilities management contract
Employer: Gulf Facility Solutions LLC, Abu Dhabi
AED 2,500 basic + AED 800 allowances, company accommodation and transport
2-year employment contract registered with MOHRE (UAE Ministry of Human Resources)
Employment visa arranged by employer; recruitment through e-Migrate registered agent in India (RA B-0766/KER/COM/1000+/5/8825/2019)
No charges beyond the Government-notified service fee.
""")
h("legit", "legal_abroad", "website", """
Pacific Australia Labour Mobility (PALM) – Meat processing
Approved employer: Riverina Meats Pty Ltd
Position: process workers, 1-4 years, PALM scheme stream visa (subclass 403)
Pay: Australian award wage; deductions for accommodation and transport listed in the offer
Workers are selected from the sending government's work-ready pool; no private agent is allowed to charge you.
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LEGIT: ngo_warning (warnings QUOTING lure wording)
# ---------------------------------------------------------------------------
h("legit", "ngo_warning", "facebook", """
⚠️ WARNING: FAKE JOB OFFERS ⚠️
"Typing job in Cambodia, $1,500/month, free ticket, free visa, no experience" – this is how traffickers recruit.
People who go are often taken across the border, their passports are taken, and they are forced to scam others online.
✅ Only work abroad through licensed agencies
✅ Never travel on a tourist visa for a job
✅ Ask for a written contract before you leave
Share this to protect your family and friends.
""")
h("legit", "ngo_warning", "website", """
Advisory from the Embassy: Job scams in Southeast Asia
The Embassy has received reports of nationals recruited through social media for "customer service" or "data entry" jobs in Cambodia, Myanmar and Laos, with offers of high salaries, free flights and accommodation. On arrival, many were transferred to compounds near borders, their passports confiscated, and forced to conduct online fraud.
Before accepting any job abroad, verify the employer and the recruitment agency with the relevant authorities, and never travel on a tourist visa for work.
""")
h("legit", "ngo_warning", "sms", """
POLICE ALERT: "Earn $300/day liking videos" messages are scams. Never pay to receive a job or "unlock" earnings. Block & report.
""")
h("legit", "ngo_warning", "facebook", """
🚨 SCAM ALERT 🚨
If a stranger messages you: "Hi, I'm a recruiter from ___, earn $200-$800 per day liking YouTube videos" – STOP.
It always starts with small payments, then asks you to "prepay" for tasks or "upgrade your VIP level". You will lose everything you deposit.
Real employers never ask you to pay money to work.
""")
h("legit", "ngo_warning", "website", """
How trafficking for forced scamming works: a guide for jobseekers
1. The ad: "Customer support, $1,200-$2,000, free flight and accommodation, no experience, leave in 3 days."
2. The trip: a tourist visa, a flight to Bangkok or Phnom Penh, a driver at the airport.
3. The border: a long car ride, a river crossing, a guarded compound.
4. The trap: passport taken, "debt" for your ticket, 14-hour shifts scamming strangers, punishment for missing targets.
What you can do: check every offer with your labour ministry, tell your family where you go, keep copies of your documents, and save your embassy's emergency number before leaving.
""")
h("legit", "ngo_warning", "telegram", """
Cambodian National Police reminder: if you or someone you know is held against their will in a scam compound, report it to police hotline 117. Foreigners should also contact their embassy. Do not pay "rescue" groups that ask for a deposit – they are scams too.
""")
h("legit", "ngo_warning", "facebook", """
Migrant Workers Advisory 🇵🇭
The "direct hire, no placement fee, tourist visa muna" offers for call center and chat support jobs in Cambodia are illegal recruitment. Departures for work must have proper documents and exit clearance.
Do not be fooled by "Libre ticket, libre bahay, $1,500 sahod".
Check the agency license and report illegal recruiters to the authorities.
""")
h("legit", "ngo_warning", "website", """
Red flags in job ads, from our caseworkers:
- "No experience, no interview, high salary"
- "Leave within 3 days"
- "Company keeps your passport for visa processing"
- "100% legal, safe, no confinement" (real employers don't need to say this)
- Recruitment only on Telegram or WhatsApp, no company address
If you see two or more of these, talk to us before you decide.
""")
h("legit", "ngo_warning", "sms", """
Embassy alert: Jobs in Cambodia/Myanmar offering $1,500+ for typing with free flights are trafficking traps. Do not travel. Verify offers with your labour ministry.
""")
h("legit", "ngo_warning", "facebook", """
⚠️ Kenyan jobseekers: read this before you fly ⚠️
Several young Kenyans were promised "customer care jobs in Thailand, $1,000-$1,500, free ticket" and ended up in scam compounds in Myanmar. Verify every overseas job with the National Employment Authority, make sure the agency is registered, and never accept a job where the interview is only on WhatsApp.
""")
h("legit", "ngo_warning", "website", """
Task scams: what they look like
Messages typically read: "Hello, I'm from a recruitment agency. Earn $300-$500 a day from home rating hotels / boosting products / liking videos." After a few small payments, victims are told their account has a "combination order" or "negative balance" and must deposit money in USDT to withdraw. The more they deposit, the more they are asked for.
If this has happened to you: stop paying, keep screenshots, and report to the police.
""")
h("legit", "ngo_warning", "telegram", """
📌 Pinned: How to check a job offer before you go abroad
1) Company name, registration number and full address – check them
2) Agency licence number – check it with the ministry
3) Work visa, not tourist visa
4) Written contract in your language
5) Passport stays with YOU
If an ad says "free flight, free visa, $2,000, leave tomorrow" – ask us first.
""")
h("legit", "ngo_warning", "facebook", """
Indonesian Embassy advisory (paraphrased by our volunteers): Many WNI were recruited with "lowongan admin online di Kamboja, gaji 15 juta, tiket dan visa ditanggung" and became victims of online scam companies. Work abroad only through official channels and make sure your departure is registered.
""")
h("legit", "ngo_warning", "sms", """
Reminder from Safe Migration Network: a job that pays you to "like videos" and then asks you to deposit money is a scam. No real job charges you to get paid.
""")
h("legit", "ngo_warning", "website", """
Korea: the Ministry of Foreign Affairs warns against job ads offering high income for simple computer work or translation in Cambodia, especially with advance payment of airfare. Travel bans apply to parts of Cambodia, Myanmar and Laos. Korean nationals in trouble can contact the Consular Call Center at +82-2-3210-0404 (24/7).
""")
h("legit", "ngo_warning", "facebook", """
🛑 STOP & CHECK 🛑
Ads like these have trapped people from more than 40 countries:
🔸 "CHAT SUPPORT IN CAMBODIA 🇰🇭 $1,500 FREE FLIGHT"
🔸 "Crypto sales Myanmar, no experience, we train you"
🔸 "Translator in Laos SEZ, leave in 3 days"
If you are offered a job like this, talk to your family, check the employer, and contact us before you travel.
""")
h("legit", "ngo_warning", "website", """
Sri Lanka Bureau of Foreign Employment notice: Jobseekers are advised not to accept offers for IT or data-entry jobs in Myanmar, Laos or Thailand received through social media or "visit visa" arrangements. Register with the Bureau before departure and check that the recruiting agency holds a valid licence.
""")
h("legit", "ngo_warning", "telegram", """
A message going around: "Hello sir, I am HR from a Singapore company, our office is in Cambodia, $1,400 + commission, company keeps passport safe for visa processing." ❌ No legitimate employer keeps your passport. If you already sent your passport copy, tell your family and do not travel.
""")
h("legit", "ngo_warning", "facebook", """
PSA from our migrant support centre 📣
We keep seeing posts saying "100% LEGAL, NOT SCAM, no confinement, you can go home anytime". Employers who really are legal do not need to promise you that you will not be locked up. Ask for the company registration and licence number, and verify them with the authorities.
""")
h("legit", "ngo_warning", "website", """
Warning for Malaysian jobseekers: Police have recorded cases where people answered ads such as "kerja online di Kemboja, gaji RM8,000, tiket percuma" and were held by syndicates and forced to commit online fraud. Check with the Labour Department and tell your family the full address of your workplace before you leave.
""")
h("legit", "ngo_warning", "sms", """
Cambodia Police: if you are trapped in a scam compound, call 117 or message the police Telegram, and contact your embassy. Send your location.
""")
h("legit", "ngo_warning", "whatsapp", """
Forwarded as received from our community group: ⚠️ Please warn your children and relatives. If someone offers "office work in Thailand near the border, 1,500 dollars, ticket free", do NOT go. Our neighbour's son went last year and his family paid a lot of money to get him back. Check with the labour office first.
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LEGIT: news
# ---------------------------------------------------------------------------
h("legit", "news", "news", """
Dozens of foreign nationals repatriated after raid on scam compound
Authorities said the group, which included nationals of several Asian and African countries, had been recruited through social media ads promising "customer service" jobs paying up to $1,500 a month with free flights. Several told reporters their passports were taken on arrival and they were made to work 15-hour shifts running romance and investment scams. Officials urged jobseekers to verify overseas offers through licensed agencies.
""")
h("legit", "news", "news", """
UN: hundreds of thousands trafficked into online scam operations
The UN human rights office estimates that at least 120,000 people in Myanmar and around 100,000 in Cambodia may be held in situations where they are forced to carry out online scams. Many of those trafficked are educated and multilingual, lured by advertisements for jobs in IT, marketing and customer service. "They are victims. They are not criminals," the UN High Commissioner said.
""")
h("legit", "news", "website", """
Explainer: Why 'easy jobs abroad' keep fooling educated jobseekers
Recruiters now use polished LinkedIn posts, fake company websites and video interviews. The offers look professional – "relocation package", "staff housing on campus" – but the workplace is a guarded compound. Analysts say the clearest warning signs remain the same: travel on a tourist visa, no verifiable employer, and pressure to leave within days.
""")
h("legit", "news", "news", """
Police arrest recruiters behind fake 'Thailand IT jobs'
Officers arrested three people accused of sending at least 40 young men to Myanmar after advertising data-entry work in Thailand on WhatsApp. Victims' families said the recruiters collected passports and promised salaries of $1,200 a month. The suspects face charges under anti-trafficking law.
""")
h("legit", "news", "news", """
Task-scam losses climb as victims chase 'VIP levels'
Consumer groups report a sharp rise in complaints about online "task" jobs, in which victims are paid small amounts for liking videos and then asked to deposit larger sums to unlock "premium tasks". One victim said she lost her savings after being told her account had a negative balance after a "lucky order".
""")
h("legit", "news", "website", """
Feature: Inside the scam compounds on the Myanmar-Thailand border
Former workers describe dormitories of eight to a room, quotas of contacts per day, and fines for missing targets. Most had answered job ads that promised salaries of $1,000 to $2,000 and "free food and accommodation". Several said they were resold between compounds. Rescue often depended on families contacting embassies and police.
""")
h("legit", "news", "news", """
Kenya: ministry urges caution over Asia job offers
The government has warned jobseekers about offers of "customer service" jobs in Thailand that have led Kenyans into forced labour in Myanmar. It asked citizens to check agencies with the National Employment Authority and said it was working with partners to bring victims home.
""")
h("legit", "news", "website", """
Report: scam centres earn close to $40 billion a year
A UNODC report says criminal groups running scam centres generate just under US$40 billion a year and are moving operations between countries in response to crackdowns. The report calls for cooperation on recruitment, banking and online platforms that advertise fake jobs.
""")
h("legit", "news", "news", """
Philippines blocks departure of passengers with suspicious 'tourist' trips
Immigration officers said several travellers heading to Southeast Asian countries admitted they had been offered call-centre jobs paying $1,500 with free accommodation, arranged through Facebook. They had been told to present themselves as tourists. Officials said such offers match the pattern of trafficking to scam hubs.
""")
h("legit", "news", "news", """
Survivor recounts escape from scam compound
"They said it was a typing job, 1,500 dollars, free ticket," said a 24-year-old from Java. After arriving in Bangkok she was driven to a river crossing and taken to a compound in Myanmar. She was released months later after her family contacted the embassy. She now works with a migrant support group warning others about such offers.
""")
h("legit", "news", "website", """
Analysis: why Telegram channels are the new job boards for traffickers
Researchers tracked hundreds of channels advertising "chat support" and "marketing" roles with salaries of $1,200 to $3,000 in Cambodia and Laos. Many posts used the same templates, emojis and phrases such as "no experience" and "leave in 3 days". The study recommends platforms flag such posts and show official warnings.
""")
h("legit", "news", "news", """
India: advisory issued on fake job rackets in Southeast Asia
The foreign ministry advised Indian nationals not to fall for "lucrative job" offers in Laos and Cambodia advertised on social media, particularly for "digital sales and marketing executive" or "customer support" roles. It urged jobseekers to verify foreign employers through its missions and to use registered recruiting agents only.
""")
h("legit", "news", "news", """
Families demand action as relatives remain trapped abroad
Relatives gathered outside the labour ministry on Monday, holding photos of young men who left for "IT jobs in Thailand" and have not returned. Several had sent messages saying they were being forced to scam strangers online.
""")
h("legit", "news", "website", """
Tech platforms remove thousands of fake job posts
A major social network said it removed more than 10,000 posts advertising overseas "typing" and "customer service" jobs linked to trafficking networks, after a joint investigation with researchers. The posts typically promised free flights, free accommodation and salaries far above local rates.
""")
h("legit", "news", "news", """
Malaysia: 12 citizens return home after being freed from scam syndicate
The group said they answered online ads for jobs as "customer service officers" abroad with salaries of up to RM8,000. Police said they would step up awareness campaigns, and reminded the public to verify overseas employers before accepting offers.
""")

# ---------------------------------------------------------------------------
# HANDWRITTEN LONG POSTS (10-25 lines), both classes
# ---------------------------------------------------------------------------
h("lure", "compound_abroad", "facebook", """
🌏🌏 OVERSEAS HIRING – CAMBODIA 🇰🇭 🌏🌏
We are an international online service company with 2,000+ staff.
Now hiring for our Sihanoukville office:

📌 POSITIONS
▪ Customer Service (English) – $1,200
▪ Customer Service (Thai / Indonesian / Hindi) – $1,400
▪ Online Marketing – $1,500 + commission
▪ Team Leader – $2,500

🎁 BENEFITS
▪ FREE round-trip air ticket
▪ FREE visa processing
▪ FREE dormitory (aircon, wifi, hot water)
▪ FREE 3 meals per day
▪ Monthly bonus & birthday party 🎂

📋 REQUIREMENTS
▪ 18-35 years old
▪ Can type in English
▪ No experience needed, full training

⏰ Departure every Monday & Thursday
📲 Send your name, age, nationality and passport photo to our HR by inbox
""")
h("lure", "compound_abroad", "telegram", """
JOB DETAILS (please read carefully before asking)
Company: International Digital Marketing Group
Location: Myanmar, Myawaddy (special economic zone)
Position: Sales Representative / Chat Agent
Language: English required; Chinese, Japanese, Korean, Malay = extra allowance
Salary: 1,000 USD basic + commission (average 2,000-3,000 USD)
Salary paid: monthly in USDT or bank transfer
Working hours: 12 hours, 2 days off per month
Contract: 6 months
Accommodation: 4 people/room, free
Food: canteen, free
Travel: we book flight to Bangkok, our driver takes you to Mae Sot, then to company
Visa: enter Thailand as tourist, company handles the rest
Documents: passport (valid 1 year), 2 photos
Note: if you leave before the contract ends you must pay back the ticket and visa cost
DM @Myawaddy_HR_Tony for interview
""")
h("lure", "compound_abroad", "facebook", """
My story 🙏 (please read)
One year ago I was jobless in Quezon City, no money for rent.
A friend introduced me to a company in Cambodia.
I was scared at first, I thought it was a scam 😅
But they paid my ticket, gave me a room and food, and I started as chat support.
Now I earn $1,800 per month and send ₱60,000 to my family every month ❤️
My company is hiring again!
✅ Chat support / CSR
✅ $1,200 - $2,000
✅ Free ticket, free visa, free room & food
✅ No experience needed, they will train you
✅ Safe, legal, with contract
If you want to change your life like me, comment "ME" or PM me.
Tourist visa lang muna, then company will process working visa.
God bless us all 🙏
""")
h("lure", "compound_abroad", "linkedin", """
Exciting International Career Opportunity – Customer Engagement Specialist
About us: We are a rapidly expanding digital commerce group with operations across Southeast Asia, serving clients in North America, Europe and the Middle East.
Location: Operations centre, Cambodia (Preah Sihanouk province)
What you'll do:
- Engage international clients through chat and social media
- Build long-term relationships and introduce our investment products
- Meet weekly engagement targets
What we offer:
- USD 1,500–2,500 monthly, plus uncapped commission
- Fully sponsored flights, visa and airport pickup
- Free, secure on-campus accommodation, meals, gym and medical clinic
- Fast career progression to Team Lead within 3 months
Who we're looking for:
- Fluent or conversational English
- Comfortable with typing and social media
- No prior experience needed
Next onboarding cohort departs in 5 days. Message me directly with your CV and passport scan.
""")
h("lure", "compound_abroad", "whatsapp", """
Hello sir, thank you for your interest. Here are the full details:
1. Company: online customer service, Laos (Golden Triangle)
2. Position: English chat operator
3. Salary: USD 1,300 for first 3 months, then USD 1,800
4. Duty: 12 hours daily
5. Off day: 2 days per month
6. Food: free, Indian food available
7. Accommodation: free, inside company
8. Ticket: company pays Delhi–Bangkok
9. Visa: visa on arrival, company will arrange work permit later
10. Contract: 1 year
11. Passport: company keeps during visa processing
12. Departure: this Saturday
Please send passport front page and one photo. Only 4 seats left.
""")
h("lure", "compound_abroad", "facebook", """
🇮🇩 LOWONGAN KERJA LUAR NEGERI 🇮🇩
Penempatan: Kamboja & Thailand
Posisi: Admin online, CS, marketing
Gaji: Rp 12.000.000 – Rp 25.000.000
Fasilitas:
✅ Tiket pesawat gratis
✅ Visa diurus perusahaan
✅ Mess dan makan gratis
✅ Bonus bulanan
Syarat:
✅ Usia 18-35
✅ Bisa komputer dasar
✅ Tidak perlu pengalaman
✅ Tidak ada potongan gaji
Proses cepat, 3 hari berangkat!
Hubungi admin via WhatsApp, kirim foto paspor & KTP
""")
h("lure", "compound_abroad", "telegram", """
🔴 NEW BATCH – THAILAND / MYANMAR BORDER 🔴
Position ➡️ Online customer service
Salary ➡️ $1,500 guaranteed + bonus
Work ➡️ answer messages from foreign clients with scripts we give you
Requirements ➡️ English basic, typing 25 wpm
Age ➡️ 18-40
Experience ➡️ NOT required
Travel ➡️ flight + car paid by company
Stay ➡️ free, inside the park (supermarket, restaurant, KTV, everything inside 😎)
Safety ➡️ 100% safe, legal company, no confinement, phone allowed
Documents ➡️ passport only
Departure ➡️ within 3 days after interview
👉 Reply "JOIN" to get the application form
""")
h("lure", "compound_abroad", "jobboard", """
Job Title: International Telemarketing Officer
Employer: Confidential (large group, Southeast Asia)
Location: Cambodia / Laos (assignment after training)
Salary: USD 1,200 - 3,000 per month
Job Description:
• Contact potential customers via WhatsApp, Telegram, Facebook and Instagram
• Build trust and introduce investment and e-commerce products
• Report daily to team leader
Requirements:
• Male or female, 18-35
• Basic English, basic computer
• Experience not required
Benefits:
• Air ticket, visa and airport pickup free
• Dormitory and meals free
• Monthly, quarterly and annual bonuses
How to apply: send CV and passport scan to the recruiter WhatsApp. Shortlisted applicants depart within the week.
""")
h("lure", "compound_abroad", "whatsapp", """
Hi Wanjiku, this is Peter from Eastlink Careers. Congratulations again!
Here is your onboarding plan:
- Monday: medical check (we refund)
- Tuesday: we buy your ticket Nairobi → Addis → Bangkok
- Wednesday: you fly. Tell immigration you are visiting as a tourist for 2 weeks
- Bangkok: our driver Mr. Somchai will hold a sign with your name
- Then 6-8 hours by car to the company in Mae Sot area
- Salary $1,200 starts from the day you arrive
- Food and room free
- Work: customer service for an online trading platform
Please don't share these details with others, we have limited places.
Bring only a small bag, the company gives uniform and laptop.
Send me your M-Pesa number for the transport refund.
""")
h("lure", "compound_abroad", "facebook", """
⭐⭐⭐ HIGH SALARY JOB IN DUBAI & ASIA ⭐⭐⭐
Company: Global Crypto Support Services
Positions open:
1. Customer Support Agent – $1,500
2. Crypto Sales Executive – $2,000 + commission
3. Translator (English/Arabic/Chinese) – $2,200
4. IT Assistant – $1,800
Work first 1 week in Dubai office for training ✈️
Then transfer to our main branch in Southeast Asia 🌴
Company provides:
✔ Visa & air ticket
✔ Accommodation & food
✔ Medical
No experience! No IELTS! No agency fee!
Ages 20-38, male & female
👉 Send CV + passport via WhatsApp today, interview tomorrow, fly next week
""")
h("lure", "task_scam", "whatsapp", """
Hi, good day! I am Amanda, HR of Nexa Digital Marketing.
Our company helps merchants increase the visibility of their products.
We are now recruiting online part-time employees. Job details:
1. Work content: like and follow the videos we send you, then send screenshots
2. Working hours: flexible, 30-60 minutes per day
3. Salary: $2-$5 per task, daily income $200-$800
4. Payment: same-day settlement to bank or USDT wallet
5. Requirements: age 23+, smartphone, Telegram account
6. No fee, no deposit needed to start
After 3 trial tasks you will receive $15 as a welcome bonus.
Our receptionist will then invite you to the advanced task group, where prepaid tasks pay 30% commission.
If you're interested, please reply "YES" and I'll send you the first task 👍
""")
h("lure", "task_scam", "telegram", """
📋 HOW OUR PLATFORM WORKS
Step 1: Register with your invitation code
Step 2: Receive 20 USDT trial funds
Step 3: Click "Start" to receive product orders (40 per set)
Step 4: Each order earns 0.5%-2% commission
Step 5: Some orders are "combination orders" with 5-10x commission 🎉
Step 6: If your balance is not enough for an order, recharge to continue
Step 7: Complete the full set to withdraw principal + commission
VIP LEVELS:
🥉 VIP1 – balance 100 USDT – 0.5%
🥈 VIP2 – balance 1,000 USDT – 1%
🥇 VIP3 – balance 5,000 USDT – 1.5%
💎 VIP4 – balance 10,000 USDT – 2%
Withdrawals processed within 24 hours. Contact your mentor for help.
""")
h("lure", "task_scam", "whatsapp", """
Hello, this is Julia from GoHotel Ranking team 😊
Thank you for joining us. Let me explain the job:
• Hotels pay us to increase their booking ranking
• You submit "reservations" on our platform (not real bookings)
• Each reservation gives you commission
• Your money is returned immediately + commission
Example:
Reservation price $100 → you get back $106
Reservation price $500 → you get back $540
Reservation price $2,000 → you get back $2,300 (premium task)
Most members finish a set in 30 minutes and earn $300-$500 daily.
Before you start, please create your account on gohotel-rank.net and send me your ID number.
""")
h("lure", "task_scam", "telegram", """
🧑‍💼 RECEPTIONIST: Good morning everyone, today's work starts at 10:00 ☀️
Task 1: Like the YouTube video in the link – reward 3 USDT
Task 2: Subscribe to the channel – reward 3 USDT
Task 3: Comment "great video" – reward 4 USDT
Task 4 (welfare task): deposit 100, return 130
Task 5 (welfare task): deposit 500, return 680
Task 6 (welfare task): deposit 2,000, return 2,800
⚠️ Welfare tasks must be done in order
⚠️ Send payment screenshot to me after each task
⚠️ Do not discuss tasks in the group
Yesterday 96% of members completed all tasks 🎉
Let's go team! 💪
""")
h("lure", "task_scam", "whatsapp", """
Hi, I'm Lily from Apex Recruitment. We found your resume online.
Position: Online Product Optimizer (part-time)
Company: cooperating with Amazon, eBay, Shopee merchants
Duties: complete product orders on the merchant system to increase sales data
Time: 1-2 hours per day, any time
Income: $100-$800 per day
Commission: 3%-20% per order, higher level = higher commission
Payment: daily, bank transfer or crypto
Requirements:
- 20 years old or above
- Have a phone with internet
- Basic English
Training: a mentor will guide you one-on-one
Start: today
If you're interested, reply "1" and I'll arrange your mentor.
""")
h("legit", "local_job", "jobboard", """
Production Operators (20 positions)
Sunshine Footwear (Cambodia) Co., Ltd.
Address: Phnom Penh Special Economic Zone, National Road 4, Kambol
Salary: minimum wage + attendance bonus $10 + seniority bonus + overtime (paid per Labour Law)
Working hours: 7:00–16:00, Monday–Saturday
Benefits:
• Free lunch in factory canteen
• Free factory bus from Chaom Chau and Kamboul
• NSSF health and work-injury insurance
• Paid annual leave and public holidays
Requirements:
• Age 18 and above, ID card
• No experience needed, training provided (paid)
How to apply:
Come to the factory gate, Monday–Friday 7:00–10:00, bring ID card and 2 photos.
We never charge any fee for recruitment. Report anyone asking you for money to HR.
""")
h("legit", "skilled_well_paid", "jobboard", """
Senior Software Engineer (Java / Spring)
Company: Angkor Payments Plc. (licensed by the National Bank of Cambodia)
Location: Phnom Penh, Vattanac Capital area (on-site, 2 days remote)
Salary: USD 2,800 - 4,200 + annual bonus (up to 2 months)
Responsibilities:
- Design and build payment APIs handling 5M+ transactions per month
- Mentor junior engineers, review code
- Work with security and compliance teams on PCI-DSS
Requirements:
- 6+ years in Java backend, Spring Boot, Kafka
- Experience with high-availability systems
- Good English
Benefits:
- Health insurance incl. family
- 13th month salary
- Learning budget USD 800/year
Process: online application → HR call → technical interview → system design → CTO interview → offer with written contract
Apply: careers.angkorpayments.com.kh/jobs/se-java
""")
h("legit", "legal_abroad", "website", """
Employment Permit System (EPS) – Step by step for Cambodian workers
1. Register for the EPS-TOPIK Korean language test at the official centre announced by the Ministry of Labour and Vocational Training.
2. Pay only the official test fee; keep the receipt.
3. Take the test and, where required, the skills test.
4. If you pass, your name goes on the job-seeker roster sent to Korea.
5. A Korean employer chooses you; you sign the Standard Labour Contract.
6. You receive a Certificate for Confirmation of Visa Issuance and your E-9 visa.
7. Attend pre-departure training in Cambodia and employment training in Korea.
8. Work in manufacturing, agriculture, fisheries or construction at least at the Korean minimum wage.
Important:
- No broker can "guarantee" selection.
- You keep your own passport.
- Never travel to Korea on a tourist visa to work.
Questions: visit the official EPS centre in person.
""")
h("legit", "legal_abroad", "facebook", """
🇯🇵 CAREGIVERS FOR JAPAN – SPECIFIED SKILLED WORKER (SSW) 🇯🇵
Agency: Fuji Care Manpower Services Inc.
DMW License No. DMW-204-LB-08222023-R (valid until 2027)
Employer: registered nursing home operator in Osaka Prefecture
✅ Salary: ¥200,000 – ¥220,000/month
✅ Allowances: night shift, transport
✅ Working hours: 40 hours/week per Japanese Labour Standards Act
✅ Accommodation: company dormitory (rent deducted, amount written in contract)
Requirements:
▪ Passed JFT-Basic or JLPT N4
▪ Passed Nursing Care Skills Test and Care Japanese Test
▪ Caregiving NC II
Process:
1) Document screening at our office in Malate, Manila
2) Employer interview (online, with agency staff present)
3) Contract signing and verification by the Migrant Workers Office
4) Visa application at the Embassy of Japan
5) PDOS and departure
❗ We do not collect placement fees from caregivers. Verify our license on the DMW website.
""")
h("legit", "ngo_warning", "website", """
SAFE MIGRATION CHECKLIST (print and share)
Before you accept a job abroad, ask:
☐ What is the full name, registration number and address of the employer?
☐ Is the recruitment agency licensed? What is the licence number? Did I check it with the ministry?
☐ Will I get a work visa and a work permit, not a tourist visa?
☐ Did I receive a written contract in a language I understand, with salary, hours and days off?
☐ Will I keep my own passport and phone?
☐ Does my family have the full address of my workplace?
☐ Do I have my embassy's emergency number saved?
Warning signs we see again and again in lure ads:
✗ "Easy work, high pay, no experience"
✗ "Free flight, free visa, free accommodation"
✗ "Typing / chat support / customer service in Cambodia, Myanmar or Laos"
✗ "Leave in 3 days"
✗ "100% legal, no confinement"
✗ "Go as a tourist, company will fix the visa"
If any box is empty or any warning sign appears, stop and talk to us first.
""")
h("legit", "ngo_warning", "facebook", """
📣 COMMUNITY WARNING – PLEASE SHARE 📣
In the last month our hotline received calls from 17 families whose sons and daughters went abroad for "online jobs".
Here are the exact ads they answered:
1. "CHAT SUPPORT CAMBODIA 🇰🇭 $1,500/MONTH, FREE TICKET, FREE FOOD & ROOM, NO EXPERIENCE"
2. "Customer service in Thailand near the border, 50,000 baht, leave this week"
3. "Translator in Laos SEZ, $2,000, company handles passport and visa"
4. "Hi, I'm a recruiter, earn $300 a day liking videos, paid daily"
What happened next:
- Passports taken on arrival
- Moved across the border at night
- Forced to scam people online 14-16 hours a day
- Families asked to pay "ransom" of $3,000-$10,000
What to do:
✅ Check every offer with the labour ministry
✅ Never go on a tourist visa to work
✅ If someone is already trapped, contact the embassy first, then the police
Do not pay anyone who offers to "rescue" for a fee.
""")
h("legit", "news", "news", """
Inside the recruitment pipeline: how one Facebook ad led to a Myanmar compound
The post appeared in a jobs group with 80,000 members: "URGENT HIRING – customer service in Thailand, $1,500, free ticket, free visa, no experience needed."
Within two hours, a 26-year-old graduate had sent his CV on WhatsApp.
The "recruiter" interviewed him for ten minutes by video call and booked a flight for three days later.
At Bangkok airport a driver met him and two others. They drove for seven hours to the border town of Mae Sot.
That night, they were taken across the river by boat.
"When we arrived, they took our passports and phones and told us we owed $5,000 for the journey," he said.
For the next four months he worked 15-hour shifts sending messages to strangers, pretending to be a wealthy investor.
He was released after his family contacted the embassy, which worked with authorities in the region.
Researchers say the ad followed a template seen in thousands of posts: high salary, free travel, no experience, and departure within days.
Labour officials urge jobseekers to verify overseas offers with licensed agencies and to never travel on a tourist visa for work.
""")
h("legit", "urgent_hiring", "facebook", """
🔥🔥 URGENT HIRING 🔥🔥 NEW HOTEL OPENING IN SIEM REAP 🔥🔥
Lotus Garden Resort (Ministry of Tourism licence on display) opens on 1 December and needs staff NOW:
▪ Front desk agents (4) – $250-$300
▪ Housekeeping attendants (10) – $200 + service charge
▪ Waiters/waitresses (8) – $200 + service charge
▪ Cooks (3) – $300-$400
▪ Security (4) – $220
▪ Gardeners (2) – $190
Benefits:
✅ Service charge (avg. $50-$80/month)
✅ Staff meals and uniform
✅ Staff accommodation available for staff from other provinces (shared room, free)
✅ NSSF, annual leave, written contract
✅ No experience? We train you!
Walk-in interview: 20-22 November, 8am–4pm, at the resort, Wat Bo Road.
Bring ID card, CV and 2 photos. We never ask for any fee.
""")
h("legit", "customer_service_local", "jobboard", """
Customer Service Agents – Thai/English (20 positions)
Company: Siam Connect Contact Centre Co., Ltd.
Address: 18th floor, Rama IX business tower, Huai Khwang, Bangkok
Salary: THB 18,000 – 22,000 + language allowance + shift allowance
Job:
• Answer calls and chats for a Thai e-commerce client
• Handle returns, refunds and delivery questions
• Log every case in CRM
Requirements:
• Thai nationality, fluent Thai and good English
• Vocational certificate or above
• Able to work rotating shifts
Benefits:
• Social security, group health insurance
• Annual bonus, uniform, staff lunch
• Training 3 weeks (paid)
Apply: walk in with ID card and resume, Mon–Fri 9:00–15:00, or apply on our website.
""")
h("legit", "chat_app_contact", "telegram", """
📌 JOB: Sales Admin (Full-time)
🏢 Company: Kampuchea Tiles & Sanitary Co., Ltd.
📍 Address: #221, Russian Federation Blvd, Toul Kork, Phnom Penh
💵 Salary: $300 - $400 + sales incentive
🕗 Mon–Sat, 8:00–17:00
📋 Tasks:
- Prepare quotations and invoices
- Follow up customer orders by phone and Telegram
- Update stock in our system
✅ Requirements:
- Bachelor (any field) or final-year student
- Khmer typing, Excel, basic English
✅ Benefits:
- NSSF, annual bonus, phone card
📲 Apply: send CV to our HR on Telegram 012 6x5 330 (Ms. Sreyneang) or email hr@kts.com.kh
Interview at our showroom. No fees.
""")
h("legit", "news", "website", """
Q&A: What the new travel ban on scam hubs means for jobseekers
Q: Which areas are affected?
A: Several governments have banned or strongly discouraged travel to areas where scam compounds are concentrated, including parts of Cambodia, Myanmar's border regions and the Golden Triangle zone in Laos.
Q: What do lure ads look like now?
A: They still promise "customer service", "typing" or "marketing" jobs with salaries of $1,000 to $3,000, free flights and accommodation, and quick departures. Many now mention Dubai or Thailand first, and move people onward later.
Q: Can victims be punished?
A: Some countries warn that people who join scam operations, even after being deceived, may face charges. Rights groups say trafficking victims should be treated as victims.
Q: What should jobseekers do?
A: Use licensed agencies, get a work visa and written contract, keep their passport, and check offers with their labour ministry or embassy.
""")
h("legit", "skilled_well_paid", "linkedin", """
We're hiring: Senior Cloud Security Engineer (Remote – Kenya)
Company: Safara Fintech Ltd., Nairobi (Westlands)
Salary: KES 650,000 – 850,000 per month + stock options
What you'll do:
• Own our AWS security posture (IAM, GuardDuty, KMS)
• Lead incident response and threat modelling
• Work with compliance on CBK requirements
What you bring:
• 6+ years in security engineering, 3+ in cloud
• Certifications like CISSP or AWS Security Specialty
• Clear written English
Benefits:
• Medical cover for you and family
• 25 days leave
• Home office budget
Hiring process: recruiter screen → technical deep-dive → panel → references → written offer
""")
h("legit", "legal_abroad", "jobboard", """
Hotel Staff for Dubai (5-star hotel group)
Recruitment agency: Lanka Pearl Overseas Employment (Pvt) Ltd.
SLBFE licence no. 1843 – verify at the Bureau before applying
Employer: licensed hotel operator, Dubai Marina
Positions and monthly salary:
- Commis chef – AED 1,800 + meals + accommodation
- Room attendant – AED 1,500 + meals + accommodation
- Waiter – AED 1,600 + service charge
Contract: 2 years, MOHRE-registered
Visa: UAE employment visa and Emirates ID arranged by employer
Air ticket: paid by employer, both ways
Medical insurance: provided by employer as required by law
Fees: only the SLBFE registration fee, paid to the Bureau, with receipt
Interviews: at our Colombo office with hotel HR managers, 12-14 August
Bring: passport, certificates, 2 reference letters
""")


# ===========================================================================
# TEMPLATED PART: deterministic combinations of handwritten fragments
# ===========================================================================
SEED = 20250611

FIRST_NAMES = ["Anna", "Grace", "Joy", "Kevin", "Linda", "Mia", "Sophie", "Daniel", "Ella", "Ryan", "Nora",
               "Jasmine", "Vicky", "Leo", "Tina", "Alex", "Cherry", "Ivy", "Mark", "Bella", "Sunny", "Rose",
               "Helen", "Jack", "Amy", "Tony", "Lucy", "Eric", "Cindy", "Max"]
HANDLE_WORDS = ["hr", "jobs", "recruit", "career", "asia", "work", "hiring", "team", "official", "desk", "global",
                "vip", "manager", "staff", "hub"]
DOMAIN_WORDS = ["asia", "global", "career", "jobs", "talent", "work", "link", "hire", "bridge", "star", "pro",
                "world", "smart", "prime", "nexa"]


def pick(r, want, table):
    return r.choice(table[want])


def handle(r, name=None):
    name = name or r.choice(FIRST_NAMES)
    w = r.choice(HANDLE_WORDS)
    form = r.randrange(4)
    if form == 0:
        return "@%s_%s%d" % (w, name.lower(), r.randrange(10, 99))
    if form == 1:
        return "@%s%s_%s" % (name, r.choice(["HR", "Job", "Work"]), w)
    if form == 2:
        return "@%s_%s_%s" % (r.choice(DOMAIN_WORDS), w, r.choice(["kh", "mm", "th", "la", "asia", "vip"]))
    return "@%s%d%s" % (w.capitalize(), r.randrange(100, 999), name.lower())


PHONE_FORMATS = {
    "KH": lambda r: "+855 %d %03d %04d" % (r.choice([10, 11, 12, 15, 16, 69, 70, 71, 77, 78, 81, 85, 86, 87, 88, 89, 92, 93, 95, 96, 97, 98]), r.randrange(100, 999), r.randrange(1000, 9999)),
    "TH": lambda r: "+66 %d %03d %04d" % (r.choice([61, 62, 63, 64, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95]), r.randrange(100, 999), r.randrange(1000, 9999)),
    "PH": lambda r: "+63 9%02d %03d %04d" % (r.randrange(5, 99), r.randrange(100, 999), r.randrange(1000, 9999)),
    "ID": lambda r: "+62 8%02d %04d %04d" % (r.randrange(11, 99), r.randrange(1000, 9999), r.randrange(1000, 9999)),
    "IN": lambda r: "+91 9%d%03d %05d" % (r.randrange(0, 9), r.randrange(100, 999), r.randrange(10000, 99999)),
    "KE": lambda r: "+254 7%02d %03d %03d" % (r.randrange(0, 99), r.randrange(100, 999), r.randrange(100, 999)),
    "AE": lambda r: "+971 5%d %03d %04d" % (r.choice([0, 2, 4, 5, 6, 8]), r.randrange(100, 999), r.randrange(1000, 9999)),
    "MY": lambda r: "+60 1%d-%03d %04d" % (r.randrange(0, 9), r.randrange(100, 999), r.randrange(1000, 9999)),
    "LA": lambda r: "+856 20 %04d %04d" % (r.randrange(1000, 9999), r.randrange(1000, 9999)),
    "LK": lambda r: "+94 7%d %03d %04d" % (r.randrange(0, 9), r.randrange(100, 999), r.randrange(1000, 9999)),
}


HOTLINE_LIKE = re.compile(r"(?<!\d)(110|111|112|113|117|118|119|156|911|999)(?!\d)")


def phone(r, cc=None):
    # fictional numbers; a digit group that looks like an emergency or hotline number is redrawn
    cc = cc or r.choice(list(PHONE_FORMATS))
    while True:
        p = PHONE_FORMATS[cc](r)
        if not HOTLINE_LIKE.search(p):
            return p


def contact(r, cc=None):
    k = r.randrange(4)
    if k == 0:
        return "WhatsApp " + phone(r, cc)
    if k == 1:
        return "Telegram " + handle(r)
    if k == 2:
        return "WA " + phone(r, cc)
    return "t.me/" + handle(r)[1:]


# --- compound lure fragments -------------------------------------------------
C_HEADERS = ["🔥 URGENT HIRING 🔥", "WE ARE HIRING", "📢 JOB VACANCY 📢", "HIRING NOW!!!", "✈️ WORK ABROAD ✈️",
             "GOOD NEWS FOR JOBSEEKERS 🎉", "DIRECT HIRE – NO FEES", "OVERSEAS JOB OPPORTUNITY", "🌟 NEW BATCH 🌟",
             "Hiring po! 🙏", "VACANCY", "JOB OFFER 💼", "‼️ LIMITED SLOTS ‼️", "💼 Career opportunity abroad",
             "EASY WORK, HIGH SALARY 💰", "📣 RECRUITMENT 📣", "🚀 FAST DEPARTURE 🚀", "OPEN POSITIONS",
             "Job in Asia 🌏", "✅ LEGIT OVERSEAS JOB ✅"]
C_ROLES = ["Typist", "Chat Support Agent", "Customer Service Representative", "Online Marketing Staff",
           "Crypto Sales Executive", "Translator (English-Chinese)", "Casino Customer Service", "Data Encoder",
           "Telemarketing Agent", "Online Game Customer Support", "Social Media Moderator", "Data Entry Operator",
           "Live Chat Operator", "Digital Marketing Executive", "Call Center Agent", "Computer Operator",
           "Online Receptionist", "Investment Consultant (chat)", "IT Support (basic)",
           "Sales Representative (overseas clients)", "Online Dealer", "Game Tester & Chat Agent"]
C_DESTS = ["Sihanoukville, Cambodia", "Phnom Penh, Cambodia", "Bavet, Cambodia", "Poipet, Cambodia",
           "Myawaddy, Myanmar", "Myanmar (KK Park area)", "Shan State, Myanmar", "Laos (Golden Triangle SEZ)",
           "Bokeo, Laos", "Thailand, near the Myanmar border", "Mae Sot, Thailand", "Dubai (then transfer to Asia branch)",
           "Pampanga, Philippines", "Cambodia / Laos", "Thailand – Myanmar border office", "Cambodia (Bokor area)",
           "Koh Kong, Cambodia", "Vientiane & Golden Triangle, Laos"]
C_DEST_SHORT = ["Cambodia", "Myanmar", "Laos", "Thailand", "Sihanoukville", "Myawaddy", "Bavet", "Poipet",
                "Thailand near the border", "Dubai", "the Golden Triangle", "Mae Sot"]
C_SALARY_USD = ["$1,000 - $1,500", "$1,200/month", "$1,500 - $3,000", "USD 1,800 + commission", "1,300 USD",
                "$2,000+", "$1,000 basic + high commission", "up to $3,000", "1,500$ fixed", "$1,100 + bonus",
                "$1,400 - $2,200", "2,500 USD for team leaders"]
AUDIENCES = {
    "PH": ("Filipino", ["₱70,000 - ₱100,000", "₱85,000 monthly", "$1,500 (₱85k)"], ["Kabayan", "Pinoy jobseekers"]),
    "ID": ("Indonesian", ["Rp 15.000.000 / bulan", "Rp 12 - 25 juta", "$1,200 (Rp 19 juta)"], ["WNI", "Indonesian speakers"]),
    "IN": ("Indian", ["₹1,20,000 per month", "₹1,50,000 CTC monthly", "$1,400 (₹1.2 lakh)"], ["Indian freshers", "Indian graduates"]),
    "KE": ("Kenyan", ["KES 150,000 monthly", "KES 180,000 per month", "$1,200 (KES 155k)"], ["Kenyans", "East African jobseekers"]),
    "LK": ("Sri Lankan", ["Rs 350,000 per month", "Rs 400,000 monthly", "$1,300 (Rs 390k)"], ["Sri Lankans", "Sri Lankan youth"]),
    "MY": ("Malaysian", ["RM 6,000 - RM 9,000", "RM 8,000 sebulan", "$1,500 (RM 7k)"], ["Malaysians", "Rakyat Malaysia"]),
    "NP": ("Nepali", ["NPR 200,000 monthly", "$1,300 (NPR 175k)"], ["Nepali brothers and sisters", "Nepali youth"]),
    "UG": ("Ugandan", ["UGX 4,500,000 monthly", "$1,200"], ["Ugandans", "East Africans"]),
    "BD": ("Bangladeshi", ["BDT 150,000 monthly", "$1,250"], ["Bangladeshi candidates", "Bangladeshi youth"]),
}
C_PERKS = ["Free air ticket ✈️", "Free visa", "Visa processed by the company", "Free accommodation 🏠",
           "Free food, 3 meals a day 🍚", "Free dormitory with aircon & wifi", "Airport pick-up 🚗",
           "Company pays all travel costs", "No placement fee", "Monthly bonus 💵", "Company phone & laptop",
           "Salary paid in USDT or bank", "Free medical", "Gym, supermarket and canteen inside the company",
           "Return ticket after contract"]
C_REQS = ["No experience needed", "Basic English", "Can type fast", "Basic computer skills", "Age 18-35",
          "No degree required", "Passport only", "No interview, selection by chat", "Male or female",
          "High school graduate OK", "Typing 25 wpm", "Any nationality welcome"]
C_URGENCY = ["Leave in 3 days", "Flight this week", "Departure every Monday", "Only 5 slots left",
             "Fast process, 3-5 days", "Ready to fly within 72 hours", "Interview today, fly tomorrow",
             "Last batch this month", "Leave this weekend"]
C_ASSURE = ["100% legal, safe, no confinement", "Legal company, not scam", "Safe environment, you can go home anytime",
            "Company has license", "Many staff from your country already working here",
            "Tourist visa first, company will convert to work visa", "Company keeps passport safe for visa processing",
            "You keep your phone, no problem", "Real company, real salary, ask my staff"]
C_AGENCIES = ["Golden Bridge Recruitment", "Asia Talent Link", "Global Career Hub", "Eastlink Careers",
              "Sunrise Overseas Jobs", "Mekong Star HR", "Pacific Job Connect", "Bright Future Manpower",
              "Lucky Star Recruitment", "Royal Asia Staffing"]


def clean(p):
    return p.rstrip(" ✈️🏠🍚🚗💵")


def c_salary(r, aud):
    if aud and r.random() < 0.5:
        return r.choice(AUDIENCES[aud][1])
    return r.choice(C_SALARY_USD)


def c_cc_for(dest):
    if "Cambodia" in dest or dest in ("Sihanoukville", "Bavet", "Poipet"):
        return "KH"
    if "Laos" in dest or "Golden Triangle" in dest:
        return "LA"
    if "Dubai" in dest:
        return "AE"
    if "Philippines" in dest:
        return "PH"
    return "TH"


def lure_compound(r, want):
    aud = r.choice(list(AUDIENCES) + [None, None, None])
    role = r.choice(C_ROLES)
    dest = r.choice(C_DESTS)
    sal = c_salary(r, aud)
    cc = c_cc_for(dest)
    fmt = pick(r, want, {"short": ["sms"], "medium": ["bullets", "bullets", "prose", "jobboard"], "long": ["long", "long_sections"]})
    perks = r.sample(C_PERKS, r.randint(2, 5))
    reqs = r.sample(C_REQS, r.randint(1, 3))
    if fmt == "sms":
        d = r.choice(C_DEST_SHORT)
        t = r.choice([
            "{role} in {d}, {sal}, {p1}. {u}. {c}",
            "Job offer: {role} ({d}) {sal}/mo, {p1} + {p2}. {req}. {c}",
            "HIRING {ROLE} {D} – {sal}, {p1}, {u}! {c}",
            "Hi! {role} job in {d}, {sal}. {p1}, {p2}. Reply YES or {c}",
            "You are shortlisted for {role} in {d}. {sal}. {p1}. Send passport photo to confirm: {c}",
        ])
        txt = t.format(role=role, ROLE=role.upper(), d=d, D=d.upper(), sal=sal, p1=perks[0].rstrip(" ✈️🏠🍚🚗💵"),
                       p2=perks[1].rstrip(" ✈️🏠🍚🚗💵").lower(), u=r.choice(C_URGENCY), req=reqs[0],
                       c=contact(r, cc))
        return "sms", txt
    if fmt == "bullets":
        lines = []
        hd = r.choice(C_HEADERS)
        if aud and r.random() < 0.5:
            hd = "ATTENTION %s! %s" % (r.choice(AUDIENCES[aud][2]).upper(), hd)
        lines.append(hd)
        lines.append("%s %s – %s" % (r.choice(["📍", "👉", "▪", "Job:"]), role, dest))
        lines.append("%s %s" % (r.choice(["💰 Salary:", "💵", "Salary:", "Pay:"]), sal))
        mark = r.choice(["✅", "✔", "👉", "-", "•"])
        for x in perks[:2] + reqs[:r.randint(0, 1)]:
            lines.append("%s %s" % (mark, x))
        if r.random() < 0.5:
            lines.append(r.choice(C_ASSURE))
        lines.append(r.choice(C_URGENCY) + "!")
        lines.append(r.choice(["📲 ", "Contact: ", "Apply: ", ""]) + contact(r, cc))
        ch = r.choice(["facebook", "telegram", "facebook", "telegram", "whatsapp"])
        return ch, "\n".join(lines)
    if fmt == "prose":
        name = r.choice(FIRST_NAMES)
        intro = r.choice([
            "Hello, I'm {n} from {a}.",
            "Good day! This is {n}, recruiter for {a}.",
            "Hi dear, {n} here from HR.",
            "Greetings from {a}! My name is {n}.",
            "Hello friend, my company is hiring again.",
        ]).format(n=name, a=r.choice(C_AGENCIES))
        body = r.choice([
            "We have openings for {role} in {dest}. Salary is {sal}. {p1} and {p2}. {req}.",
            "Our client in {dest} needs {role}s. The pay is {sal} and {p1_l}, {p2_l}. {req}, we train you.",
            "There is a {role} job in {dest}, very easy, just sitting in the office. {sal}, {p1_l}. {req}.",
        ]).format(role=role, dest=dest, sal=sal, p1=clean(perks[0]), p2=clean(perks[1]).lower(),
                  p1_l=clean(perks[0]).lower(), p2_l=clean(perks[1]).lower(), req=reqs[0])
        extra = []
        if r.random() < 0.6:
            extra.append(r.choice(C_ASSURE) + ".")
        extra.append(r.choice(["Please send your passport copy and a photo.", "Can you send your CV and passport bio page?",
                               "Are you ready to fly " + r.choice(["this week", "on Friday", "next Monday"]) + "?",
                               "Reply here if you are interested, slots are limited."]))
        if aud and r.random() < 0.5:
            extra.append("We are looking especially for %s applicants." % AUDIENCES[aud][0])
        return r.choice(["whatsapp", "whatsapp", "facebook", "telegram"]), " ".join([intro, body] + extra)
    if fmt == "jobboard":
        lines = ["Position: %s" % role, "Location: %s" % dest, "Salary: %s" % sal,
                 "Requirements: %s" % ", ".join(x.lower() for x in reqs),
                 "Benefits: %s" % ", ".join(p.rstrip(" ✈️🏠🍚🚗💵").lower() for p in perks),
                 "Note: %s." % r.choice(C_URGENCY),
                 "Apply: send CV and passport scan via %s" % contact(r, cc)]
        return "jobboard", "\n".join(lines)
    if fmt == "long":
        lines = [r.choice(C_HEADERS), ""]
        lines.append("Company: %s" % r.choice(["International online service company", "Global e-commerce group",
                                                "Online gaming & entertainment group", "Digital investment platform",
                                                "Asia customer support centre", "Confidential (big company)"]))
        lines.append("Country: %s" % dest)
        lines.append("Position: %s" % role)
        lines.append("Salary: %s" % sal)
        lines.append("Working time: %s" % r.choice(["12 hours, 1 day off per week", "12 hrs/day, 2 days off per month",
                                                    "10-12 hours, 6 days", "day or night shift, 12 hours"]))
        for p in perks:
            lines.append("✔ " + p)
        for q in reqs:
            lines.append("✔ " + q)
        lines.append(r.choice(C_ASSURE))
        lines.append(r.choice(C_URGENCY))
        if aud:
            lines.append("Open to %s applicants" % AUDIENCES[aud][0])
        lines.append("Contact: " + contact(r, cc))
        return r.choice(["facebook", "telegram", "website"]), "\n".join(lines)
    # long_sections
    roles = r.sample(C_ROLES, r.randint(3, 4))
    lines = [r.choice(C_HEADERS) + " – " + r.choice(C_DEST_SHORT).upper(), "", "📌 POSITIONS"]
    for ro in roles:
        lines.append("▪ %s – %s" % (ro, r.choice(C_SALARY_USD)))
    lines += ["", "🎁 BENEFITS"] + ["▪ " + p for p in perks]
    lines += ["", "📋 REQUIREMENTS"] + ["▪ " + q for q in reqs]
    lines += ["", "⏰ " + r.choice(C_URGENCY), "📲 " + contact(r, cc)]
    return r.choice(["facebook", "telegram"]), "\n".join(lines)


# --- task-scam fragments -----------------------------------------------------
T_AGENCIES = ["Talent Hub Agency", "Bright Star Recruitment", "Nexa Digital", "Global Media Partners", "Apex Staffing",
              "BlueOcean Marketing", "Prime Remote Jobs", "StarBoost Agency", "Urban Digital HR", "Vista Online Careers",
              "ClickRise Media", "TopRank Partners"]
T_ACTS = ["liking YouTube videos", "reviewing hotels on booking sites", "boosting Amazon products",
          "rating apps on Google Play", "following TikTok shops", "leaving 5-star reviews on Google Maps",
          "subscribing to YouTube channels", "rating movies to boost box office", "completing orders for Shopee merchants",
          "streaming songs on Spotify", "liking Instagram posts", "watching TikTok videos and sending screenshots",
          "rating products for Lazada sellers", "boosting travel packages on our platform"]
T_PAY = ["$200-$800 per day", "$100-$500 daily", "$50-$300 a day", "₹3,000-₹10,000 daily", "₱1,500-₱8,000 per day",
         "RM200-RM800 per day", "KES 2,000-10,000 daily", "£100-£400 per day", "$300+ per day", "$80-$350 daily"]
T_TIME = ["only 30 minutes a day", "1-2 hours on your phone", "flexible hours from home", "10-30 minutes per day",
          "any free time you have"]
T_MECH = ["The first 3 tasks are free and you get a $10 bonus.",
          "After the trial you can join prepaid tasks with 30% commission.",
          "Higher VIP level means higher commission.",
          "Your principal is returned with commission within minutes.",
          "Salary is paid daily via bank, GCash, M-Pesa, UPI or USDT.",
          "Combination orders give 5x commission.",
          "A mentor will guide you on Telegram.",
          "You just need to recharge your account to unlock bigger tasks."]
T_CTA = ["Reply YES to start.", "Are you interested?", "Can I send you the details?", "Reply 1 to join, 2 to decline.",
         "Shall I add you to the work group?", "What time is good for you to try?", "Please reply with your name and age."]


def lure_task(r, want):
    name = r.choice(FIRST_NAMES)
    ag = r.choice(T_AGENCIES)
    act = r.choice(T_ACTS)
    pay = r.choice(T_PAY)
    fmt = pick(r, want, {"short": ["sms", "notice"], "medium": ["intro", "intro", "group"], "long": ["long"]})
    if fmt == "intro":
        op = r.choice(["Hi, I'm {n}, a recruiter from {a}.", "Hello! My name is {n} from {a}.",
                       "Good day, this is {n} (HR, {a}).", "Sorry to bother you, I'm {n} from {a}.",
                       "Hi there! {n} here, I work with {a}."]).format(n=name, a=ag)
        mid = r.choice(["We are hiring part-time staff for {act}. You can earn {pay}, {time}.",
                        "We pay people for {act}: {pay}, {time}.",
                        "Our clients need help with {act}. Income is {pay} and it takes {time}."]).format(
            act=act, pay=pay, time=r.choice(T_TIME))
        parts = [op, mid]
        parts += r.sample(T_MECH, r.randint(1, 2))
        parts.append(r.choice(T_CTA))
        return "whatsapp", " ".join(parts)
    if fmt == "sms":
        t = r.choice(["Part-time job: {act}, earn {pay}. {c}", "Hi, we got your CV. Online job ({act}), {pay}, paid daily. {c}",
                      "{A}: {act} from home, {pay}. Contact {c}", "Remote job! {act_c}, {pay}. {c}"])
        return "sms", t.format(act=act, act_c=act[0].upper() + act[1:], pay=pay, A=ag, c=contact(r))
    if fmt == "group":
        mk = r.choice(["✔️", "✅", "👉", "🔹", "-"])
        lines = [r.choice(["📣 HIRING ONLINE PART-TIME 📣", "💰 EARN FROM HOME 💰", "Online job available 💻",
                           "🎁 New member bonus!", "WORK FROM PHONE 📱", "Daily tasks 🔥"])]
        lines.append("%s Job: %s" % (mk, act))
        lines.append("%s Income: %s" % (mk, pay))
        lines.append("%s Time: %s" % (mk, r.choice(T_TIME)))
        for m in r.sample(T_MECH, r.randint(1, 2)):
            lines.append("%s %s" % (mk, m))
        lines.append(r.choice(["Contact ", "DM ", "Message our receptionist "]) + handle(r, name))
        return "telegram", "\n".join(lines)
    if fmt == "notice":
        bal = r.randrange(200, 3000)
        t = r.choice([
            "Dear member, task {k}/{n} is a combination order. Your balance is -${b}.{c:02d}. Recharge to continue and withdraw your profit of ${p}.",
            "[System] Your withdrawal of ${p} is pending. Complete {k2} more tasks. Required balance: ${b}. Contact your mentor to recharge.",
            "Congratulations! Lucky order 🎉 Product value ${b}, commission ${p2}. Top up to submit the order, funds returned after the set.",
        ])
        return "telegram", t.format(k=r.randrange(15, 38), n=40, b=bal, c=r.randrange(0, 99), p=bal + r.randrange(300, 1500),
                                    k2=r.randrange(3, 12), p2=bal // 5)
    # long
    lines = ["Hi, I'm %s from %s 😊" % (name, ag), "Job details:",
             "1. Work: %s" % act, "2. Time: %s" % r.choice(T_TIME), "3. Income: %s" % pay,
             "4. Payment: %s" % r.choice(["same day", "daily to bank or e-wallet", "USDT or bank transfer", "instantly after each set"]),
             "5. Requirements: %s" % r.choice(["smartphone and Telegram", "age 20+, phone with internet", "age 23+, basic English"]),
             "6. Levels:"]
    base = r.choice([50, 100, 200])
    for i, mult in enumerate([1, 5, 20, 50][:r.randint(3, 4)]):
        lines.append("   VIP%d – deposit $%d – commission %.1f%%" % (i + 1, base * mult, 0.5 + i * 0.5))
    for m in r.sample(T_MECH, 2):
        lines.append(m)
    lines.append(r.choice(T_CTA))
    return r.choice(["whatsapp", "telegram"]), "\n".join(lines)


# --- legit fragments -------------------------------------------------------------
PLACES = [
    # city, country code, currency formatter for entry, skilled
    ("Phnom Penh", "KH", ["$200-$260", "$220 + OT", "$250/month"], ["$1,500-$2,500", "$2,000-$3,500", "USD 1,800+"]),
    ("Siem Reap", "KH", ["$180-$230", "$200 + service charge"], ["$1,200-$1,800", "$1,500+"]),
    ("Battambang", "KH", ["$170-$210", "$190 + bonus"], ["$900-$1,300"]),
    ("Sihanoukville", "KH", ["$220-$280", "$240 + service charge"], ["$1,400-$2,000"]),
    ("Kampot", "KH", ["$180-$220"], ["$1,000-$1,400"]),
    ("Manila", "PH", ["₱18,000-₱22,000", "₱610/day"], ["₱90,000-₱140,000", "₱120,000+"]),
    ("Cebu", "PH", ["₱16,000-₱20,000", "₱500/day"], ["₱70,000-₱110,000"]),
    ("Jakarta", "ID", ["Rp 5.000.000 (UMP)", "Rp 5,2 juta"], ["Rp 25-35 juta", "Rp 30.000.000+"]),
    ("Surabaya", "ID", ["Rp 4.800.000"], ["Rp 20-28 juta"]),
    ("Nairobi", "KE", ["KES 18,000-25,000", "KES 22,000"], ["KES 250,000-400,000", "KES 350,000+"]),
    ("Mombasa", "KE", ["KES 16,000-20,000"], ["KES 180,000-260,000"]),
    ("Colombo", "LK", ["Rs 45,000-60,000", "Rs 55,000"], ["Rs 350,000-500,000"]),
    ("Kuala Lumpur", "MY", ["RM1,700-RM2,000", "RM1,900 + OT"], ["RM8,000-RM12,000", "RM10,000+"]),
    ("Penang", "MY", ["RM1,700 + allowance"], ["RM7,000-RM10,000"]),
    ("Bengaluru", "IN", ["₹15,000-₹20,000", "₹18,000 + incentives"], ["₹18-28 LPA", "₹2,00,000/month"]),
    ("Chennai", "IN", ["₹14,000-₹18,000"], ["₹15-22 LPA"]),
    ("Bangkok", "TH", ["฿12,000-฿15,000", "฿15,000 + service charge"], ["฿80,000-฿120,000"]),
    ("Dubai", "AE", ["AED 2,500 + accommodation", "AED 2,200 + transport"], ["AED 18,000-25,000", "AED 22,000+"]),
]
COMPANY_A = ["Mekong", "Lotus", "Sunrise", "Golden Rice", "Blue River", "Green Leaf", "Royal Palm", "Star", "Orchid",
             "Harbor", "Summit", "Pioneer", "Sapphire", "Evergreen", "Coconut", "Silverline", "Kingfisher", "Bayview"]
COMPANY_B = {"retail": ["Mart", "Supermarket", "Minimart", "Retail"], "food": ["Café", "Restaurant", "Bakery", "Kitchen"],
             "hotel": ["Hotel", "Resort", "Boutique Hotel", "Guesthouse"], "factory": ["Garment", "Footwear", "Packaging", "Food Processing"],
             "logistics": ["Logistics", "Express", "Transport", "Delivery"], "office": ["Trading", "Consulting", "Microfinance", "Insurance"],
             "tech": ["Digital", "Software", "Payments", "Tech"], "health": ["Clinic", "Hospital", "Pharmacy", "Dental"]}
SUFFIX = {"KH": ["Co., Ltd.", "Plc.", "Co., Ltd."], "PH": ["Inc.", "Corp."], "ID": ["PT", "PT"], "KE": ["Ltd", "Ltd"],
          "LK": ["(Pvt) Ltd", "PLC"], "MY": ["Sdn Bhd", "Sdn Bhd"], "IN": ["Pvt Ltd", "Pvt Ltd"], "TH": ["Co., Ltd."],
          "AE": ["LLC", "LLC"]}
STREETS = {"KH": ["#{n}, Street {s}", "#{n}E0, St. {s}", "Building {n}, Street {s}"],
           "PH": ["{n} J.P. Rizal St.", "{n} Osmeña Blvd", "Unit {n}, {s} Ayala Ave"],
           "ID": ["Jl. Sudirman No. {n}", "Jl. Gatot Subroto Kav. {n}"],
           "KE": ["{n} Ngong Road", "{n} Moi Avenue", "Westlands Square, {n}th floor"],
           "LK": ["No. {n}, Galle Road", "No. {n}, Union Place"],
           "MY": ["No. {n}, Jalan Ampang", "Lot {n}, Jalan Tun Razak"],
           "IN": ["No. {n}, MG Road", "Plot {n}, SIDCO Industrial Estate"],
           "TH": ["{n} Sukhumvit Soi {s}", "{n} Rama IX Road"],
           "AE": ["Office {n}, Al Quoz {s}", "Shop {n}, Al Barsha"]}
ENTRY_ROLES = {"retail": ["Cashier", "Sales Assistant", "Stock Clerk"], "food": ["Waiter / Waitress", "Barista", "Kitchen Helper", "Cook"],
               "hotel": ["Housekeeping Attendant", "Front Desk Agent", "Bellboy", "Room Attendant"],
               "factory": ["Machine Operator", "Packer", "QC Helper", "Sewing Operator"],
               "logistics": ["Warehouse Helper", "Delivery Rider", "Forklift Driver", "Driver"],
               "office": ["Office Assistant", "Receptionist", "Admin Clerk"], "tech": ["IT Helpdesk Assistant", "Junior Tester"],
               "health": ["Nurse Assistant", "Pharmacy Assistant", "Clinic Receptionist"]}
SKILLED_ROLES = {"tech": ["Senior Software Engineer", "DevOps Engineer", "Data Scientist", "Product Manager"],
                 "office": ["Finance Manager", "Senior Accountant", "HR Manager", "Internal Audit Manager"],
                 "health": ["Medical Doctor (GP)", "Registered Pharmacist", "Radiologist"],
                 "factory": ["Production Manager", "Quality Assurance Manager", "Maintenance Engineer"],
                 "hotel": ["Executive Chef", "Hotel General Manager", "Revenue Manager"],
                 "logistics": ["Supply Chain Manager", "Fleet Operations Lead"]}
L_BENEFITS = ["Paid training", "Social security registration", "Annual leave", "Uniform provided", "Staff meals",
              "Health insurance", "13th-month salary", "Overtime paid by law", "Written contract", "Transport allowance",
              "Attendance bonus", "Staff accommodation for workers from other provinces"]
L_REQS_ENTRY = ["No experience needed, we train you", "Basic English", "Age 18+", "Honest and punctual", "Can work shifts",
                "Valid ID", "Friendly and neat", "Willing to learn"]
L_REQS_SKILLED = ["Bachelor's degree in a related field", "5+ years relevant experience", "Professional licence where required",
                  "Strong English", "Team leadership experience", "References from previous employers"]
L_APPLY = ["Walk in with your ID and CV, Mon–Fri 9am–4pm", "Email your CV to {email}", "Apply on our careers page",
           "Interview at our office: {addr}", "Send CV to {email} or come to {addr}"]


def company(r, sector, cc):
    a = r.choice(COMPANY_A)
    b = r.choice(COMPANY_B[sector])
    suf = r.choice(SUFFIX[cc])
    if suf == "PT":
        return "PT %s %s" % (a, b), a, b
    return "%s %s %s" % (a, b, suf), a, b


def addr(r, cc, city):
    return r.choice(STREETS[cc]).format(n=r.randrange(2, 300), s=r.randrange(2, 600)) + ", " + city


def email(r, a, b, cc):
    tld = {"KH": "com.kh", "PH": "com.ph", "ID": "co.id", "KE": "co.ke", "LK": "lk", "MY": "com.my", "IN": "in",
           "TH": "co.th", "AE": "ae"}[cc]
    return "%s@%s%s.%s" % (r.choice(["hr", "jobs", "careers", "recruitment"]), a.lower().replace(" ", ""),
                           b.lower().replace(" ", "").replace("é", "e"), tld)


def legit_job(r, kind, want):
    city, cc, entry_pay, skilled_pay = r.choice(PLACES)
    if kind == "skilled_well_paid":
        sector = r.choice(list(SKILLED_ROLES))
        role = r.choice(SKILLED_ROLES[sector])
        pay = r.choice(skilled_pay)
        reqs = r.sample(L_REQS_SKILLED, r.randint(2, 4))
    elif kind == "customer_service_local":
        sector = r.choice(["office", "tech", "retail", "logistics"])
        role = r.choice(["Call Centre Agent", "Customer Service Officer", "Live Chat Agent", "Customer Care Representative",
                         "Hotline Operator", "Technical Support Agent"])
        pay = r.choice(entry_pay)
        reqs = r.sample(L_REQS_ENTRY[:5] + ["Good listening skills", "Computer basics", "Fluent local language"], r.randint(2, 3))
    else:
        sector = r.choice(list(ENTRY_ROLES))
        role = r.choice(ENTRY_ROLES[sector])
        pay = r.choice(entry_pay)
        reqs = r.sample(L_REQS_ENTRY, r.randint(1, 3))
    comp, a, b = company(r, sector if sector in COMPANY_B else "office", cc)
    ad = addr(r, cc, city)
    em = email(r, a, b, cc)
    bens = r.sample(L_BENEFITS, r.randint(2, 5))
    if kind == "customer_service_local" and "Written contract" not in bens:
        bens.append("Written contract")
    apply_ = r.choice(L_APPLY).format(email=em, addr=ad)
    chat = None
    if kind == "chat_app_contact":
        chat = r.choice(["WhatsApp", "Telegram", "WhatsApp/Telegram", "Viber", "LINE" if cc == "TH" else "WhatsApp"])
        chat_c = phone(r, cc) if chat != "Telegram" or r.random() < 0.5 else handle(r)
        apply_ = r.choice(["Message our HR on {ch} {c}, interview at our office ({ad})",
                           "Send your CV by {ch}: {c}. Office: {ad}",
                           "{ch} {c} (HR). Walk-in also OK at {ad}"]).format(ch=chat, c=chat_c, ad=ad)
    n = r.randrange(2, 12)
    fmt = pick(r, want, {"short": ["sms"], "medium": ["bullets", "prose", "jobboard"], "long": ["long"]})
    urgent = kind == "urgent_hiring"
    if fmt == "sms":
        if chat:
            t = r.choice(["{comp} hiring {role}, {pay}. {city}. {ch} {c} for interview.",
                          "Hi, this is HR at {comp}. Your interview for {role} is on {day} 10am at {ad}. Reply on {ch} to confirm.",
                          "{role} needed at {comp} ({city}), {pay}. Contact {ch} {c}."])
            txt = t.format(comp=comp, role=role, pay=pay, city=city, ch=chat, c=phone(r, cc), ad=ad,
                           day=r.choice(["Monday", "Tuesday", "Thursday", "Saturday"]))
        else:
            t = r.choice(["{U}{comp} needs {n} {role_l}s, {pay}. {city}. Apply at {ad}.",
                          "{U}{role} wanted, {comp}, {pay}. Interview {day} 9am, {ad}. Bring ID.",
                          "{U}{comp}: {role} ({pay}). {req}. Walk in at {ad}."])
            txt = t.format(U="URGENT: " if urgent else "", comp=comp, n=n, role=role, role_l=role.lower(), pay=pay,
                           city=city, ad=ad, day=r.choice(["Mon", "Tue", "Wed", "Sat"]), req=reqs[0])
        return ("sms" if not chat else r.choice(["whatsapp", "telegram", "sms"])), txt
    hd = r.choice(["🔥 URGENT HIRING 🔥", "HIRING NOW!!!", "📢 JOB VACANCY 📢", "‼️ START THIS WEEK ‼️", "URGENT – %d POSITIONS" % n]) if urgent \
        else r.choice(["WE ARE HIRING", "📢 JOB VACANCY 📢", "JOB OPENING 💼", "Join our team! 🙌", "VACANCY", "Career opportunity",
                       "WE'RE HIRING 🎉", "OPEN POSITION", "📌 Job"])
    mk = r.choice(["✅", "✔", "▪", "•", "-", "👉"])
    if fmt == "bullets":
        lines = [hd, "%s %s – %s" % (r.choice(["📍", "👉", "Job:", "▪"]), role, comp),
                 "%s %s" % (r.choice(["💰 Salary:", "💵", "Pay:", "Salary:"]), pay)]
        for x in (bens[:3] + reqs[:2]):
            lines.append("%s %s" % (mk, x))
        if urgent:
            lines.append(r.choice(["Start immediately", "Start this week", "Interviews every day this week", "Start Monday"]) + "!")
        lines.append(r.choice(["📲 ", "Apply: ", "How to apply: ", "📍 "]) + apply_)
        return r.choice(["facebook", "telegram", "facebook"]) if not chat else r.choice(["facebook", "telegram", "whatsapp"]), "\n".join(lines)
    if fmt == "prose":
        s = r.choice([
            "{comp} in {city} is looking for a {role_l}. Salary {pay}. {b1} and {b2_l}. {req}. {apply}.",
            "We need a {role_l} at our {city} branch ({comp}). Pay is {pay}, with {b1_l} and {b2_l}. {apply}.",
            "{U}Our team at {comp} ({ad}) is hiring {n} {role_l}s. {pay}. {req}. {b1}. {apply}.",
        ])
        txt = s.format(comp=comp, city=city, role_l=role.lower(), pay=pay, b1=bens[0], b1_l=bens[0].lower(),
                       b2_l=bens[1].lower(), req=reqs[0], apply=apply_, ad=ad, n=n,
                       U="Urgent hiring! " if urgent else "")
        return r.choice(["facebook", "whatsapp", "website", "linkedin"]) if not chat else r.choice(["whatsapp", "telegram"]), txt
    if fmt == "jobboard":
        lines = [role, comp, "Location: %s" % ad, "Salary: %s" % pay,
                 "Requirements: " + "; ".join(reqs), "Benefits: " + ", ".join(b.lower() for b in bens)]
        if urgent:
            lines.insert(0, "URGENT")
        lines.append("Apply: " + apply_)
        return "jobboard", "\n".join(lines)
    # long
    lines = [hd, "", "Position: %s" % role, "Company: %s" % comp, "Address: %s" % ad, "Salary: %s" % pay,
             "Working hours: %s" % r.choice(["Mon–Fri 8:00–17:00", "Mon–Sat 8:00–17:00", "rotating 8-hour shifts, 6 days/week",
                                              "9:00–18:00, weekends off", "7:00–16:00, Sunday off"]), "", "Responsibilities:"]
    resp = {"tech": ["Build and maintain services", "Review code and mentor juniors", "Work with product and QA"],
            "office": ["Prepare reports and documents", "Coordinate with other departments", "Handle filing and records"],
            "health": ["Care for patients", "Keep accurate records", "Follow clinic hygiene rules"],
            "factory": ["Operate machines safely", "Check product quality", "Keep the workstation clean"],
            "hotel": ["Serve guests politely", "Keep rooms and areas clean", "Report maintenance issues"],
            "food": ["Serve customers", "Prepare drinks/food", "Keep the shop clean"],
            "retail": ["Serve customers at the counter", "Arrange stock", "Count cash at shift end"],
            "logistics": ["Load and unload goods", "Check delivery notes", "Follow safety rules"]}
    for x in resp.get(sector, resp["office"]):
        lines.append("%s %s" % (mk, x))
    lines += ["", "Requirements:"] + ["%s %s" % (mk, q) for q in reqs]
    lines += ["", "Benefits:"] + ["%s %s" % (mk, b) for b in bens]
    lines += ["", "How to apply: " + apply_]
    if r.random() < 0.4:
        lines.append(r.choice(["We never charge fees to applicants.", "Only shortlisted candidates will be contacted.",
                               "Equal opportunity employer."]))
    return r.choice(["jobboard", "website", "facebook", "linkedin"]), "\n".join(lines)


# legal abroad
LA_AGENCIES = [
    ("PH", "DMW License No. DMW-{a:03d}-LB-{d}-R", ["Manila", "Makati", "Pasay"], "DMW"),
    ("IN", "MEA RA licence B-{a:04d}/{city3}/PER/1000+/5/{b}/20{y}", ["Mumbai", "Delhi", "Kochi"], "the eMigrate portal"),
    ("NP", "DoFE licence no. {a}/0{y}/{y2}", ["Kathmandu"], "the Department of Foreign Employment"),
    ("LK", "SLBFE licence {a}", ["Colombo", "Kandy"], "the Sri Lanka Bureau of Foreign Employment"),
    ("ID", "SIP3MI No. 2/{a}/20{y}", ["Jakarta", "Surabaya"], "the Ministry of Manpower / BP2MI"),
    ("KH", "MoLVT licence {a:04d}/MoLVT/20{y}", ["Phnom Penh"], "the Ministry of Labour and Vocational Training"),
    ("KE", "NEA registration no. NEA/PEA/{a}/20{y}", ["Nairobi"], "the National Employment Authority"),
]
LA_JOBS = [
    ("Japan", "Specified Skilled Worker (food service)", "¥185,000-¥210,000/month", "SSW visa issued by the Embassy of Japan after the contract is signed", "passed JFT-Basic and the skills test"),
    ("Canada", "Farm worker (seasonal)", "CAD 16.50+/hour", "work permit based on a positive LMIA", "farm experience 1 year"),
    ("United Kingdom", "Care assistant", "£12.21/hour", "Health and Care Worker visa with Certificate of Sponsorship", "IELTS 5.0/OET C+, care certificate"),
    ("Saudi Arabia", "Staff nurse", "SAR 6,000-8,000 + housing", "employment visa, Prometric passed", "BSN and active licence, 2 years experience"),
    ("Qatar", "Mason / steel fixer", "QAR 1,500 + food allowance", "work visa and QID arranged by employer", "trade test passed"),
    ("Malaysia", "Electronics factory operator", "RM1,700 basic + OT", "PLKS work permit applied by the employer", "age 18-35, medical check"),
    ("Singapore", "Shipyard welder", "SGD 2,300-2,900 + OT", "Work Permit after In-Principle Approval", "6G welding certificate"),
    ("Taiwan", "Factory worker", "NT$27,470/month (minimum wage) + OT", "work permit issued by the Ministry of Labor", "age 20-40"),
    ("Germany", "Nurse (recognition pathway)", "€2,900-€3,300 gross", "national visa for skilled workers", "German B1/B2, nursing degree"),
    ("Poland", "Warehouse operative", "PLN 4,666 gross", "Type A work permit and national D visa", "age 20-45"),
    ("Hong Kong", "Domestic helper", "HK$4,990 (Minimum Allowable Wage) + food", "employment visa under the Standard Employment Contract", "1 year experience"),
    ("United Arab Emirates", "Hotel room attendant", "AED 1,500 + meals + accommodation", "UAE employment visa, MOHRE-registered contract", "hotel experience preferred"),
]
LA_FEES = ["No placement fee is charged to workers.", "Fees only as allowed by law, paid at our office with an official receipt.",
           "Employer pays visa and airfare.", "We never ask for money before a contract is signed.",
           "Recruitment fees are prohibited under the destination country's law; report anyone who asks."]


def legit_abroad(r, want):
    cc, lic_t, cities, regulator = r.choice(LA_AGENCIES)
    lic = lic_t.format(a=r.randrange(100, 2999), d="%02d%02d20%02d" % (r.randrange(1, 12), r.randrange(1, 28), r.randrange(19, 25)),
                       city3=r.choice(["MUM", "DEL", "KOC"]), b=r.randrange(1000, 9999), y=r.randrange(19, 25),
                       y2=r.randrange(76, 82))
    country, role, pay, visa, req = r.choice(LA_JOBS)
    ag = "%s %s" % (r.choice(COMPANY_A), r.choice(["Manpower", "Overseas Employment", "Placement Services", "Global Careers", "Human Resources"]))
    city = r.choice(cities)
    fee = r.choice(LA_FEES)
    fmt = pick(r, want, {"short": ["sms"], "medium": ["bullets", "prose"], "long": ["long"]})
    if fmt == "sms":
        return "sms", "%s (%s): %s jobs in %s, %s. Written contract; %s. Verify our licence with %s. Office: %s." % (
            ag, lic, role, country, pay, visa, regulator, city)
    if fmt == "bullets":
        lines = [r.choice(["🌏 WORK ABROAD LEGALLY 🌏", "📢 OVERSEAS JOB ORDER 📢", "JOBS IN %s" % country.upper(),
                           "✈️ %s – NOW HIRING ✈️" % country.upper(), "HIRING FOR %s 🌍" % country.upper()]),
                 "Position: %s" % role, "Salary: %s" % pay, "✅ Visa: %s" % visa, "✅ Requirement: %s" % req,
                 "✅ Written contract reviewed before departure", "✅ " + fee,
                 "Agency: %s – %s" % (ag, lic), "Verify us with %s before applying." % regulator]
        return r.choice(["facebook", "jobboard", "telegram"]), "\n".join(lines)
    if fmt == "prose":
        return r.choice(["website", "facebook", "linkedin"]), (
            "%s, licensed agency (%s), is recruiting for a %s in %s. Pay: %s. Workers travel on a proper %s; "
            "the contract is signed and verified before departure and you keep your own passport. %s "
            "Check our licence with %s, and apply in person at our %s office." % (
                ag, lic, role.lower(), country, pay, visa, fee, regulator, city))
    lines = ["%s – %s" % (role.upper(), country.upper()), "",
             "Recruitment agency: %s" % ag, "Licence: %s" % lic, "Employer: %s (name and address in the job order)" % r.choice(
                 ["registered company", "licensed employer", "accredited employer"]),
             "Salary: %s" % pay, "Contract: %s years, signed before departure" % r.choice(["1", "2", "3"]),
             "Visa: %s" % visa, "Requirements: %s" % req,
             "Accommodation: %s" % r.choice(["provided by employer as stated in the contract", "employer dormitory, cost written in the contract",
                                              "assistance to find housing; first 2 weeks paid"]),
             "Fees: %s" % fee, "",
             "Process:", "1) Document screening", "2) Employer interview", "3) Medical check at an accredited clinic",
             "4) Contract signing and verification", "5) Visa and pre-departure orientation", "",
             "Apply at our %s office. Verify our licence with %s." % (city, regulator)]
    return r.choice(["website", "jobboard", "facebook"]), "\n".join(lines)


# NGO warning
W_ORGS = ["Migrant support centre", "Safe Migration Network", "Community Anti-Trafficking Group", "Embassy consular section",
          "Labour ministry", "Police cybercrime unit", "Youth employment NGO", "Overseas workers' welfare office",
          "Returnee survivors' network", "Church outreach team"]
W_OPEN = ["⚠️ WARNING: FAKE JOB OFFERS ⚠️", "🚨 SCAM ALERT 🚨", "PSA 📣", "Please share ⚠️", "ADVISORY",
          "Red flag of the week 🚩", "STOP & CHECK 🛑", "Beware!", "Reminder from our caseworkers"]
W_ADVICE = ["Only work abroad through licensed agencies.", "Never travel on a tourist visa for a job.",
            "Ask for a written contract before you leave.", "Keep your passport yourself.",
            "Check the company's registration and address.", "Tell your family where you are going.",
            "Never pay money to get a job or to unlock earnings.", "Save your embassy's emergency number before travelling.",
            "If someone is trapped, contact their embassy first, then the police.",
            "Do not pay 'rescue' groups that ask for a deposit."]


def quoted_lure(r):
    if r.random() < 0.6:
        role = r.choice(C_ROLES)
        return r.choice([
            "\"{role} in {d}, {sal}, {p1}, {p2}\"",
            "\"{ROLE} – {D} – {sal} – {u}\"",
            "\"{req}, {p1}, {sal}, {a}\"",
        ]).format(role=role, ROLE=role.upper(), d=r.choice(C_DEST_SHORT), D=r.choice(C_DEST_SHORT).upper(),
                  sal=r.choice(C_SALARY_USD), p1=r.choice(C_PERKS).rstrip(" ✈️🏠🍚🚗💵").lower(),
                  p2=r.choice(C_PERKS).rstrip(" ✈️🏠🍚🚗💵").lower(), u=r.choice(C_URGENCY).lower(),
                  req=r.choice(C_REQS), a=r.choice(C_ASSURE).lower())
    return "\"Hi, I'm %s from %s, earn %s %s\"" % (r.choice(FIRST_NAMES), r.choice(T_AGENCIES), r.choice(T_PAY), r.choice(T_ACTS))


def legit_warning(r, want):
    org = r.choice(W_ORGS)
    fmt = pick(r, want, {"short": ["sms"], "medium": ["post"], "long": ["long"]})
    adv = r.sample(W_ADVICE, r.randint(2, 4))
    q = quoted_lure(r)
    if fmt == "sms":
        return "sms", r.choice([
            "{o}: offers like {q} are traps. {a}",
            "ALERT: {q} – this is how traffickers recruit. {a}",
            "Scam warning: {q}. {a} {a2}",
        ]).format(o=org, q=q, a=adv[0], a2=adv[1])
    if fmt == "post":
        lines = [r.choice(W_OPEN), "Messages like this are circulating: %s" % q,
                 r.choice(["People who accept are often taken to scam compounds and forced to defraud others.",
                           "Victims lose their deposits and are asked to pay more to 'withdraw'.",
                           "Those who went had their passports taken and were forced to work 14+ hours a day.",
                           "This is a trafficking lure, not a job."])]
        lines += ["✅ " + a for a in adv]
        lines.append("— %s" % org)
        return r.choice(["facebook", "telegram", "website", "whatsapp"]), "\n".join(lines)
    qs = [quoted_lure(r) for _ in range(r.randint(2, 4))]
    lines = [r.choice(W_OPEN), "", "The %s has seen many cases that started with ads like these:" % org.lower()]
    lines += ["• " + x for x in qs]
    lines += ["", "What happened to people who answered:", "• passports and phones taken on arrival",
              "• moved across a border by car or boat", "• forced to scam strangers online",
              "• families asked for money to release them", "", "What you can do:"]
    lines += ["✅ " + a for a in adv]
    return r.choice(["facebook", "website", "telegram"]), "\n".join(lines)


N_NATS = ["Indonesian", "Filipino", "Indian", "Kenyan", "Sri Lankan", "Malaysian", "Nepali", "Ugandan", "Vietnamese", "Thai",
          "Bangladeshi", "Ethiopian"]


def legit_news(r, want):
    nat = r.choice(N_NATS)
    n = r.randrange(7, 260)
    place = r.choice(["Myawaddy", "a compound near the Thai-Myanmar border", "Sihanoukville", "the Golden Triangle SEZ",
                      "a compound in Shan State", "Bavet", "Poipet", "a site in Kampot province"])
    q = quoted_lure(r)
    head = r.choice([
        "{n} {nat} nationals return home after rescue from scam compound",
        "Police free {n} people from scam centre in {place}",
        "{nat} jobseekers warned after {n} trafficked to scam hubs",
        "Court charges recruiters over fake overseas jobs",
        "Government steps up checks at airports to stop trafficking to scam centres",
    ]).format(n=n, nat=nat, place=place)
    body = r.choice([
        "Officials said the victims had responded to online ads reading {q}. After arriving they were taken to {place}, where their passports were confiscated.",
        "According to the labour ministry, most victims were recruited on Facebook and Telegram with offers such as {q}, and crossed borders on tourist visas.",
        "Relatives said the recruiters promised {q}. The victims were made to run online fraud schemes and were beaten for missing targets, police said.",
    ]).format(q=q, place=place)
    tail = r.choice(["Authorities urged citizens to use licensed agencies only.",
                     "The embassy said it was assisting with repatriation.",
                     "Rights groups said the victims should be treated as victims, not criminals.",
                     "Police said investigations into the recruitment network were continuing."])
    k = 0.1 if want == "short" else r.uniform(0.2, 1.0)
    if k < 0.2:
        return "news", "%s. %s" % (head, tail)
    if k < 0.45:
        return "news", "%s\n%s %s" % (head, body, tail)
    if r.random() < 0.5:
        return r.choice(["news", "website"]), "%s\n\n%s\n\n%s\n\n%s" % (
            head, body, r.choice(["One survivor said: \"They told us it was a normal office job. It was a prison.\"",
                                  "A 23-year-old said he paid nothing up front, which made the offer seem safe.",
                                  "Several victims said they had been resold between compounds."]), tail)
    return "news", "%s: %s" % (head, body)


# ---------------------------------------------------------------------------
def build():
    r = random.Random(SEED)
    recs = []
    seen = set(x["text"] for x in HAND)
    for x in HAND:
        recs.append(dict(x, origin="handwritten"))

    def add(label, kind, fn, short, medium, long_):
        # a fixed plan of lengths per kind, so that the corpus gets ~30% short, ~50% medium, ~20% long
        plan = ["short"] * short + ["medium"] * medium + ["long"] * long_
        r.shuffle(plan)
        for want in plan:
            for _ in range(200):
                ch, txt = fn(r, want)
                if txt not in seen:
                    break
            else:
                raise RuntimeError("cannot make a distinct text for %s/%s" % (label, kind))
            seen.add(txt)
            recs.append({"label": label, "kind": kind, "channel": ch, "text": txt, "origin": "templated"})

    add("lure", "compound_abroad", lure_compound, 12, 34, 30)
    add("lure", "task_scam", lure_task, 13, 26, 15)
    for kind, sml in [("local_job", (12, 4, 6)), ("skilled_well_paid", (3, 3, 8)), ("urgent_hiring", (10, 3, 7)),
                      ("chat_app_contact", (10, 3, 5)), ("customer_service_local", (5, 2, 5))]:
        add("legit", kind, lambda rr, want, k=kind: legit_job(rr, k, want), *sml)
    add("legit", "legal_abroad", legit_abroad, 5, 6, 7)
    add("legit", "ngo_warning", legit_warning, 8, 3, 7)
    add("legit", "news", legit_news, 6, 2, 0)
    out = []
    for i, x in enumerate(recs, 1):
        out.append({"id": "own-en-%04d" % i, "text": x["text"], "lang": "en", "label": x["label"], "kind": x["kind"],
                    "channel": x["channel"], "origin": x["origin"]})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "train", "en.jsonl")
    recs = build()
    with open(path, "w", encoding="utf-8") as f:
        for x in recs:
            f.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "records to", os.path.normpath(path))


if __name__ == "__main__":
    main()
