package vn.tiepdon.server.access;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.tiepdon.core.access.DeviceRequest;
import vn.tiepdon.core.access.DeviceToken;
import vn.tiepdon.core.access.LoginRequest;
import vn.tiepdon.core.access.NewUser;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/** Logging in and out, users and devices (docs/api.md, "Access"). */
public final class AccessRoutes implements Routes.Feature {
    private final AccessService access;
    private final ZoneId zone;

    public AccessRoutes(AccessService access, ZoneId zone) {
        this.access = access;
        this.zone = zone;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/sessions", Allowed.anyone(), ex -> {
            LoginRequest login = ex.body(LoginRequest.class);
            AccessService.Login result = access.login(login.user(), login.password());
            if (result instanceof AccessService.Login.Granted g) {
                return Reply.created(g.session());
            }
            if (result instanceof AccessService.Login.Locked l) {
                throw new ApiProblem(ErrorCode.ACCOUNT_LOCKED, "too many wrong passwords: the account is locked until "
                        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(l.until().atZone(zone).toOffsetDateTime()),
                        Optional.of(l.until()));
            }
            throw new ApiProblem(ErrorCode.WRONG_PASSWORD, "wrong user name or password");
        });
        routes.delete("/api/v1/sessions", Allowed.roles(Role.RECEPTIONIST), ex -> {
            access.logout(ex.token().orElseThrow());
            return Reply.noContent();
        });

        routes.post("/api/v1/users", Allowed.admin(), ex -> {
            NewUser user = ex.body(NewUser.class);
            AccessService.Created created;
            try {
                created = access.createUser(user.user(), user.password(), user.role());
            } catch (AccessService.WeakPasswordException e) {
                throw new ApiProblem(ErrorCode.WEAK_PASSWORD, e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, e.getMessage());
            }
            if (created == AccessService.Created.NAME_TAKEN) {
                throw new ApiProblem(ErrorCode.USER_EXISTS, "the user name '" + user.user() + "' is taken");
            }
            return Reply.created(access.user(user.user()).orElseThrow());
        });
        routes.get("/api/v1/users", Allowed.admin(), ex -> Reply.ok(access.users()));
        routes.delete("/api/v1/users/{user}", Allowed.admin(), ex -> {
            String user = ex.path("user");
            return switch (access.deleteUser(user)) {
                case DELETED -> Reply.noContent();
                case NO_SUCH_USER -> throw new ApiProblem(ErrorCode.UNKNOWN_USER, "no user '" + user + "'");
                case LAST_ADMIN -> throw new ApiProblem(ErrorCode.LAST_ADMIN,
                        "'" + user + "' is the last admin and cannot be deleted");
            };
        });

        routes.post("/api/v1/devices", Allowed.admin(), ex -> {
            DeviceRequest device = ex.body(DeviceRequest.class);
            try {
                return Reply.created(new DeviceToken(access.registerDevice(device.id(), device.role())));
            } catch (IllegalArgumentException e) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, e.getMessage());
            }
        });
        routes.get("/api/v1/devices", Allowed.admin(), ex -> Reply.ok(access.devices()));
        routes.delete("/api/v1/devices/{id}", Allowed.admin(), ex -> {
            String id = ex.path("id");
            if (!access.revokeDevice(id)) {
                throw new ApiProblem(ErrorCode.UNKNOWN_DEVICE, "no active device '" + id + "'");
            }
            return Reply.noContent();
        });
    }
}
