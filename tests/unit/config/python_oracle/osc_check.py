# Runs osc_lib's ClientManager.setup_auth checks (check_valid_authentication_options) after get_one.
import json, sys
from openstackclient import shell as oscshell
from osc_lib.cli import client_config as cloud_config
from osc_lib.api import auth as oscauth
app = oscshell.OpenStackShell()
parser = app.build_option_parser('x', '1')
app.options, rest = parser.parse_known_args(sys.argv[1:])
app._final_defaults()
cc = cloud_config.OSC_Config(pw_func=None, override_defaults={'interface': 'public', 'auth_type': app._auth_type})
try:
    cloud = cc.get_one(cloud=app.options.cloud, argparse=app.options, validate=True)
    oscauth.check_valid_authentication_options(cloud, cloud.config['auth_type'])
    print("OK")
except Exception as e:
    print(type(e).__name__, json.dumps(str(e)))
