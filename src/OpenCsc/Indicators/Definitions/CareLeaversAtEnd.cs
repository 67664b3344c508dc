using OpenCsc.Codes;

namespace OpenCsc.Indicators.Definitions;

/// <summary>
/// The care leavers the care leaver indicators count at the end of a period: young people recorded as care leavers who
/// are aged 17 to 21 that day (both ages settings: 17 from the 17th birthday, 21 until the day before the 22nd), each
/// with their circumstances as last recorded on or before it (SSDA903 OC3). A young person whose latest record says they
/// have died is not counted.
/// </summary>
internal static class CareLeaversAtEnd
{
    public static IQueryable<CareLeaverAt> At(IndicatorQuery query, DateOnly day)
    {
        int key = DateKeys.Of(day);
        DateOnly bornBy = DateKeys.LastDayUpTo(key - (query.Settings.CareLeaverMinimumAge * 10000));
        DateOnly bornAfter = DateKeys.LastDayUpTo(key - ((query.Settings.CareLeaverMaximumAge + 1) * 10000));
        var statuses = query.Db.CareLeaverStatuses;
        return from l in query.Db.CareLeavers
               join c in query.Db.Children on l.ChildId equals c.Id
               where c.DateOfBirth != null && c.DateOfBirth <= bornBy && c.DateOfBirth > bornAfter
               let latestId = statuses.Where(s => s.CareLeaverId == l.Id && s.RecordedOn <= day)
                   .OrderByDescending(s => s.RecordedOn).ThenByDescending(s => s.Id).Select(s => (long?)s.Id).FirstOrDefault()
               join s in statuses on latestId equals (long?)s.Id into latest
               from s in latest.DefaultIfEmpty()
               where s == null || s.InTouch != "DIED"
               select new CareLeaverAt
               {
                   CareLeaverId = l.Id,
                   ChildId = l.ChildId,
                   InTouch = s == null ? null : s.InTouch,
                   Activity = s == null ? null : s.Activity,
                   AccommodationSuitable = s == null ? null : s.AccommodationSuitable,
               };
    }

    /// <summary>SSDA903 ACTIV codes for young people in education, training or employment, full or part time (G4 to G6 are not).</summary>
    public static readonly string[] InEducationEmploymentOrTraining = [.. CareLeaverCodes.InEducationEmploymentOrTraining.Codes];
}

/// <summary>A care leaver counted at a day, with their latest recorded circumstances.</summary>
internal sealed class CareLeaverAt
{
    public long CareLeaverId { get; init; }

    public long ChildId { get; init; }

    public string? InTouch { get; init; }

    public string? Activity { get; init; }

    public bool? AccommodationSuitable { get; init; }
}
