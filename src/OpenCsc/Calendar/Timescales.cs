namespace OpenCsc.Calendar;

/// <summary>Calendar (not working-day) arithmetic used by statutory timescales.</summary>
public static class Timescales
{
    /// <summary>
    /// Adds calendar months, clamping to the end of the month when the day does not exist
    /// (31 January + 1 month = 28 February, or 29 February in a leap year). Negative values go backwards.
    /// </summary>
    public static DateOnly AddMonths(DateOnly date, int months) => date.AddMonths(months);

    /// <summary>Adds whole weeks (7 calendar days each); negative values go backwards.</summary>
    public static DateOnly AddWeeks(DateOnly date, int weeks) => date.AddDays(checked(weeks * 7));

    /// <summary>Age in completed years on <paramref name="asAt"/>.</summary>
    /// <remarks>
    /// A person attains an age at the start of the anniversary of their birth (Family Law Reform Act 1969, s.9).
    /// UK convention for someone born on 29 February: in a non-leap year the age is attained on 1 March, not
    /// 28 February. Comparing (month, day) does exactly that, because 28 February is before 29 February and 1 March is
    /// after it.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asAt"/> is before <paramref name="dateOfBirth"/>.</exception>
    public static int AgeInYears(DateOnly dateOfBirth, DateOnly asAt)
    {
        if (asAt < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(asAt), asAt, "asAt must not be before the date of birth.");
        }

        var age = asAt.Year - dateOfBirth.Year;
        if (asAt.Month < dateOfBirth.Month || (asAt.Month == dateOfBirth.Month && asAt.Day < dateOfBirth.Day))
        {
            age--;
        }

        return age;
    }
}
