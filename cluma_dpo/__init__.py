"""cluma-dpo: the GDPR rights-request workbench of Cluma Engineering NV's DPO."""

__version__ = "0.1.0"
