namespace OpenCsc.Data;

/// <summary>A record that belongs to one child: a plan, an enquiry, an episode.</summary>
public interface IChildRecord
{
    long ChildId { get; }
}
