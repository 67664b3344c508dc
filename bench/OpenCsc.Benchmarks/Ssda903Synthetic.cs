using System.Globalization;
using System.Text;
using OpenCsc.Returns;

namespace OpenCsc.Benchmarks;

/// <summary>
/// A synthetic SSDA903 return of any size, written as the DfE's CSV tables (the 2026/27 columns) for the validation
/// benchmarks. Per child looked after: 1 to 8 episodes (about 4.7, England's 400,000 episodes for 85,000 children),
/// two to four reviews, one in eight missing or away 1 to 15 times, one to three social worker episodes, an OC2 row
/// for those looked after all year; a care leaver with an OC3 row for every five children looked after, a few adopted
/// (AD1) or placed for adoption, previous permanence for starters, UASC for one in twelve. A few values are wrong on
/// purpose (one child in 97 has an invalid ethnicity, one in 89 a review code out of the list) so rules have rows to
/// flag; the rest is plausible but not clean.
/// </summary>
public static class Ssda903Synthetic
{
    private static readonly string[] Placements = ["U1", "U2", "U3", "U4", "U5", "U6", "K2", "R1", "H5", "P1"];
    private static readonly string[] LegalStatuses = ["C2", "C2", "C2", "V2", "C1", "E1", "J2"];
    private static readonly string[] NewEpisodeReasons = ["P", "P", "L", "T", "B", "U"];
    private static readonly string[] CeasedReasons = ["E4A", "E13", "E41", "E45", "E8", "E11", "E12"];
    private static readonly string[] Participation = ["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"];
    private static readonly string[] SocialWorkerReasons = ["MANAGE", "LEFTRL", "TSPROC", "ORGRST", "OTHERS"];

    /// <summary>Writes this year's and last year's returns into two new folders under <paramref name="root"/>; returns them.</summary>
    public static (string ThisYear, string LastYear) WriteBoth(string root, int children, CollectionYear year)
    {
        string thisYear = Path.Combine(root, "this-year");
        string lastYear = Path.Combine(root, "last-year");
        Write(thisYear, children, year, seed: 1);
        Write(lastYear, children, new CollectionYear(year.Year - 1), seed: 2);
        return (thisYear, lastYear);
    }

