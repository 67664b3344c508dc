using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OpenCsc.Audit;

/// <summary>
/// The hash that chains the audit trail: SHA-256 over a canonical serialisation of every field of an entry except
/// the hash itself. Each field is written as its length, a colon and its text, in a fixed order, so no two different
/// entries serialise alike (a value containing a separator cannot shift the others); null is written as "-".
/// </summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Canonical(AuditEntry entry)
    {
        var builder = new StringBuilder(256);
        Field(builder, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(builder, entry.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
        Field(builder, entry.UserId);
        Field(builder, entry.UserName);
        Field(builder, entry.Address);
        Field(builder, entry.Action.ToString());
        Field(builder, entry.EntityType);
        Field(builder, entry.EntityId);
        Field(builder, entry.ChildId?.ToString(CultureInfo.InvariantCulture));
        Field(builder, entry.Details);
        Field(builder, entry.PreviousHash);
        return builder.ToString();
    }

    public static string Compute(AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(entry))));

    /// <summary>The time as stored: whole microseconds (PostgreSQL's precision), so the hash survives a round trip.</summary>
    public static DateTime ToStoredPrecision(DateTime utc) =>
        DateTime.SpecifyKind(new DateTime(utc.Ticks - (utc.Ticks % 10)), DateTimeKind.Unspecified);

    private static void Field(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-;");
            return;
        }

        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
