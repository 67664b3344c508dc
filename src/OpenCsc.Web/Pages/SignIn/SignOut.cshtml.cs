using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenCsc.Accounts;

namespace OpenCsc.Web.Pages.SignIn;

/// <summary>Signs out (a POST from the header's button, with its anti-forgery token) and goes back to the sign-in page.</summary>
public sealed class SignOutModel(SignInManager<StaffAccount> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/sign-in");
    }
}
