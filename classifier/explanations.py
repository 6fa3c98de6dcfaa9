"""Plain-language red-flag explanations and risk-level labels in English, Vietnamese, Korean and Khmer."""


EXPLANATIONS: dict[str, dict[str, str]] = {
    "HIGH_PAY_EASY_WORK": {
        "en": "Real jobs rarely pay a lot for easy work that needs no skills.",
        "vi": "Việc nhẹ mà lương cao, không cần tay nghề, hiếm khi là việc thật.",
        "ko": "기술도 필요 없는 쉬운 일에 큰돈을 주는 진짜 일자리는 거의 없어요.",
        "km": "ការងារពិតកម្រនឹងផ្ដល់ប្រាក់ខែខ្ពស់ណាស់ សម្រាប់ការងារស្រួលដែលមិនត្រូវការជំនាញ។",
    },
    "PAY_ABOVE_NORM": {
        "en": "The pay is far above the usual wage for this kind of job.",
        "vi": "Mức lương cao hơn nhiều so với mức bình thường của loại việc này.",
        "ko": "이런 일의 보통 임금보다 급여가 훨씬 높아요.",
        "km": "ប្រាក់ខែខ្ពស់ជាងប្រាក់ឈ្នួលធម្មតាសម្រាប់ការងារបែបនេះច្រើនណាស់។",
    },
    "TASK_COMMISSION": {
        "en": "Being paid per like, order or online task from your phone is a known scam: later they ask you to pay in.",
        "vi": "Trả tiền theo lượt thích, đơn hàng hay nhiệm vụ trên điện thoại là chiêu lừa quen thuộc: sau đó họ bắt bạn nạp tiền.",
        "ko": "휴대폰으로 좋아요, 주문, 리뷰 같은 일을 하고 수수료를 받는 건 흔한 사기예요. 나중엔 돈을 넣으라고 해요.",
        "km": "ការឱ្យលុយតាមការចុចចូលចិត្ត ការបញ្ជាទិញ ឬកិច្ចការតាមទូរស័ព្ទ ជាល្បិចបោកប្រាស់ទូទៅ៖ ក្រោយមកគេឱ្យអ្នកដាក់លុយ។",
    },
    "NO_REQUIREMENTS": {
        "en": "No experience or skills needed, only your age: scammers want anyone they can lure.",
        "vi": "Không cần kinh nghiệm hay bằng cấp, chỉ hỏi tuổi: kẻ lừa đảo muốn dụ được càng nhiều người càng tốt.",
        "ko": "경력이나 기술은 묻지 않고 나이만 따져요. 사기꾼은 누구든 끌어들이려 해요.",
        "km": "មិនត្រូវការបទពិសោធន៍ ឬជំនាញទេ សួរតែអាយុ៖ ជនបោកប្រាស់ចង់បញ្ឆោតអ្នកណាក៏បាន។",
    },
    "TRAVEL_PAID": {
        "en": "Paying your flight or visa up front is a way to take you away and make you owe them.",
        "vi": "Họ trả trước vé máy bay, thị thực để đưa bạn đi, rồi bắt bạn gánh nợ.",
        "ko": "항공권이나 비자 비용을 먼저 내주는 건 데려간 뒤 빚을 지우려는 수법이에요.",
        "km": "ការចេញថ្លៃសំបុត្រយន្តហោះ ឬទិដ្ឋាការឱ្យមុន គឺជាល្បិចនាំអ្នកទៅ ហើយធ្វើឱ្យអ្នកជំពាក់បំណុលគេ។",
    },
    "HOTSPOT_DESTINATION": {
        "en": "The job is in a place known for scam compounds, where workers are held against their will.",
        "vi": "Nơi làm việc nằm ở vùng có nhiều khu lừa đảo giam giữ người lao động.",
        "ko": "근무지가 사람을 가둬 두는 사기 범죄 단지로 알려진 지역이에요.",
        "km": "កន្លែងធ្វើការស្ថិតនៅតំបន់ដែលគេស្គាល់ថាមានទីតាំងបោកប្រាស់ ដែលឃុំឃាំងកម្មករ។",
    },
    "JOB_ABROAD": {
        "en": "The job is abroad. Traffickers often promise work in Thailand or Dubai, then take people to scam compounds nearby.",
        "vi": "Việc làm ở nước ngoài. Kẻ lừa đảo hay hứa việc ở Thái Lan, Dubai rồi đưa người sang các khu lừa đảo gần đó.",
        "ko": "해외 일자리예요. 태국이나 두바이 일자리라고 해 놓고 근처 범죄 단지로 데려가는 경우가 많아요.",
        "km": "ការងារនៅក្រៅប្រទេស។ ជនខិលខូចតែងសន្យាការងារនៅថៃ ឬឌូបៃ រួចនាំមនុស្សទៅទីតាំងបោកប្រាស់ក្បែរនោះ។",
    },
    "CHAT_APP_CONTACT": {
        "en": "They only talk through chat apps like Telegram or WhatsApp and have no real office.",
        "vi": "Họ chỉ liên lạc qua Telegram, Zalo hay WhatsApp, không có văn phòng công ty thật.",
        "ko": "텔레그램이나 카카오톡 같은 메신저로만 연락하고 실제 사무실이 없어요.",
        "km": "គេទាក់ទងតែតាម Telegram ឬ WhatsApp ប៉ុណ្ណោះ ហើយគ្មានការិយាល័យក្រុមហ៊ុនពិតប្រាកដទេ។",
    },
    "UPFRONT_FEE": {
        "en": "Real employers never ask you to pay a fee or deposit before you start work.",
        "vi": "Nhà tuyển dụng thật không bao giờ bắt bạn đóng phí hay đặt cọc trước khi đi làm.",
        "ko": "진짜 고용주는 일을 시작하기 전에 수수료나 보증금을 요구하지 않아요.",
        "km": "និយោជកពិតមិនដែលឱ្យអ្នកបង់ថ្លៃ ឬប្រាក់កក់ មុនពេលចាប់ផ្ដើមធ្វើការទេ។",
    },
    "DEPOSIT_TO_UNLOCK": {
        "en": "They ask you to deposit or top up money first to activate the account or unlock your pay: this is how task scams take your money.",
        "vi": "Họ bắt bạn nạp tiền trước để kích hoạt tài khoản hay mở khóa tiền lương: đây là cách lừa đảo làm nhiệm vụ lấy tiền của bạn.",
        "ko": "계정을 활성화하거나 수당을 받으려면 먼저 돈을 입금하라고 해요. 부업·미션 사기가 돈을 빼앗는 방식이에요.",
        "km": "គេឱ្យអ្នកដាក់ប្រាក់មុន ដើម្បីបើកគណនី ឬដើម្បីបើកប្រាក់ឈ្នួល៖ នេះជាវិធីដែលការបោកប្រាស់ធ្វើកិច្ចការយកលុយអ្នក។",
    },
    "PASSPORT_REQUEST": {
        "en": "Asking for your passport or ID up front can be a way to control you later.",
        "vi": "Đòi hộ chiếu hay giấy tờ tùy thân ngay từ đầu có thể là cách để khống chế bạn sau này.",
        "ko": "처음부터 여권이나 신분증을 달라는 건 나중에 꼼짝 못 하게 하려는 수법일 수 있어요.",
        "km": "ការសុំលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណតាំងពីដំបូង អាចជាវិធីគ្រប់គ្រងអ្នកនៅពេលក្រោយ។",
    },
    "URGENCY": {
        "en": "They rush you so you have no time to check the offer or ask anyone.",
        "vi": "Họ hối thúc để bạn không kịp kiểm tra hay hỏi ý kiến ai.",
        "ko": "서두르게 만들어서 확인하거나 누구에게 물어볼 시간을 주지 않아요.",
        "km": "គេប្រញាប់ប្រញាល់អ្នក ដើម្បីកុំឱ្យអ្នកមានពេលពិនិត្យ ឬសួរនរណាម្នាក់។",
    },
    "VAGUE_EMPLOYER": {
        "en": "There is no company name, address or registration number, so nobody can check who they are.",
        "vi": "Không có tên công ty, địa chỉ hay mã số đăng ký, nên không ai kiểm tra được họ là ai.",
        "ko": "회사 이름, 주소, 등록번호가 없어서 누구인지 확인할 수 없어요.",
        "km": "គ្មានឈ្មោះក្រុមហ៊ុន អាសយដ្ឋាន ឬលេខចុះបញ្ជីទេ ដូច្នេះគ្មាននរណាអាចពិនិត្យថាគេជានរណាបានទេ។",
    },
    "RISKY_ROLE_ABROAD": {
        "en": "Typing, customer service, online sales, casino or crypto jobs abroad are what scam compounds recruit for.",
        "vi": "Đánh máy, chăm sóc khách hàng, bán hàng qua mạng, sòng bạc, tiền ảo ở nước ngoài: các khu lừa đảo thường tuyển người làm những việc này.",
        "ko": "해외 타자, 고객 상담, 온라인 홍보, 카지노, 가상화폐 일은 사기 범죄 단지가 흔히 내거는 일자리예요.",
        "km": "ការងារវាយអក្សរ សេវាអតិថិជន លក់តាមអ៊ីនធឺណិត កាស៊ីណូ ឬលុយឌីជីថលនៅក្រៅប្រទេស ជាការងារដែលទីតាំងបោកប្រាស់ជ្រើសរើស។",
    },
    "REASSURANCE": {
        "en": "They insist the job is legal and safe, with no confinement: real employers don't need to say this.",
        "vi": "Họ cứ khẳng định việc hợp pháp, an toàn, không giam giữ: công ty thật không cần phải nói vậy.",
        "ko": "합법이고 안전하며 감금이 없다고 굳이 강조해요. 진짜 고용주는 그런 말을 할 필요가 없어요.",
        "km": "គេអះអាងថាការងារស្របច្បាប់ មានសុវត្ថិភាព មិនឃុំខ្លួន៖ និយោជកពិតមិនចាំបាច់និយាយបែបនេះទេ។",
    },
    "FREE_BOARD_ABROAD": {
        "en": "Free food and housing abroad without a contract can be a trap to keep you from leaving.",
        "vi": "Bao ăn ở miễn phí ở nước ngoài mà không có hợp đồng có thể là cái bẫy để giữ chân bạn.",
        "ko": "계약서 없이 해외에서 숙식을 공짜로 준다는 건 떠나지 못하게 하려는 함정일 수 있어요.",
        "km": "អាហារ និងកន្លែងស្នាក់នៅឥតគិតថ្លៃនៅក្រៅប្រទេស ដោយគ្មានកិច្ចសន្យា អាចជាអន្ទាក់កុំឱ្យអ្នកចាកចេញបាន។",
    },
    "ILLEGAL_CROSSING": {
        "en": "Crossing the border without proper papers leaves you unprotected and at their mercy.",
        "vi": "Vượt biên không có giấy tờ hợp lệ khiến bạn không được ai bảo vệ và dễ bị khống chế.",
        "ko": "정식 서류 없이 국경을 넘으면 아무 보호도 못 받고 그들 손에 놓이게 돼요.",
        "km": "ការឆ្លងព្រំដែនដោយគ្មានឯកសារត្រឹមត្រូវ ធ្វើឱ្យអ្នកគ្មានការការពារ ហើយងាយត្រូវគេគ្រប់គ្រង។",
    },
    "KNOWN_LURE": {
        "en": "This ad closely resembles an ad confirmed as a scam-recruitment lure on {date}.",
        "vi": "Tin này rất giống một tin tuyển dụng đã được xác nhận là lừa đảo vào ngày {date}.",
        "ko": "이 글은 {date}에 취업 사기 미끼로 확인된 광고와 매우 비슷해요.",
        "km": "ប្រកាសនេះស្រដៀងខ្លាំងនឹងប្រកាសមួយ ដែលត្រូវបានបញ្ជាក់ថាជាអន្ទាក់ជ្រើសរើសការងារបោកប្រាស់ នៅថ្ងៃទី {date}។",
    },
    "MODEL_SIMILAR": {
        "en": "The wording closely resembles known scam-recruitment ads.",
        "vi": "Cách viết rất giống những tin tuyển dụng lừa đảo đã được biết đến.",
        "ko": "문구가 알려진 취업 사기 광고와 매우 비슷해요.",
        "km": "ពាក្យពេចន៍ស្រដៀងខ្លាំងនឹងប្រកាសជ្រើសរើសការងារបោកប្រាស់ដែលគេធ្លាប់ស្គាល់។",
    },
}

LEVEL_NAMES: dict[str, dict[str, str]] = {
    "high_risk": {"en": "High risk", "vi": "Rủi ro cao", "ko": "위험 높음", "km": "ហានិភ័យខ្ពស់"},
    "suspicious": {"en": "Suspicious", "vi": "Đáng ngờ", "ko": "의심스러움", "km": "គួរឱ្យសង្ស័យ"},
    "low_risk": {"en": "Low risk", "vi": "Rủi ro thấp", "ko": "위험 낮음", "km": "ហានិភ័យទាប"},
}