    /// <summary>Writes one year's return of <paramref name="children"/> children looked after (plus care leavers) into a folder.</summary>
    public static void Write(string folder, int children, CollectionYear year, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        using var header = Table(folder, "header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB");
        using var episodes = Table(folder, "episodes.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN");
        using var reviews = Table(folder, "reviews.csv", "CHILD,DOB,REVIEW,REVIEW_CODE");
        using var missing = Table(folder, "missing.csv", "CHILD,DOB,MISSING,MIS_START,MIS_END");
        using var oc2 = Table(folder, "oc2.csv", "CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED");
        using var oc3 = Table(folder, "oc3.csv", "CHILD,DOB,IN_TOUCH,ACTIV,ACCOM");
        using var ad1 = Table(folder, "ad1.csv", "CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR");
        using var placed = Table(folder, "placed_for_adoption.csv", "CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED");
        using var permanence = Table(folder, "previous_permanence.csv", "CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM");
        using var social = Table(folder, "sw_episodes.csv", "CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,SW_REASON");
        using var uasc = Table(folder, "uasc.csv", "CHILD,SEX,DOB,DUC");

        int leavers = children / 5;
        for (int i = 0; i < children + leavers; i++)
        {
            string child = "C" + i.ToString(CultureInfo.InvariantCulture);
            bool leaver = i >= children;
            DateOnly birth = leaver
                ? year.End.AddYears(-17).AddDays(-random.Next(0, (4 * 365) + 300))
                : year.End.AddDays(-random.Next(30, 17 * 365));
            string dob = Day(birth);
            string sex = random.Next(2) == 0 ? "M" : "F";
            header.WriteLine(string.Join(',', child, sex, dob, i % 97 == 0 ? "XXXX" : "WBRI", "A" + (100_000_000_000L + i).ToString(CultureInfo.InvariantCulture),
                sex == "F" && !leaver ? "0" : "", ""));
            if (leaver)
            {
                oc3.WriteLine(random.Next(10) < 9 ? $"{child},{dob},YES,F2,D1" : $"{child},{dob},NO,0,0");
                continue;
            }

            // Episodes: a starter's first is in the year (RNE S); the others began before it.
            bool starter = random.Next(100) < 35;
            DateOnly from = starter ? year.Start.AddDays(random.Next(0, 200)) : year.Start.AddDays(-random.Next(30, 2000));
            if (from < birth)
            {
                from = birth.AddDays(1);
            }

            int count = 1 + random.Next(8);
            bool ceases = random.Next(100) < 30;
            int span = Math.Max(count, year.End.DayNumber - Math.Max(from.DayNumber, year.Start.DayNumber));
            DateOnly episodeStart = from;
            for (int e = 0; e < count; e++)
            {
                bool last = e == count - 1;
                DateOnly? end = last
                    ? ceases ? year.End.AddDays(-random.Next(0, 90)) : null
                    : (episodeStart < year.Start ? year.Start : episodeStart).AddDays(1 + random.Next(Math.Max(1, span / count)));
                if (end is { } stop && stop <= episodeStart)
                {
                    end = episodeStart.AddDays(1);
                }

                string rne = e == 0 ? "S" : NewEpisodeReasons[random.Next(NewEpisodeReasons.Length)];
                string rec = end is null ? "" : last ? CeasedReasons[random.Next(CeasedReasons.Length)] : "X1";
                episodes.WriteLine(string.Join(',', child, Day(episodeStart), rne, LegalStatuses[random.Next(LegalStatuses.Length)], "N1",
                    Placements[random.Next(Placements.Length)], "PR1", end is { } d ? Day(d) : "", rec, end is not null && !last ? "CARPL" : "",
                    "N17 5ND", "NW9 8TP", "SC123456"));
                if (end is not { } next)
                {
                    break;
                }

                episodeStart = next;
            }

            int reviewCount = 2 + random.Next(3);
            for (int r = 0; r < reviewCount; r++)
            {
                DateOnly review = year.Start.AddDays(20 + (r * 110) + random.Next(30));
                reviews.WriteLine($"{child},{dob},{Day(review)},{(i % 89 == 0 && r == 0 ? "PN9" : Participation[random.Next(Participation.Length)])}");
            }

            if (random.Next(8) == 0)
            {
                int times = 1 + random.Next(15);
                for (int m = 0; m < times; m++)
                {
                    DateOnly away = year.Start.AddDays(random.Next(0, 360));
                    missing.WriteLine($"{child},{dob},{(random.Next(3) == 0 ? "A" : "M")},{Day(away)},{Day(away.AddDays(random.Next(0, 4)))}");
                }
            }

            int workers = 1 + random.Next(3);
            DateOnly workerFrom = from < year.Start.AddYears(-1) ? year.Start.AddYears(-1) : from;
            for (int w = 0; w < workers; w++)
            {
                DateOnly? workerTo = w == workers - 1 ? null : workerFrom.AddDays(60 + random.Next(120));
                social.WriteLine(string.Join(',', child, dob, "SW" + (100_000 + (i % 40_000)).ToString(CultureInfo.InvariantCulture) + w.ToString(CultureInfo.InvariantCulture),
                    Day(workerFrom), workerTo is { } t ? Day(t) : "", SocialWorkerReasons[random.Next(SocialWorkerReasons.Length)]));
                if (workerTo is not { } next)
                {
                    break;
                }

                workerFrom = next;
            }

            if (!starter && !ceases)
            {
                int age = year.End.Year - birth.Year;
                oc2.WriteLine(string.Join(',', child, dob, age is >= 4 and <= 17 ? random.Next(0, 41).ToString(CultureInfo.InvariantCulture) : "", "",
                    age >= 10 ? "0" : "", age < 5 ? "1" : "", "1", "1", "1", age >= 10 ? "0" : "", "", ""));
            }

            if (starter)
            {
                permanence.WriteLine($"{child},{dob},Z1,,");
            }

            if (birth > year.End.AddYears(-6) && random.Next(12) == 0)
            {
                DateOnly decided = from.AddDays(120);
                placed.WriteLine($"{child},{dob},{Day(decided)},,");
                if (random.Next(3) == 0)
                {
                    ad1.WriteLine($"{child},{dob},{Day(decided)},{Day(decided.AddDays(90))},0,2,MF,L12");
                }
            }

            if (random.Next(12) == 0)
            {
                uasc.WriteLine($"{child},{sex},{dob},");
            }
        }
    }

    private static StreamWriter Table(string folder, string file, string columns)
    {
        var writer = new StreamWriter(Path.Combine(folder, file), false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine(columns);
        return writer;
    }

    private static string Day(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
