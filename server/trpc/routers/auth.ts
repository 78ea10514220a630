import { z } from "zod";
import { acceptInviteInputSchema } from "@/lib/schemas/team";
import { deleteSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { signIn } from "@/server/services/auth/sign-in";
import { isSignUpOpen, signUpOwner } from "@/server/services/auth/sign-up-owner";
import { acceptInvite } from "@/server/services/team/accept-invite";
import { describeInvite } from "@/server/services/team/describe-invite";
import { clearedCookie, sessionCookie } from "../cookies";
import { createTRPCRouter, publicProcedure } from "../init";

const credentials = z.object({
  email: z.email(),
  password: z.string().min(8, "at least 8 characters").max(200),
});

function setSessionCookie(
  ctx: { resHeaders: Headers; isHttps: boolean },
  session: { token: string; expiresAt: Date },
) {
  ctx.resHeaders.append(
    "set-cookie",
    sessionCookie(SESSION_COOKIE, session.token, session.expiresAt, { secure: ctx.isHttps }),
  );
}

export const authRouter = createTRPCRouter({
  status: publicProcedure.query(async ({ ctx }) => ({
    session: ctx.session
      ? { email: ctx.session.email, workspaceName: ctx.session.workspaceName }
      : null,
    isSignUpOpen: await isSignUpOpen(ctx.db),
  })),
  signIn: publicProcedure.input(credentials).mutation(async ({ ctx, input }) => {
    const session = await signIn(ctx.db, input);
    setSessionCookie(ctx, session);
    return { ok: true };
  }),
  signUp: publicProcedure
    .input(credentials.extend({ name: z.string().trim().max(100).optional() }))
    .mutation(async ({ ctx, input }) => {
      const session = await signUpOwner(ctx.db, input);
      setSessionCookie(ctx, session);
      return { ok: true };
    }),
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await deleteSession(ctx.db, ctx.sessionToken);
    ctx.resHeaders.append("set-cookie", clearedCookie(SESSION_COOKIE, { secure: ctx.isHttps }));
    return { ok: true };
  }),
  invite: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .query(({ ctx, input }) => describeInvite({ db: ctx.db, token: input.token })),
  acceptInvite: publicProcedure.input(acceptInviteInputSchema).mutation(async ({ ctx, input }) => {
    const session = await acceptInvite({ db: ctx.db, input });
    setSessionCookie(ctx, session);
    return { ok: true };
  }),
});
