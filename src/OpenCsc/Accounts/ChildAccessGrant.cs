using OpenCsc.Children;
using OpenCsc.Data;

namespace OpenCsc.Accounts;

/// <summary>
/// A person named on a restricted child's record (a staff member's relative, an adoption): only the people named
/// see it, whatever their role.
/// </summary>
public class ChildAccessGrant : Entity
{
    public long ChildId { get; set; }

    public Child? Child { get; set; }

    public long StaffAccountId { get; set; }

    public StaffAccount? StaffAccount { get; set; }
}
