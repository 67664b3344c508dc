namespace OpenCsc.Borough.Generation;

/// <summary>The small built-in lists the synthetic borough draws names and places from.</summary>
internal static class DemoLists
{
    public enum NameGroup
    {
        WhiteBritish,
        WhiteOther,
        SouthAsian,
        BlackAfrican,
        BlackCaribbean,
        EastAsian,
        MiddleEastern,
        Afghan,
        HornOfAfrica,
        Albanian,
    }

    public static readonly string[][] BoysNames =
    [
        ["Oliver", "Harry", "George", "Jack", "Charlie", "Thomas", "James", "William", "Alfie", "Freddie", "Archie", "Leo", "Oscar", "Henry", "Theo", "Joshua", "Daniel", "Samuel", "Lewis", "Ryan"],
        ["Jakub", "Filip", "Luca", "Andrei", "Mateusz", "Nikola", "Marco", "Adrian", "Dawid", "Stefan", "Ivan", "Tomasz"],
        ["Mohammed", "Aarav", "Arjun", "Rohan", "Ibrahim", "Zain", "Ayaan", "Vihaan", "Hamza", "Rayan", "Dev", "Kabir"],
        ["David", "Samuel", "Emmanuel", "Daniel", "Joshua", "Tobi", "Kwame", "Chidi", "Femi", "Kofi", "Elijah", "Isaac"],
        ["Tyrone", "Marcus", "Jordan", "Kai", "Jayden", "Andre", "Malik", "Nathan", "Reuben", "Isaiah"],
        ["Wei", "Jun", "Hao", "Ethan", "Lucas", "Kenji", "Minh", "Ryan"],
        ["Ali", "Omar", "Yusuf", "Amir", "Karim", "Sami", "Reza", "Daniyal", "Arman", "Elias"],
        ["Ahmad", "Mohammad", "Ali", "Hamid", "Rahim", "Farid", "Jawad", "Bilal", "Nasir", "Sohail"],
        ["Yonas", "Abel", "Dawit", "Samuel", "Mohamed", "Abdi", "Tesfay", "Filmon", "Ahmed", "Kidane"],
        ["Arben", "Ermal", "Klajdi", "Besnik", "Dritan", "Erion", "Gentian", "Altin"],
    ];

    public static readonly string[][] GirlsNames =
    [
        ["Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Lily", "Freya", "Poppy", "Ella", "Evie", "Chloe", "Jessica", "Ruby", "Mia", "Holly", "Megan", "Lucy", "Daisy"],
        ["Zofia", "Maja", "Alicja", "Elena", "Ioana", "Natalia", "Julia", "Hanna", "Anastasia", "Milena"],
        ["Aisha", "Fatima", "Zara", "Anaya", "Maryam", "Priya", "Sana", "Amira", "Inaya", "Riya", "Diya", "Hafsa"],
        ["Grace", "Esther", "Blessing", "Precious", "Adaeze", "Amara", "Abena", "Favour", "Ruth", "Deborah", "Ama", "Zainab"],
        ["Aaliyah", "Jade", "Shanice", "Kiara", "Tia", "Leah", "Naomi", "Jasmine", "Maya", "Shantel"],
        ["Mei", "Lin", "Yan", "Emma", "Chloe", "Hana", "Linh", "Grace"],
        ["Leila", "Yasmin", "Nour", "Sara", "Mariam", "Dina", "Shirin", "Laila", "Rana", "Hiba"],
        ["Fatima", "Zahra", "Marzia", "Parwana", "Sahar", "Nargis", "Madina", "Shabnam"],
        ["Helen", "Selam", "Hiwot", "Ruth", "Fatuma", "Hodan", "Saba", "Luwam", "Hana", "Muna"],
        ["Klea", "Ana", "Elira", "Arta", "Besa", "Dea", "Era", "Sara"],
    ];

    public static readonly string[][] Surnames =
    [
        ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Harris", "Lewis", "Cooper", "King", "Baker", "Turner", "Hill", "Moore", "Ward", "Morris"],
        ["Nowak", "Kowalski", "Popescu", "Ionescu", "Horvat", "Rossi", "Silva", "Wisniewski", "Petrov", "Novak", "Kaminski", "Murphy", "Kelly", "Papadopoulos"],
        ["Khan", "Patel", "Ahmed", "Hussain", "Begum", "Shah", "Ali", "Singh", "Kaur", "Rahman", "Islam", "Sharma", "Iqbal", "Chowdhury", "Mistry", "Desai"],
        ["Okafor", "Adeyemi", "Mensah", "Osei", "Nwosu", "Okoye", "Boateng", "Adebayo", "Owusu", "Eze", "Asante", "Bello", "Ogunleye", "Abiola"],
        ["Campbell", "Brown", "Francis", "Grant", "Thomas", "Edwards", "Richards", "Samuels", "Bailey", "Henry", "Clarke", "Reid"],
        ["Chen", "Wang", "Li", "Zhang", "Liu", "Nguyen", "Tran", "Wong", "Lee", "Tanaka"],
        ["Hassan", "Rahimi", "Karimi", "Hosseini", "Haddad", "Yilmaz", "Demir", "Aziz", "Mansour", "Saleh", "Kaya", "Abbas"],
        ["Ahmadi", "Mohammadi", "Rahimi", "Sultani", "Noori", "Hakimi", "Safi", "Popal", "Wardak", "Amiri"],
        ["Tesfaye", "Haile", "Gebremedhin", "Tekle", "Mohamed", "Abdi", "Hussein", "Ali", "Osman", "Berhane"],
        ["Hoxha", "Shehu", "Gashi", "Krasniqi", "Berisha", "Dervishi", "Kola", "Leka"],
    ];

    /// <summary>Postcode districts of the synthetic borough; the first three hold the deprived LSOAs.</summary>
    public static readonly string[] HomeDistricts = ["NW9", "HA8", "EN5", "N2", "N3", "N11", "N12", "N14", "N20", "NW4", "NW7", "NW11", "EN4"];

    /// <summary>Districts and LA codes of placements outside the borough.</summary>
    public static readonly (string District, string LaCode)[] OutOfBoroughPlacements =
    [
        ("HA9", "304"), ("NW2", "304"), ("EN1", "308"), ("N9", "308"), ("HA1", "310"), ("HA3", "310"), ("N17", "309"),
        ("NW1", "202"), ("WD6", "919"), ("AL1", "919"), ("LU1", "821"), ("MK9", "826"), ("B12", "330"), ("ME4", "886"),
        ("SS1", "882"), ("CM1", "881"), ("RM1", "311"), ("E17", "320"),
    ];

    public const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public const int LsoaCount = 211;

    public const int DeprivedLsoaCount = 47;

    public static readonly string[] AbsentAgencyReasons =
    [
        "Police not available within the timescale; information shared by email afterwards",
        "Health representative not available; GP information requested",
        "Held out of hours with the emergency duty team; police only",
        "Health invited but did not attend",
        "Police officer called away; notes sent after the meeting",
        "School nurse unavailable; health visitor consulted separately",
    ];

    public static readonly string[] OtherAgencies = ["Probation", "Housing", "Youth Justice Service", "CAMHS", "Adult mental health", "Domestic abuse service"];
}
