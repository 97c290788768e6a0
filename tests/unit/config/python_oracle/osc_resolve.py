# Replicates openstackclient's shell flow up to prepare_to_run_command(validate=True)
# and prints the resolved config (secrets masked) as JSON.
import json, sys
from openstackclient import shell as oscshell
from osc_lib.cli import client_config as cloud_config
from osc_lib import shell as libshell

def main(argv):
    validate = True
    if argv and argv[0] == '--novalidate':
        validate = False; argv = argv[1:]
    app = oscshell.OpenStackShell()
    parser = app.build_option_parser('x', '1')
    app.options, rest = parser.parse_known_args(argv)
    app._final_defaults()
    cc = cloud_config.OSC_Config(pw_func=None, override_defaults={'interface': 'public', 'auth_type': app._auth_type})
    try:
        cloud = cc.get_one(cloud=app.options.cloud, argparse=app.options, validate=validate)
    except Exception as e:
        print(json.dumps({'error': type(e).__name__, 'message': str(e)}))
        return
    cfg = dict(cloud.config)
    auth = dict(cfg.pop('auth', {}))
    for k in list(auth):
        if k in ('password', 'token', 'application_credential_secret'):
            auth[k] = '***'
    keep = {k: cfg.get(k) for k in ('cloud', 'auth_type', 'region_name', 'interface', 'verify', 'insecure', 'cacert', 'cert', 'key', 'api_timeout', 'timeout', 'identity_api_version', 'compute_api_version', 'default_domain') if k in cfg}
    extra = {k: v for k, v in cfg.items() if k.endswith('_endpoint_override') or k.endswith('api_version')}
    print(json.dumps({'name': cloud.name, 'auth': auth, **keep, 'extra': extra, 'verify_args': list(cloud.get_requests_verify_args())}, sort_keys=True, default=str))

main(sys.argv[1:])
