using OpenCsc.LookedAfter;
using OpenCsc.Returns.Validation.Ssda903;
using OpenCsc.Web.Recording;

namespace OpenCsc.Web.Pages.Children;

/// <summary>Reads a placement's provider from the start-of-care and change forms: required unless the placement type has none.</summary>
public static class PlacementFields
{
    /// <summary>The provider from the "provider" select; left blank when <paramref name="placement"/> has none; nothing read without a placement.</summary>
    public static string? Provider(FormReader form, string field, string? placement)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.Link(field, "provider");
        if (placement is null)
        {
            return null;
        }

        if (Placements.HasNoProvider(placement))
        {
            if (!string.IsNullOrWhiteSpace(form.Raw("provider")))
            {
                form.Problem(field, Placements.NoProviderMessage);
            }

            return null;
        }

        return form.Code(field, "provider", Ssda903Codes.PlaceProvider.Codes, Placements.ProviderMessage);
    }
}
