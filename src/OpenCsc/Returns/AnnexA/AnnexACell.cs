namespace OpenCsc.Returns.AnnexA;

public enum AnnexACellKind
{
    Blank,
    Text,
    Date,
    Number,
}

/// <summary>
/// One cell of an Annex A list: blank, text, a date (written as a real Excel date) or a whole number. The implicit
/// conversions let a column say <c>r => r.ReferralDate</c>; null converts to a blank cell.
/// </summary>
public readonly record struct AnnexACell
{
    private AnnexACell(AnnexACellKind kind, string? text, DateOnly date, long number)
    {
        Kind = kind;
        Text = text;
        Date = date;
        Number = number;
    }

    public AnnexACellKind Kind { get; }

    public string? Text { get; }

    public DateOnly Date { get; }

    public long Number { get; }

    public static AnnexACell Blank => default;

    public static AnnexACell Of(string? text) =>
        string.IsNullOrEmpty(text) ? Blank : new AnnexACell(AnnexACellKind.Text, text, default, 0);

    public static AnnexACell Of(DateOnly? date) =>
        date is { } value ? new AnnexACell(AnnexACellKind.Date, null, value, 0) : Blank;

    public static AnnexACell Of(long? number) =>
        number is { } value ? new AnnexACell(AnnexACellKind.Number, null, default, value) : Blank;

    public static implicit operator AnnexACell(string? text) => Of(text);

    public static implicit operator AnnexACell(DateOnly? date) => Of(date);

    public static implicit operator AnnexACell(int? number) => Of(number);
}
