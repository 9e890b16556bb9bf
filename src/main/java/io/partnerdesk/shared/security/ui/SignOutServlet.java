package io.partnerdesk.shared.security.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signing out ({@code POST /sign-out}): ends the container sign-in and the session, then shows the
 * login page. Only POST, so that no link or image elsewhere can sign a person out; the session
 * cookie is SameSite=Lax, so no other site can post here with it either.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }
}
