using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenCsc.Audit;

/// <summary>How audit details are written: codes by name, dates in ISO form, text unescaped beyond what JSON needs.</summary>
internal static class AuditJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
